package org.giraphml.graph;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.util.Arrays;
import org.apache.hadoop.io.Writable;
import org.giraphml.math.Vectors;

/**
 * A block of training rows held by one data vertex, in primitive arrays: dense rows in one
 * row-major {@code double[]}, sparse rows in compressed sparse row (CSR) form. Rows carry a
 * stable key (the file and byte offset they were read from), which orders predictions and
 * seeds per-row randomness independently of how rows were spread over workers.
 *
 * <p>The arrays are exposed for speed; callers treat them as read-only.
 */
public final class DataBlock implements Writable {
  private int rows;
  private int dims;
  private boolean sparse;
  /** Dense: rows * dims values, row-major. Sparse: the non-zeros, row after row. */
  private double[] values;
  /** Sparse only: rows + 1 offsets into {@link #values} and {@link #columns}. */
  private int[] rowStart;
  /** Sparse only: 0-based column of each non-zero, increasing within a row. */
  private int[] columns;
  /** Label of each row, or null when the data has none. */
  private double[] labels;
  private long[] rowKeys;
  /** Sample weight of each row ({@code --weight-column}), or null when every row weighs 1. */
  private double[] weights;
  /** Squared Euclidean norm of each row; derived, not serialised. */
  private double[] squaredNorms;

  /** For Giraph's reflection. */
  public DataBlock() {
  }

  private DataBlock(int rows, int dims, boolean sparse, double[] values, int[] rowStart,
      int[] columns, double[] labels, long[] rowKeys) {
    this.rows = rows;
    this.dims = dims;
    this.sparse = sparse;
    this.values = values;
    this.rowStart = rowStart;
    this.columns = columns;
    this.labels = labels;
    this.rowKeys = rowKeys;
    check();
    this.squaredNorms = computeSquaredNorms();
  }

  /** A dense block; {@code values} holds {@code rowKeys.length * dims} values row-major. */
  public static DataBlock dense(int dims, double[] values, double[] labels, long[] rowKeys) {
    return new DataBlock(rowKeys.length, dims, false, values, null, null, labels, rowKeys);
  }

  /**
   * A sparse block in CSR form. {@code dims} is one more than the largest column index this
   * block may hold (the data set's dimension, where known).
   */
  public static DataBlock sparse(int dims, int[] rowStart, int[] columns, double[] values,
      double[] labels, long[] rowKeys) {
    return new DataBlock(rowKeys.length, dims, true, values, rowStart, columns, labels, rowKeys);
  }

  private void check() {
    if (rowKeys.length != rows || (labels != null && labels.length != rows)
        || (weights != null && weights.length != rows)) {
      throw new IllegalArgumentException("labels/weights/keys do not match " + rows + " rows");
    }
    if (!sparse && values.length != (long) rows * dims) {
      throw new IllegalArgumentException(
          "dense block needs " + (long) rows * dims + " values, got " + values.length);
    }
    if (sparse && (rowStart.length != rows + 1 || rowStart[rows] != values.length
        || columns.length != values.length)) {
      throw new IllegalArgumentException("inconsistent CSR arrays");
    }
  }

  private double[] computeSquaredNorms() {
    double[] norms = new double[rows];
    if (sparse) {
      for (int r = 0; r < rows; r++) {
        double s = 0;
        for (int p = rowStart[r]; p < rowStart[r + 1]; p++) {
          s += values[p] * values[p];
        }
        norms[r] = s;
      }
    } else {
      for (int r = 0, off = 0; r < rows; r++, off += dims) {
        double s = 0;
        for (int j = 0; j < dims; j++) {
          s += values[off + j] * values[off + j];
        }
        norms[r] = s;
      }
    }
    return norms;
  }

  public int rows() {
    return rows;
  }

  /** Number of columns (dense), or the dimension the sparse rows live in. */
  public int dims() {
    return dims;
  }

  public boolean isSparse() {
    return sparse;
  }

  public double[] values() {
    return values;
  }

  public int[] rowStart() {
    return rowStart;
  }

  public int[] columns() {
    return columns;
  }

  public boolean hasLabels() {
    return labels != null;
  }

  /** The labels, one per row, or null when the data has none ({@link #hasLabels()}). */
  public double[] labels() {
    return labels;
  }

  /**
   * The label of row {@code r}.
   *
   * @throws IllegalStateException if the data has no labels
   */
  public double label(int r) {
    if (labels == null) {
      throw new IllegalStateException("the rows have no labels: give --label-column N for CSV "
          + "input, --label-column NAME for Parquet or ORC (LIBSVM rows carry theirs)");
    }
    return labels[r];
  }

  public long[] rowKeys() {
    return rowKeys;
  }

  public double[] squaredNorms() {
    return squaredNorms;
  }

  /** The largest column index present plus one (dense: {@link #dims()}). */
  public int maxColumnPlusOne() {
    if (!sparse) {
      return dims;
    }
    int max = 0;
    for (int r = 0; r < rows; r++) {
      if (rowStart[r + 1] > rowStart[r]) {
        max = Math.max(max, columns[rowStart[r + 1] - 1] + 1);
      }
    }
    return max;
  }

  /**
   * A copy with every row scaled to unit Euclidean length (for cosine distance).
   *
   * @throws IllegalStateException if a row is all zeros
   */
  public DataBlock withUnitRows() {
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
    DataBlock unit = new DataBlock(rows, dims, sparse, scaled, rowStart, columns, labels, rowKeys);
    unit.weights = weights;
    return unit;
  }

  /**
   * This block with per-row sample weights (the {@code --weight-column}); shares every other
   * array. Weights are non-negative and finite (the readers check that, naming file and line); a
   * zero weight makes the row count for nothing.
   *
   * @param weights one weight per row, or null for unweighted rows
   * @throws IllegalArgumentException if the length is not {@link #rows()}
   */
  public DataBlock withWeights(double[] weights) {
    DataBlock weighted = new DataBlock(rows, dims, sparse, values, rowStart, columns, labels,
        rowKeys);
    weighted.weights = weights;
    weighted.check();
    return weighted;
  }

  public boolean hasWeights() {
    return weights != null;
  }

  /** The sample weights, one per row, or null when every row weighs 1 ({@link #hasWeights()}). */
  public double[] weights() {
    return weights;
  }

  /** The sample weight of row {@code r}: 1 when the data has no weight column. */
  public double weight(int r) {
    return weights == null ? 1 : weights[r];
  }

  /** The sum of the rows' weights ({@link #rows()} when unweighted). */
  public double totalWeight() {
    if (weights == null) {
      return rows;
    }
    double sum = 0;
    for (double w : weights) {
      sum += w;
    }
    return sum;
  }

  /** Copies row {@code r} into a dense vector of length {@code out.length}. */
  public void copyRow(int r, double[] out) {
    if (sparse) {
      Arrays.fill(out, 0);
      for (int p = rowStart[r]; p < rowStart[r + 1]; p++) {
        out[columns[p]] = values[p];
      }
    } else {
      System.arraycopy(values, r * dims, out, 0, dims);
    }
  }

  /** Row {@code r} as a new dense vector of the block's dimension. */
  public double[] row(int r) {
    double[] out = new double[dims];
    copyRow(r, out);
    return out;
  }

  @Override
  public void write(DataOutput out) throws IOException {
    out.writeInt(rows);
    out.writeInt(dims);
    out.writeBoolean(sparse);
    Arrays2.writeDoubles(out, values);
    if (sparse) {
      Arrays2.writeInts(out, rowStart);
      Arrays2.writeInts(out, columns);
    }
    out.writeBoolean(labels != null);
    if (labels != null) {
      Arrays2.writeDoubles(out, labels);
    }
    Arrays2.writeLongs(out, rowKeys);
    out.writeBoolean(weights != null);
    if (weights != null) {
      Arrays2.writeDoubles(out, weights);
    }
  }

  @Override
  public void readFields(DataInput in) throws IOException {
    rows = in.readInt();
    dims = in.readInt();
    sparse = in.readBoolean();
    values = Arrays2.readDoubles(in);
    rowStart = sparse ? Arrays2.readInts(in) : null;
    columns = sparse ? Arrays2.readInts(in) : null;
    labels = in.readBoolean() ? Arrays2.readDoubles(in) : null;
    rowKeys = Arrays2.readLongs(in);
    weights = in.readBoolean() ? Arrays2.readDoubles(in) : null;
    check();
    squaredNorms = computeSquaredNorms();
  }
}
