package org.giraphml.math;

import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.VectorSpecies;

/**
 * Squared Euclidean distances from one row to a block of rows, on the JDK Vector API
 * ({@code jdk.incubator.vector}), vectorised across the block's rows: the block is transposed
 * into {@code bt[t * w + m]} (row {@code m} of the block, feature {@code t}; {@code w} =
 * {@link #WIDTH}), so each step over a feature subtracts one broadcast value from a contiguous
 * run of rows. No horizontal sums.
 *
 * <p>Each distance is summed exactly as {@link Vectors#squaredDistance} sums it: four partial
 * sums taking the features {@code t mod 4} in order (the tail in the first), combined as
 * {@code (s0 + s1) + (s2 + s3)}, a separate subtract, multiply and add per term (Java never
 * fuses them). The results are therefore the scalar kernel's to the bit.
 *
 * <p>Only loaded when that module is present ({@link NearestCenters#VECTORISED}).
 */
final class VectorDistances {
  private static final VectorSpecies<Double> S = DoubleVector.SPECIES_PREFERRED;
  private static final int L = S.length();
  /** Rows per block: two vectors. */
  static final int WIDTH = 2 * L;

  private VectorDistances() {
  }

  /**
   * {@code bt[t * WIDTH + m] = rows[from + m][t]} for {@code m < count}, zero for the padding
   * up to {@link #WIDTH}.
   *
   * @param bt at least {@code d * WIDTH} doubles, overwritten
   */
  static void transpose(double[][] rows, int from, int count, int d, double[] bt) {
    for (int m = 0; m < WIDTH; m++) {
      double[] row = m < count ? rows[from + m] : null;
      for (int t = 0, p = m; t < d; t++, p += WIDTH) {
        bt[p] = row == null ? 0 : row[t];
      }
    }
  }

  /**
   * {@code out[m]} = {@link Vectors#squaredDistance}{@code (x, block row m)} for
   * {@code m < WIDTH} (padding rows give {@code |x|^2}).
   *
   * @param bt the block from {@link #transpose}
   * @param out at least {@link #WIDTH} doubles
   */
  static void squaredDistances(double[] x, int d, double[] bt, double[] out) {
    DoubleVector a0 = DoubleVector.zero(S);
    DoubleVector a1 = a0;
    DoubleVector b0 = a0;
    DoubleVector b1 = a0;
    DoubleVector c0 = a0;
    DoubleVector c1 = a0;
    DoubleVector e0 = a0;
    DoubleVector e1 = a0;
    int t = 0;
    int p = 0;
    for (; t + 3 < d; t += 4, p += 4 * WIDTH) {
      DoubleVector v = DoubleVector.broadcast(S, x[t]);
      DoubleVector u0 = v.sub(DoubleVector.fromArray(S, bt, p));
      DoubleVector u1 = v.sub(DoubleVector.fromArray(S, bt, p + L));
      a0 = a0.add(u0.mul(u0));
      a1 = a1.add(u1.mul(u1));
      v = DoubleVector.broadcast(S, x[t + 1]);
      u0 = v.sub(DoubleVector.fromArray(S, bt, p + WIDTH));
      u1 = v.sub(DoubleVector.fromArray(S, bt, p + WIDTH + L));
      b0 = b0.add(u0.mul(u0));
      b1 = b1.add(u1.mul(u1));
      v = DoubleVector.broadcast(S, x[t + 2]);
      u0 = v.sub(DoubleVector.fromArray(S, bt, p + 2 * WIDTH));
      u1 = v.sub(DoubleVector.fromArray(S, bt, p + 2 * WIDTH + L));
      c0 = c0.add(u0.mul(u0));
      c1 = c1.add(u1.mul(u1));
      v = DoubleVector.broadcast(S, x[t + 3]);
      u0 = v.sub(DoubleVector.fromArray(S, bt, p + 3 * WIDTH));
      u1 = v.sub(DoubleVector.fromArray(S, bt, p + 3 * WIDTH + L));
      e0 = e0.add(u0.mul(u0));
      e1 = e1.add(u1.mul(u1));
    }
    for (; t < d; t++, p += WIDTH) {
      DoubleVector v = DoubleVector.broadcast(S, x[t]);
      DoubleVector u0 = v.sub(DoubleVector.fromArray(S, bt, p));
      DoubleVector u1 = v.sub(DoubleVector.fromArray(S, bt, p + L));
      a0 = a0.add(u0.mul(u0));
      a1 = a1.add(u1.mul(u1));
    }
    a0.add(b0).add(c0.add(e0)).intoArray(out, 0);
    a1.add(b1).add(c1.add(e1)).intoArray(out, L);
  }
}
