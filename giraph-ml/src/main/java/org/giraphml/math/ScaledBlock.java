package org.giraphml.math;

/**
 * Copies of rows and centres scaled by a power of two, for blocks whose squared norms would
 * overflow or underflow (see {@link NearestCenters}). Multiplying by {@code 2^-e} is exact
 * (short of the subnormal range), so every sum, product and comparison made on the copies is
 * the exact-range one, scaled; {@link #unscaleDistances} scales squared distances back by
 * {@code 2^(2e)}, which rounds a true overflow to {@code Infinity}.
 */
final class ScaledBlock {
  private ScaledBlock() {
  }

  /**
   * The binary exponent of the largest magnitude in {@code a[0..na)} and {@code b[0..nb)}, so
   * that scaling by {@code 2^-e} brings it into {@code [1, 2)}; 0 if all are zero.
   */
  static int exponent(double[] a, int na, double[] b, int nb) {
    double max = 0;
    for (int i = 0; i < na; i++) {
      max = Math.max(max, Math.abs(a[i]));
    }
    for (int i = 0; i < nb; i++) {
      max = Math.max(max, Math.abs(b[i]));
    }
    return max > 0 && Double.isFinite(max) ? Math.getExponent(max) : 0;
  }

  /** {@code a[0..n)} times {@code 2^-e}, in a new array. */
  static double[] scale(double[] a, int n, int e) {
    double[] out = new double[n];
    for (int i = 0; i < n; i++) {
      out[i] = Math.scalb(a[i], -e);
    }
    return out;
  }

  /** Squared norms of the rows of a row-major {@code n * d} table. */
  static double[] squaredNorms(double[] a, int n, int d) {
    double[] out = new double[n];
    for (int r = 0; r < n; r++) {
      out[r] = Vectors.squaredNorm(a, r * d, d);
    }
    return out;
  }

  /** Squared norms of CSR rows. */
  static double[] squaredNormsCsr(int[] rowStart, double[] vals, int n) {
    double[] out = new double[n];
    for (int r = 0; r < n; r++) {
      double s = 0;
      for (int p = rowStart[r]; p < rowStart[r + 1]; p++) {
        s += vals[p] * vals[p];
      }
      out[r] = s;
    }
    return out;
  }

  /** Turns squared distances computed on copies scaled by {@code 2^-e} into true ones. */
  static void unscaleDistances(double[] dist, int n, int e) {
    for (int r = 0; r < n; r++) {
      dist[r] = Math.scalb(dist[r], 2 * e);
    }
  }
}
