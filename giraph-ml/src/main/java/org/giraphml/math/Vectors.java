package org.giraphml.math;

/** Small dense-vector kernels on slices of {@code double[]} (row-major blocks, centroid tables). */
public final class Vectors {
  /** Smallest squared value that still carries full precision (normal range, 53 bits). */
  private static final double SQUARES_LOW = 0x1p-968;

  private Vectors() {
  }

  /**
   * Euclidean distance {@code ||a - b||}, right whenever it is representable: when the sum of
   * squares overflows or loses precision to underflow, it is recomputed on the values scaled
   * by a power of two (as LAPACK's {@code dnrm2} avoids overflow), a check per call, not per
   * element.
   */
  public static double distance(double[] a, int ao, double[] b, int bo, int n) {
    double s = squaredDistance(a, ao, b, bo, n);
    return s >= SQUARES_LOW && s <= Double.MAX_VALUE ? Math.sqrt(s) : rescaled(a, ao, b, bo, n);
  }

  /** Euclidean norm {@code ||a||}, right whenever it is representable (see {@link #distance}). */
  public static double norm(double[] a, int ao, int n) {
    double s = squaredNorm(a, ao, n);
    return s >= SQUARES_LOW && s <= Double.MAX_VALUE ? Math.sqrt(s) : rescaled(a, ao, null, 0, n);
  }

  /** {@code ||a - b||} (b null: zero) computed on values scaled by {@code 2^-e}, then scaled back. */
  private static double rescaled(double[] a, int ao, double[] b, int bo, int n) {
    double max = 0;
    for (int j = 0; j < n; j++) {
      max = Math.max(max, Math.max(Math.abs(a[ao + j]), b == null ? 0 : Math.abs(b[bo + j])));
    }
    if (max == 0) {
      return 0;
    }
    int e = Math.getExponent(max);
    double t = 0;
    for (int j = 0; j < n; j++) {
      double dj = Math.scalb(a[ao + j], -e) - (b == null ? 0 : Math.scalb(b[bo + j], -e));
      t += dj * dj;
    }
    return Math.scalb(Math.sqrt(t), e);
  }

  /**
   * {@code sum_j (a[ao+j] - b[bo+j])^2} for {@code j < n}, with four independent partial sums
   * so the multiply-adds do not wait on each other.
   */
  public static double squaredDistance(double[] a, int ao, double[] b, int bo, int n) {
    double s0 = 0;
    double s1 = 0;
    double s2 = 0;
    double s3 = 0;
    int j = 0;
    for (; j + 3 < n; j += 4) {
      double d0 = a[ao + j] - b[bo + j];
      double d1 = a[ao + j + 1] - b[bo + j + 1];
      double d2 = a[ao + j + 2] - b[bo + j + 2];
      double d3 = a[ao + j + 3] - b[bo + j + 3];
      s0 += d0 * d0;
      s1 += d1 * d1;
      s2 += d2 * d2;
      s3 += d3 * d3;
    }
    for (; j < n; j++) {
      double d = a[ao + j] - b[bo + j];
      s0 += d * d;
    }
    return (s0 + s1) + (s2 + s3);
  }

  /** {@code sum_j a[ao+j] * b[bo+j]} for {@code j < n}. */
  public static double dot(double[] a, int ao, double[] b, int bo, int n) {
    double s0 = 0;
    double s1 = 0;
    int j = 0;
    for (; j + 1 < n; j += 2) {
      s0 += a[ao + j] * b[bo + j];
      s1 += a[ao + j + 1] * b[bo + j + 1];
    }
    if (j < n) {
      s0 += a[ao + j] * b[bo + j];
    }
    return s0 + s1;
  }

  /** Squared Euclidean norm of {@code a[ao .. ao+n)}. */
  public static double squaredNorm(double[] a, int ao, int n) {
    return dot(a, ao, a, ao, n);
  }

  /** {@code y[yo+j] += alpha * x[xo+j]}. */
  public static void axpy(double alpha, double[] x, int xo, double[] y, int yo, int n) {
    for (int j = 0; j < n; j++) {
      y[yo + j] += alpha * x[xo + j];
    }
  }

  /** Squared distance between a sparse row (CSR slice) and a dense vector with known norm. */
  public static double squaredDistanceSparse(int[] cols, double[] vals, int from, int to,
      double rowSquaredNorm, double[] c, int co, double cSquaredNorm) {
    double dot = 0;
    for (int p = from; p < to; p++) {
      dot += vals[p] * c[co + cols[p]];
    }
    return Math.max(0, rowSquaredNorm - 2 * dot + cSquaredNorm);
  }
}
