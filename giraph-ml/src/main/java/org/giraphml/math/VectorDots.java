package org.giraphml.math;

import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.VectorSpecies;

/**
 * The dot products of four rows with every centre, on the JDK Vector API
 * ({@code jdk.incubator.vector}): the inner block of the assignment's matrix product
 * {@code X C^T}, vectorised across centres. The centres are transposed once per block into
 * {@code ct[t * kp + j]} ({@code kp} = {@code k} rounded up to whole vectors, padded with
 * zeros), so each step over a feature broadcasts one value of each row and multiplies it by a
 * contiguous run of centres: no horizontal sums, and each loaded centre value feeds four rows.
 *
 * <p>Each dot product is accumulated in feature order with a separate multiply and add per
 * term, exactly as the scalar loop in {@link NearestCenters} does (Java never fuses them), so
 * the results are the same to the bit on either path: a job gives the same model whether or
 * not its JVMs were started with {@code --add-modules jdk.incubator.vector}.
 *
 * <p>Only loaded when that module is present ({@link NearestCenters#VECTORISED}).
 */
final class VectorDots {
  private static final VectorSpecies<Double> S = DoubleVector.SPECIES_PREFERRED;
  private static final int L = S.length();

  private VectorDots() {
  }

  /** {@code k} rounded up to a whole number of vectors: the row stride of the dot products. */
  static int padded(int k) {
    return (k + L - 1) / L * L;
  }

  /** {@code ct[t * kp + j] = c[j * d + t]} for {@code j < k}, zero for {@code k <= j < kp}. */
  static double[] transpose(double[] c, int k, int d, int kp) {
    double[] ct = new double[d * kp];
    for (int j = 0; j < k; j++) {
      for (int t = 0, p = j; t < d; t++, p += kp) {
        ct[p] = c[j * d + t];
      }
    }
    return ct;
  }

  /**
   * {@code out[q * kp + j]} = (the row at offset {@code xq} of {@code x}) . centre {@code j},
   * for {@code q < 4} and {@code j < kp} (zero for padding centres).
   *
   * @param ct centres from {@link #transpose}, {@code d * kp}
   * @param out at least {@code 4 * kp} doubles
   */
  static void dotsFourRows(double[] x, int x0, int x1, int x2, int x3, int d, double[] ct,
      int kp, double[] out) {
    int j = 0;
    for (; j + 2 * L <= kp; j += 2 * L) {
      DoubleVector s00 = DoubleVector.zero(S);
      DoubleVector s01 = s00;
      DoubleVector s10 = s00;
      DoubleVector s11 = s00;
      DoubleVector s20 = s00;
      DoubleVector s21 = s00;
      DoubleVector s30 = s00;
      DoubleVector s31 = s00;
      for (int t = 0, p = j; t < d; t++, p += kp) {
        DoubleVector c0 = DoubleVector.fromArray(S, ct, p);
        DoubleVector c1 = DoubleVector.fromArray(S, ct, p + L);
        DoubleVector v = DoubleVector.broadcast(S, x[x0 + t]);
        s00 = s00.add(v.mul(c0));
        s01 = s01.add(v.mul(c1));
        v = DoubleVector.broadcast(S, x[x1 + t]);
        s10 = s10.add(v.mul(c0));
        s11 = s11.add(v.mul(c1));
        v = DoubleVector.broadcast(S, x[x2 + t]);
        s20 = s20.add(v.mul(c0));
        s21 = s21.add(v.mul(c1));
        v = DoubleVector.broadcast(S, x[x3 + t]);
        s30 = s30.add(v.mul(c0));
        s31 = s31.add(v.mul(c1));
      }
      s00.intoArray(out, j);
      s01.intoArray(out, j + L);
      s10.intoArray(out, kp + j);
      s11.intoArray(out, kp + j + L);
      s20.intoArray(out, 2 * kp + j);
      s21.intoArray(out, 2 * kp + j + L);
      s30.intoArray(out, 3 * kp + j);
      s31.intoArray(out, 3 * kp + j + L);
    }
    if (j < kp) {
      DoubleVector s0 = DoubleVector.zero(S);
      DoubleVector s1 = s0;
      DoubleVector s2 = s0;
      DoubleVector s3 = s0;
      for (int t = 0, p = j; t < d; t++, p += kp) {
        DoubleVector c0 = DoubleVector.fromArray(S, ct, p);
        s0 = s0.add(DoubleVector.broadcast(S, x[x0 + t]).mul(c0));
        s1 = s1.add(DoubleVector.broadcast(S, x[x1 + t]).mul(c0));
        s2 = s2.add(DoubleVector.broadcast(S, x[x2 + t]).mul(c0));
        s3 = s3.add(DoubleVector.broadcast(S, x[x3 + t]).mul(c0));
      }
      s0.intoArray(out, j);
      s1.intoArray(out, kp + j);
      s2.intoArray(out, 2 * kp + j);
      s3.intoArray(out, 3 * kp + j);
    }
  }
}
