package org.giraphml.algorithms.kmeans;

import org.giraphml.reduce.RowTable;

/**
 * The update half of a Lloyd iteration, on the master: each cluster's new centroid is the
 * weighted mean of its rows, {@code Σ w x / Σ w} (the plain mean when every row weighs 1) (scaled to unit length for cosine distance); an empty cluster takes its re-seed
 * row if it has one ({@link EmptyClusters}) and keeps its old centroid otherwise.
 */
final class CentroidUpdate {
  private CentroidUpdate() {
  }

  /**
   * @param sums k rows of d sums of the rows in each cluster, each times its weight, in units
   *     of {@code 2^scaleExponent} (see {@link DataShape#scaleExponent})
   * @param weights total weight per cluster (its row count when unweighted); a cluster of
   *     weight 0 is empty
   * @param reseeds re-seed rows of empty clusters
   * @param old the centroids the rows were assigned to
   * @return the new centroids, k rows of d values, row-major
   */
  static double[] next(double[] sums, double[] weights, RowTable reseeds, double[] old, int d,
      int scaleExponent, boolean cosine) {
    int k = weights.length;
    double[] next = new double[k * d];
    for (int j = 0; j < k; j++) {
      int off = j * d;
      if (weights[j] > 0) {
        double[] mean = new double[d];
        // scalb by the scale exponent is exact.
        for (int t = 0; t < d; t++) {
          mean[t] = Math.scalb(sums[off + t] / weights[j], scaleExponent);
        }
        if (cosine) {
          CentroidMath.normalizeRows(mean, 1, d);
        }
        System.arraycopy(mean, 0, next, off, d);
      } else if (reseeds.isFilled(j)) {
        System.arraycopy(reseeds.values(), off, next, off, d);
      } else {
        System.arraycopy(old, off, next, off, d);
      }
    }
    return next;
  }
}
