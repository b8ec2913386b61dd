package org.giraphml.math;

/**
 * Assigns each row of a dense block to its nearest centre under squared Euclidean distance.
 *
 * <p>Distances use the expansion {@code ||x||^2 - 2 x.c + ||c||^2}, computed four rows by two
 * centres at a time so that each loaded value feeds several independent multiply-adds (the
 * blocked-matrix-product idea that makes scikit-learn fast on wide data). The expansion loses
 * precision when two centres are almost equally near, so when the best and second-best
 * candidates are within a relative {@link #TIE_TOLERANCE} both are recomputed exactly as
 * {@code sum (x - c)^2}. The reported distance is the expansion's where that is accurate, and
 * is recomputed exactly where cancellation could hurt (a distance below
 * {@link #CANCELLATION} times {@code |x|^2 + |c|^2}), so it is within about 1e-12 relative of
 * the exact value. Ties go to the lower centre index, as in a plain sequential loop.
 *
 * <p>The expansion needs the squared norms themselves to be finite and normal: values beyond
 * about 1e153 make {@code ||x||^2} overflow (and {@code Inf - Inf} is NaN) although the
 * distances may be finite, and values below about 1e-154 make them underflow to zero. So each
 * block is checked once (the largest row norm plus the largest centre norm must lie in
 * {@code [SAFE_LOW, SAFE_HIGH]}, a cost of n + k compares, nothing per element) and a block
 * outside that range is assigned on copies of the rows and centres scaled by a power of two
 * that brings the largest value near 1. Scaling by a power of two is exact, so the choice of
 * centre and the distances are those of exact-range arithmetic; a distance whose true value
 * exceeds {@link Double#MAX_VALUE} is reported as {@code Infinity}, never NaN.
 *
 * <p>When the JVM runs with {@code --add-modules jdk.incubator.vector} (bin/giraph-ml adds it)
 * the four-row dot products run on the Vector API ({@link VectorDots}), with the same
 * results to the bit; otherwise on the scalar loop here.
 */
public final class NearestCenters {
  /** Relative gap under which the expansion's answer is re-checked exactly. */
  static final double TIE_TOLERANCE = 1e-9;
  /**
   * Below this fraction of {@code |x|^2 + |c|^2} the expansion's rounding (about 1e-16 of that
   * sum) could exceed 1e-12 of the distance, so it is recomputed exactly.
   */
  static final double CANCELLATION = 1e-4;
  private static final int ROWS = 4;
  /**
   * Largest {@code max ||x||^2 + max ||c||^2} for which no term of the expansion can overflow:
   * each is bounded by twice that sum.
   */
  static final double SAFE_HIGH = Double.MAX_VALUE / 4;
  /** Below this the squares of the values are subnormal or zero, and lose their precision. */
  static final double SAFE_LOW = 0x1p-900;

  /**
   * Whether the dot products run on the Vector API: true when the JVM was started with
   * {@code --add-modules jdk.incubator.vector} (the results are the same either way).
   */
  public static final boolean VECTORISED =
      ModuleLayer.boot().findModule("jdk.incubator.vector").isPresent();

  private NearestCenters() {
  }

  /** Transposed, padded centres for {@link VectorDots}, or null on the scalar path. */
  private static double[] vectorCentres(int rows, double[] c, int k, int d) {
    return VECTORISED && rows >= ROWS ? VectorDots.transpose(c, k, d, VectorDots.padded(k))
        : null;
  }

  /** Four rows' dot products with every centre into {@code dots}, with row stride {@code stride}. */
  private static void dotsFour(double[] x, int x0, int x1, int x2, int x3, int d, double[] c,
      int k, double[] ct, int stride, double[] dots) {
    if (ct != null) {
      VectorDots.dotsFourRows(x, x0, x1, x2, x3, d, ct, stride, dots);
    } else {
      dotsFourRows(x, x0, x1, x2, x3, d, c, k, dots);
    }
  }

  /**
   * @param x row-major rows, {@code n * d}
   * @param xNorms squared norm of each row
   * @param c row-major centres, {@code k * d}
   * @param cNorms squared norm of each centre
   * @param assign output: nearest centre of each row
   * @param dist output: exact squared distance to it
   * @param scratch at least {@code ROWS * k} doubles
   */
  public static void assignDense(double[] x, double[] xNorms, int n, int d, double[] c,
      double[] cNorms, int k, int[] assign, double[] dist, double[] scratch) {
    assignDense(x, xNorms, n, d, c, cNorms, k, assign, dist, scratch, null);
  }

  /**
   * As {@link #assignDense(double[], double[], int, int, double[], double[], int, int[],
   * double[], double[])}, and also adds each row to {@code sums[assign * d ...]} (if not null)
   * while the row is still in cache: one pass over the data per Lloyd iteration, not two.
   */
  public static void assignDense(double[] x, double[] xNorms, int n, int d, double[] c,
      double[] cNorms, int k, int[] assign, double[] dist, double[] scratch, double[] sums) {
    if (!inSafeRange(xNorms, n, cNorms, k)) {
      int e = ScaledBlock.exponent(x, n * d, c, k * d);
      double[] xs = ScaledBlock.scale(x, n * d, e);
      double[] cs = ScaledBlock.scale(c, k * d, e);
      assignDenseInRange(xs, ScaledBlock.squaredNorms(xs, n, d), n, d, cs,
          ScaledBlock.squaredNorms(cs, k, d), k, assign, dist, scratch, null);
      ScaledBlock.unscaleDistances(dist, n, e);
      if (sums != null) {
        for (int r = 0; r < n; r++) {
          addRow(x, r * d, sums, assign[r] * d, d);
        }
      }
      return;
    }
    assignDenseInRange(x, xNorms, n, d, c, cNorms, k, assign, dist, scratch, sums);
  }

  /**
   * Whether the expansion is safe for this block: the largest row and centre norms, added, lie
   * within {@code [SAFE_LOW, SAFE_HIGH]} (false for any infinite or NaN norm).
   */
  public static boolean inSafeRange(double[] xNorms, int n, double[] cNorms, int k) {
    double maxX = 0;
    for (int r = 0; r < n; r++) {
      maxX = Math.max(maxX, xNorms[r]);
    }
    double maxC = 0;
    for (int j = 0; j < k; j++) {
      maxC = Math.max(maxC, cNorms[j]);
    }
    double sum = maxX + maxC;
    return sum <= SAFE_HIGH && sum >= SAFE_LOW;
  }

  private static void assignDenseInRange(double[] x, double[] xNorms, int n, int d, double[] c,
      double[] cNorms, int k, int[] assign, double[] dist, double[] scratch, double[] sums) {
    double[] ct = vectorCentres(n, c, k, d);
    int stride = ct == null ? k : VectorDots.padded(k);
    double[] dots = ct == null ? scratch : new double[ROWS * stride];
    int r = 0;
    for (; r + ROWS <= n; r += ROWS) {
      dotsFour(x, r * d, (r + 1) * d, (r + 2) * d, (r + 3) * d, d, c, k, ct, stride, dots);
      for (int q = 0; q < ROWS; q++) {
        pick(x, xNorms, r + q, d, c, cNorms, k, dots, q * stride, assign, dist, null, 0);
        if (sums != null) {
          addRow(x, (r + q) * d, sums, assign[r + q] * d, d);
        }
      }
    }
    for (; r < n; r++) {
      int xo = r * d;
      for (int j = 0; j < k; j++) {
        scratch[j] = Vectors.dot(x, xo, c, j * d, d);
      }
      pick(x, xNorms, r, d, c, cNorms, k, scratch, 0, assign, dist, null, 0);
      if (sums != null) {
        addRow(x, xo, sums, assign[r] * d, d);
      }
    }
  }

  /**
   * The centres prepared once for many {@link #assignDenseRows} calls: transposed and padded
   * for the Vector API kernel, or null on the scalar path (as the kernel would otherwise
   * prepare them on every call).
   *
   * @param c row-major centres, {@code k * d}
   */
  public static double[] preparedCentres(double[] c, int k, int d) {
    return VECTORISED ? VectorDots.transpose(c, k, d, VectorDots.padded(k)) : null;
  }

  /** Doubles of scratch {@link #assignDenseRows} needs for {@code k} centres. */
  public static int rowsScratchLength(int k) {
    return ROWS * (VECTORISED ? VectorDots.padded(k) : k);
  }

  /**
   * Assigns the rows {@code rows[0 .. count)} of a dense block (any order), as
   * {@link #assignDense} does, and gives for each a lower bound on its squared distance to
   * every centre but its own ({@code Infinity} if {@code k == 1}): what a bound-keeping
   * search ({@link HamerlyBounds}) needs to re-check a few rows with the blocked kernel.
   * {@code assign} and {@code dist} are indexed by row number, {@code otherLower} by position
   * in {@code rows} (so a caller working chunk by chunk needs only a chunk's worth). The caller
   * checks {@link #inSafeRange} first.
   *
   * @param prepared {@link #preparedCentres} of {@code c}
   * @param otherLower output: {@code otherLower[i]} is a lower bound on the squared distance of
   *     row {@code rows[i]} to the other centres
   * @param scratch at least {@link #rowsScratchLength} doubles
   */
  public static void assignDenseRows(double[] x, double[] xNorms, int[] rows, int count, int d,
      double[] c, double[] prepared, double[] cNorms, int k, int[] assign, double[] dist,
      double[] otherLower, double[] scratch) {
    int stride = prepared == null ? k : VectorDots.padded(k);
    int i = 0;
    for (; i + ROWS <= count; i += ROWS) {
      dotsFour(x, rows[i] * d, rows[i + 1] * d, rows[i + 2] * d, rows[i + 3] * d, d, c, k,
          prepared, stride, scratch);
      for (int q = 0; q < ROWS; q++) {
        pick(x, xNorms, rows[i + q], d, c, cNorms, k, scratch, q * stride, assign, dist,
            otherLower, i + q);
      }
    }
    for (; i < count; i++) {
      int xo = rows[i] * d;
      for (int j = 0; j < k; j++) {
        scratch[j] = Vectors.dot(x, xo, c, j * d, d);
      }
      pick(x, xNorms, rows[i], d, c, cNorms, k, scratch, 0, assign, dist, otherLower, i);
    }
  }

  private static void addRow(double[] x, int xo, double[] sums, int so, int d) {
    for (int t = 0; t < d; t++) {
      sums[so + t] += x[xo + t];
    }
  }

  /** scratch[q*k + j] = (row at offset xq) . c_j for q < 4. */
  static void dotsFourRows(double[] x, int x0, int x1, int x2, int x3, int d,
      double[] c, int k, double[] scratch) {
    int j = 0;
    for (; j + 1 < k; j += 2) {
      int c0 = j * d;
      int c1 = c0 + d;
      double s00 = 0, s01 = 0, s10 = 0, s11 = 0, s20 = 0, s21 = 0, s30 = 0, s31 = 0;
      for (int t = 0; t < d; t++) {
        double a0 = c[c0 + t];
        double a1 = c[c1 + t];
        double v0 = x[x0 + t];
        double v1 = x[x1 + t];
        double v2 = x[x2 + t];
        double v3 = x[x3 + t];
        s00 += v0 * a0;
        s01 += v0 * a1;
        s10 += v1 * a0;
        s11 += v1 * a1;
        s20 += v2 * a0;
        s21 += v2 * a1;
        s30 += v3 * a0;
        s31 += v3 * a1;
      }
      scratch[j] = s00;
      scratch[j + 1] = s01;
      scratch[k + j] = s10;
      scratch[k + j + 1] = s11;
      scratch[2 * k + j] = s20;
      scratch[2 * k + j + 1] = s21;
      scratch[3 * k + j] = s30;
      scratch[3 * k + j + 1] = s31;
    }
    if (j < k) {
      int c0 = j * d;
      double s0 = 0, s1 = 0, s2 = 0, s3 = 0;
      for (int t = 0; t < d; t++) {
        double a0 = c[c0 + t];
        s0 += x[x0 + t] * a0;
        s1 += x[x1 + t] * a0;
        s2 += x[x2 + t] * a0;
        s3 += x[x3 + t] * a0;
      }
      scratch[j] = s0;
      scratch[k + j] = s1;
      scratch[2 * k + j] = s2;
      scratch[3 * k + j] = s3;
    }
  }

  private static void pick(double[] x, double[] xNorms, int row, int d, double[] c,
      double[] cNorms, int k, double[] dots, int dotsOff, int[] assign, double[] dist,
      double[] otherLower, int lowerAt) {
    int best = 0;
    double bestD = cNorms[0] - 2 * dots[dotsOff];
    int second = -1;
    double secondD = Double.POSITIVE_INFINITY;
    for (int j = 1; j < k; j++) {
      double dj = cNorms[j] - 2 * dots[dotsOff + j];
      if (dj < bestD) {
        second = best;
        secondD = bestD;
        best = j;
        bestD = dj;
      } else if (dj < secondD) {
        second = j;
        secondD = dj;
      }
    }
    int xo = row * d;
    double scale = xNorms[row] + Math.abs(bestD) + 1e-300;
    if (second >= 0 && secondD - bestD <= TIE_TOLERANCE * scale) {
      // Too close to call with the expansion: settle it exactly, over every near candidate.
      best = -1;
      double exact = Double.POSITIVE_INFINITY;
      for (int j = 0; j < k; j++) {
        double dj = cNorms[j] - 2 * dots[dotsOff + j];
        if (dj - bestD <= TIE_TOLERANCE * scale) {
          double e = Vectors.squaredDistance(x, xo, c, j * d, d);
          if (e < exact) {
            exact = e;
            best = j;
          }
        }
      }
      assign[row] = best;
      dist[row] = exact;
    } else {
      assign[row] = best;
      double scaleOfTerms = xNorms[row] + cNorms[best];
      double expanded = bestD + xNorms[row];
      dist[row] = expanded > CANCELLATION * scaleOfTerms ? expanded
          : Vectors.squaredDistance(x, xo, c, best * d, d);
    }
    if (otherLower != null) {
      otherLower[lowerAt] = lowerToOthers(xNorms[row], d, cNorms, k, dots, dotsOff, best);
    }
  }

  /**
   * A lower bound on the squared distance to every centre but {@code best}: the smallest
   * expanded distance less the expansion's worst rounding error. A d-term dot product errs by
   * at most {@code d 2^-53 |x| |c| <= d 2^-54 (|x|^2 + |c|^2)}; the norms and the two
   * subtractions add a few units more, so {@code (d + 8) 2^-50 (|x|^2 + max |c|^2)} is safe.
   */
  private static double lowerToOthers(double xNorm, int d, double[] cNorms, int k,
      double[] dots, int dotsOff, int best) {
    double min = Double.POSITIVE_INFINITY;
    double maxC = 0;
    for (int j = 0; j < k; j++) {
      maxC = Math.max(maxC, cNorms[j]);
      if (j != best) {
        min = Math.min(min, cNorms[j] - 2 * dots[dotsOff + j]);
      }
    }
    return Math.max(0, min + xNorm - (d + 8) * 0x1p-50 * (xNorm + maxC));
  }

  /** Sparse rows (CSR): distances via the expansion, exact for the chosen centre's value. */
  public static void assignSparse(int[] rowStart, int[] cols, double[] vals, double[] xNorms,
      int n, double[] c, double[] cNorms, int k, int d, int[] assign, double[] dist) {
    if (!inSafeRange(xNorms, n, cNorms, k)) {
      int nnz = rowStart[n];
      int e = ScaledBlock.exponent(vals, nnz, c, k * d);
      double[] vs = ScaledBlock.scale(vals, nnz, e);
      double[] cs = ScaledBlock.scale(c, k * d, e);
      assignSparseInRange(rowStart, cols, vs, ScaledBlock.squaredNormsCsr(rowStart, vs, n), n,
          cs, ScaledBlock.squaredNorms(cs, k, d), k, d, assign, dist);
      ScaledBlock.unscaleDistances(dist, n, e);
      return;
    }
    assignSparseInRange(rowStart, cols, vals, xNorms, n, c, cNorms, k, d, assign, dist);
  }

  private static void assignSparseInRange(int[] rowStart, int[] cols, double[] vals,
      double[] xNorms, int n, double[] c, double[] cNorms, int k, int d, int[] assign,
      double[] dist) {
    for (int r = 0; r < n; r++) {
      int best = 0;
      double bestD = Double.POSITIVE_INFINITY;
      for (int j = 0; j < k; j++) {
        double dj = Vectors.squaredDistanceSparse(cols, vals, rowStart[r], rowStart[r + 1],
            xNorms[r], c, j * d, cNorms[j]);
        if (dj < bestD) {
          bestD = dj;
          best = j;
        }
      }
      assign[r] = best;
      dist[r] = bestD;
    }
  }
}
