package org.giraphml.graph;

import org.giraphml.math.Vectors;

/**
 * The loops over a {@link DataBlock}'s value arrays: squared row norms, unit scaling, and the
 * conversions between double and float32 storage. Float rows are widened to double before any
 * arithmetic, in the double loops' order, so a float block's norms equal those of a double
 * block holding the same (float-rounded) numbers.
 */
final class RowArrays {
  private RowArrays() {
  }

  /** Squared Euclidean norm of each of {@code rows} dense rows of {@code dims} values. */
  static double[] squaredNorms(double[] values, int rows, int dims) {
    double[] norms = new double[rows];
    for (int r = 0, off = 0; r < rows; r++, off += dims) {
      double s = 0;
      for (int j = 0; j < dims; j++) {
        s += values[off + j] * values[off + j];
      }
      norms[r] = s;
    }
    return norms;
  }

  /** As {@link #squaredNorms(double[], int, int)} on the widened float32 values. */
  static double[] squaredNorms(float[] values, int rows, int dims) {
    double[] norms = new double[rows];
    for (int r = 0, off = 0; r < rows; r++, off += dims) {
      double s = 0;
      for (int j = 0; j < dims; j++) {
        double v = values[off + j];
        s += v * v;
      }
      norms[r] = s;
    }
    return norms;
  }

  /** Squared norm of each CSR row. */
  static double[] squaredNormsCsr(int[] rowStart, double[] values, int rows) {
    double[] norms = new double[rows];
    for (int r = 0; r < rows; r++) {
      double s = 0;
      for (int p = rowStart[r]; p < rowStart[r + 1]; p++) {
        s += values[p] * values[p];
      }
      norms[r] = s;
    }
    return norms;
  }

  /**
   * Each value widened (exactly) into {@code out} and each row's squared norm into
   * {@code norms}, in one pass: the same numbers as {@link #widen} and
   * {@link #squaredNorms(float[], int, int)}.
   */
  static void widenWithNorms(float[] values, int rows, int dims, double[] out, double[] norms) {
    for (int r = 0, off = 0; r < rows; r++, off += dims) {
      double s = 0;
      for (int j = 0; j < dims; j++) {
        double v = values[off + j];
        out[off + j] = v;
        s += v * v;
      }
      norms[r] = s;
    }
  }

  /** Each value widened (exactly) into {@code buffer} if it is long enough, else a new array. */
  static double[] widen(float[] values, double[] buffer) {
    double[] out = buffer != null && buffer.length >= values.length ? buffer
        : new double[values.length];
    for (int p = 0; p < values.length; p++) {
      out[p] = values[p];
    }
    return out;
  }

  /** Each value rounded to the nearest float32. */
  static float[] round(double[] values) {
    float[] out = new float[values.length];
    for (int p = 0; p < out.length; p++) {
      out[p] = (float) values[p];
    }
    return out;
  }

  /**
   * A copy of the values with every row (dense, or CSR when {@code sparse}) scaled to unit
   * Euclidean length.
   *
   * @throws IllegalStateException if a row is all zeros
   */
  static double[] unitRows(double[] values, boolean sparse, int[] rowStart, int rows, int dims,
      double[] squaredNorms) {
    double[] scaled = values.clone();
    for (int r = 0; r < rows; r++) {
      int from = sparse ? rowStart[r] : r * dims;
      int to = sparse ? rowStart[r + 1] : from + dims;
      double norm = Math.sqrt(squaredNorms[r]);
      boolean inRange = norm >= 0x1p-484 && norm <= 0x1p500;
      if (!inRange) {
        // The squared norm over- or underflowed: rescale, and divide (1 / norm may be subnormal).
        norm = Vectors.norm(values, from, to - from);
      }
      if (norm == 0) {
        throw new IllegalStateException("row " + r + " is all zeros");
      }
      double inv = 1 / norm;
      for (int p = from; p < to; p++) {
        scaled[p] = inRange ? scaled[p] * inv : scaled[p] / norm;
      }
    }
    return scaled;
  }
}
