package org.giraphml.algorithms.kmeans;

import java.util.Optional;
import org.apache.giraph.block_app.framework.api.BlockMasterApi;
import org.apache.giraph.block_app.framework.api.CreateReducersApi;
import org.apache.giraph.block_app.framework.piece.global_comm.ReducerHandle;
import org.giraphml.reduce.VectorSum;
import org.giraphml.reduce.VectorSumReduce;

/**
 * What the final assignment reduces, beyond the {@link AssignmentFigures}, for the
 * cluster-quality scores of the summary ({@link ClusterQuality}, Euclidean distance only):
 * the sums of the rows of each cluster ({@code k * d}, in units of
 * {@code 2^scaleExponent}) and the sums of each row's unsquared distance to its centroid
 * ({@code k}, same units). Both are double-double sums, so the scores do not depend on the
 * number of workers.
 *
 * <p>Calinski-Harabasz is exactly scikit-learn's on the final labels: the clusters' means come
 * from the final sums, and the within-cluster dispersion about those means is the final
 * inertia minus {@code sum n_j |m_j - c_j|^2} (the saved centroid {@code c_j} equals the mean
 * {@code m_j} once the labels stopped changing; after a max-iterations stop they differ).
 * Davies-Bouldin separates the clusters by their means, as scikit-learn does, but measures each
 * cluster's spread as the mean distance of its rows to the saved centroid (the distance the
 * final assignment computed): scikit-learn's (distance to the labels' mean) when the labels
 * stopped changing, and only close to it after a max-iterations stop.
 */
final class QualityFigures {
  private ReducerHandle<VectorSum, VectorSum> sums;
  private ReducerHandle<VectorSum, VectorSum> spreads;

  /** The scores of one clustering; see {@link ClusterQuality}. */
  record Scores(double calinskiHarabasz, double daviesBouldin) {
  }

  void register(CreateReducersApi api, int k, int d) {
    sums = api.createGlobalReducer(new VectorSumReduce(k * d));
    spreads = api.createGlobalReducer(new VectorSumReduce(k));
  }

  /**
   * Worker side: reduces {@code blockSums} (the block's rows summed per cluster, scaled by
   * {@code 2^-scaleExponent}) and the unsquared distances of the block's rows.
   */
  void add(Assigner assigner, int rows, double[] blockSums, int k, int scaleExponent) {
    int[] assign = assigner.assignment();
    double[] dist = assigner.distances();
    double[] spread = new double[k];
    for (int r = 0; r < rows; r++) {
      spread[assign[r]] += Math.scalb(Math.sqrt(Math.max(0, dist[r])), -scaleExponent);
    }
    sums.reduce(VectorSum.of(blockSums, rows));
    spreads.reduce(VectorSum.of(spread, rows));
  }

  /**
   * Master side: the scores of the final labels, or empty when fewer than 2 or more than
   * n - 1 clusters hold rows (scikit-learn's scores are undefined there too) or the inertia is
   * not finite.
   *
   * @param sizes rows per cluster
   * @param inertia the sum of squared distances to {@code centroids}
   * @param centroids the saved centroids, k rows of d values
   */
  Optional<Scores> scores(BlockMasterApi api, long[] sizes, double inertia, double[] centroids,
      int d, int scaleExponent) {
    int k = sizes.length;
    double[] total = sums.getReducedValue(api).toArray();
    double[] spread = spreads.getReducedValue(api).toArray();
    long n = 0;
    int used = 0;
    for (long size : sizes) {
      n += size;
      used += size > 0 ? 1 : 0;
    }
    if (used < 2 || used > n - 1 || !Double.isFinite(inertia)) {
      return Optional.empty();
    }
    long[] usedSizes = new long[used];
    double[][] means = new double[used][d];
    double[] usedSpread = new double[used];
    double[] mean = new double[d];
    double within = inertia;
    for (int j = 0, u = 0; j < k; j++) {
      if (sizes[j] == 0) {
        continue;
      }
      usedSizes[u] = sizes[j];
      usedSpread[u] = Math.scalb(spread[j] / sizes[j], scaleExponent);
      for (int t = 0; t < d; t++) {
        means[u][t] = Math.scalb(total[j * d + t] / sizes[j], scaleExponent);
        mean[t] += total[j * d + t];
        double gap = means[u][t] - centroids[j * d + t];
        within -= sizes[j] * gap * gap;
      }
      u++;
    }
    for (int t = 0; t < d; t++) {
      mean[t] = Math.scalb(mean[t] / n, scaleExponent);
    }
    double ch = ClusterQuality.calinskiHarabasz(usedSizes, means, mean, Math.max(0, within));
    double db = ClusterQuality.daviesBouldin(usedSpread, means);
    return Optional.of(new Scores(ch, db));
  }
}
