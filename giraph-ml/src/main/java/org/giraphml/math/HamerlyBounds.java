package org.giraphml.math;

/**
 * Exact nearest-centre assignment that skips most distance computations after the first
 * iteration of Lloyd's algorithm, with one upper and one lower bound per row (G. Hamerly,
 * "Making k-means even faster", SIAM SDM 2010).
 *
 * <p>For each row the bounds say: the distance to its assigned centre is at most {@code upper},
 * and the distance to every other centre at least {@code lower}. When the centres move by
 * {@code shift[j]}, the triangle inequality keeps them valid after {@code upper += shift[a]}
 * and {@code lower -= max shift}. A row whose exact distance to its centre is below
 * {@code max(lower, s[a])}, where {@code s[a]} is half the distance from centre {@code a} to its
 * nearest other centre, cannot have changed cluster, and no other distance is computed for it.
 * Every other row is compared with all {@code k} centres.
 *
 * <p>The result is identical to {@link NearestCenters}'s (a brute-force search with
 * {@link Vectors#squaredDistance}, ties to the lower index): the bounds are widened by the
 * rounding error of the computed distances (relative {@code (d + 8) 2^-50}, from sums of
 * {@code d} non-negative rounded terms; for the kernel's expanded distances, the expansion's
 * error bound) and the skip test is strict with that margin again, so a row is kept only when
 * the computed distance to every other centre is larger than to its own, never equal. Every row
 * reports the computed {@code sum (x - c)^2} to its centre (a re-checked row after the kernel
 * has chosen it), so the distances, and an objective summed from them, do not depend on which
 * rows the bounds settled: a run resumed with fresh bounds reports what an uninterrupted one
 * does.
 *
 * <p>Bounds are in units of the data (distances, not squares), so the caller must keep the
 * squared norms of rows and centres within {@link NearestCenters#inSafeRange} range (no
 * overflow); outside it, use {@link NearestCenters} and {@link State#invalidate()}.
 */
public final class HamerlyBounds {
  /** Rows per pass: bounds, kernel and sums touch a chunk while it is in cache. */
  private static final int CHUNK = 256;

  private HamerlyBounds() {
  }

  /**
   * The bounds of one block of rows between iterations, and the centres they refer to. Its
   * arrays may be saved and restored ({@link #of}) with the vertex that holds the block.
   */
  public static final class State {
    private final double[] upper;
    private final double[] lower;
    private final int[] assign;
    private double[] centres;

    /** Fresh state for {@code n} rows: the first call compares every row with every centre. */
    public State(int n) {
      this(new double[n], new double[n], new int[n], null);
    }

    private State(double[] upper, double[] lower, int[] assign, double[] centres) {
      this.upper = upper;
      this.lower = lower;
      this.assign = assign;
      this.centres = centres;
    }

    /**
     * Restores saved state (the arrays are used, not copied); {@code centres} null means no
     * bounds yet. {@code assign} may be longer than the bounds (a buffer reused across blocks):
     * only its first {@code upper.length} entries belong to the rows.
     *
     * @throws IllegalArgumentException if the bounds' lengths differ or {@code assign} is shorter
     */
    public static State of(double[] upper, double[] lower, int[] assign, double[] centres) {
      if (upper.length != lower.length || assign.length < upper.length) {
        throw new IllegalArgumentException("bounds of " + upper.length + ", " + lower.length
            + " and " + assign.length + " rows");
      }
      return new State(upper, lower, assign, centres);
    }

    /** Forgets the bounds: the next call compares every row with every centre. */
    public void invalidate() {
      centres = null;
    }

    /** Upper bound on each row's distance to its centre. */
    public double[] upper() {
      return upper;
    }

    /** Lower bound on each row's distance to any other centre. */
    public double[] lower() {
      return lower;
    }

    /** Each row's centre (the first {@code upper().length} entries). */
    public int[] assignment() {
      return assign;
    }

    /** Row-major centres the bounds refer to ({@code k * d}), or null if none. */
    public double[] centres() {
      return centres;
    }
  }

  /**
   * Assigns every row of a dense block to its nearest centre, updating {@code state}. Rows
   * the bounds cannot settle go through {@link NearestCenters#assignDenseRows}, the blocked
   * kernel, so a first call (no bounds yet) costs about what plain Lloyd does.
   *
   * @param x row-major rows, {@code n * d}
   * @param xNorms squared norm of each row
   * @param c row-major centres, {@code k * d} (copied into the state, not kept)
   * @param cNorms squared norm of each centre
   * @param dist output: squared distance of each row to its centre, the computed
   *     {@code sum (x - c)^2} ({@link Vectors#squaredDistance})
   * @param sums if not null, each row is added to {@code sums[assign * d ...]}
   * @return the number of rows that were compared with every centre
   */
  public static int assign(double[] x, double[] xNorms, int n, int d, double[] c,
      double[] cNorms, int k, State state, double[] dist, double[] sums) {
    if (state.assign.length < n) {
      throw new IllegalArgumentException("state for " + state.assign.length + " rows, block "
          + "of " + n);
    }
    double rel = (d + 8) * 0x1p-50;
    double[] old = state.centres;
    boolean bounded = old != null && old.length == k * d;
    double[] shift = new double[k];
    double[] half = new double[k];
    double maxShift = 0;
    double secondShift = 0;
    int maxAt = -1;
    double maxC = 0;
    for (int j = 0; j < k; j++) {
      maxC = Math.max(maxC, cNorms[j]);
    }
    if (bounded) {
      for (int j = 0; j < k; j++) {
        shift[j] = Math.sqrt(Vectors.squaredDistance(old, j * d, c, j * d, d)) * (1 + rel);
        if (shift[j] > maxShift) {
          secondShift = maxShift;
          maxShift = shift[j];
          maxAt = j;
        } else if (shift[j] > secondShift) {
          secondShift = shift[j];
        }
      }
      halfGaps(c, k, d, rel, half);
    }
    double[] upper = state.upper;
    double[] lower = state.lower;
    int[] assign = state.assign;
    // Per call, not per chunk or per row: the centres are prepared once, and the buffers are a
    // chunk long (a block-long one per call was most of a Lloyd iteration's garbage).
    int[] todo = new int[Math.min(n, CHUNK)];
    double[] otherLower = new double[todo.length];
    double[] scratch = new double[NearestCenters.rowsScratchLength(k)];
    double[] prepared = NearestCenters.preparedCentres(c, k, d);
    int scanned = 0;
    // Chunks small enough to stay in cache between the passes; sums in row order (as plain
    // Lloyd adds them), so the centroids are the same to the bit.
    for (int from = 0; from < n; from += CHUNK) {
      int to = Math.min(n, from + CHUNK);
      int count = 0;
      for (int r = from; r < to; r++) {
        if (bounded) {
          int a = assign[r];
          double l = (lower[r] - (a == maxAt ? secondShift : maxShift)) * (1 - 0x1p-50);
          double e = Vectors.squaredDistance(x, r * d, c, a * d, d);
          double u = Math.sqrt(e) * (1 + rel);
          if (u * (1 + rel) < Math.max(l, half[a])) {
            upper[r] = u;
            lower[r] = Math.max(l, 0);
            dist[r] = e;
            continue;
          }
        }
        todo[count++] = r;
      }
      NearestCenters.assignDenseRows(x, xNorms, todo, count, d, c, prepared, cNorms, k, assign,
          dist, otherLower, scratch);
      for (int i = 0; i < count; i++) {
        int r = todo[i];
        // dist may be the expansion's value: widen by its worst rounding error.
        double err = (d + 8) * 0x1p-50 * (xNorms[r] + maxC);
        upper[r] = Math.sqrt(dist[r] + err) * (1 + rel);
        lower[r] = Math.sqrt(otherLower[i]) * (1 - rel);
        // Report what a kept row reports: the computed sum (x - c)^2, so no distance (and no
        // objective) depends on which rows the bounds settled.
        dist[r] = Vectors.squaredDistance(x, r * d, c, assign[r] * d, d);
      }
      scanned += count;
      if (sums != null) {
        for (int r = from; r < to; r++) {
          addRow(x, r * d, sums, assign[r] * d, d);
        }
      }
    }
    if (old == null || old.length != k * d) {
      old = new double[k * d];
    }
    System.arraycopy(c, 0, old, 0, k * d);
    state.centres = old;
    return scanned;
  }

  /**
   * half[j] = a lower bound on half the distance from centre j to its nearest other centre
   * (infinite when k = 1): a row nearer than that to centre j is nearer to it than to any other.
   */
  static void halfGaps(double[] c, int k, int d, double rel, double[] half) {
    java.util.Arrays.fill(half, Double.POSITIVE_INFINITY);
    for (int i = 0; i < k; i++) {
      for (int j = i + 1; j < k; j++) {
        double g = Math.sqrt(Vectors.squaredDistance(c, i * d, c, j * d, d)) * 0.5 * (1 - rel);
        half[i] = Math.min(half[i], g);
        half[j] = Math.min(half[j], g);
      }
    }
  }

  private static void addRow(double[] x, int xo, double[] sums, int so, int d) {
    for (int t = 0; t < d; t++) {
      sums[so + t] += x[xo + t];
    }
  }
}
