package org.giraphml.algorithms.kmeans;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Whether k-means found k different clusters. <b>{@code distinct_clusters}</b> (in
 * summary.json) is the number of clusters that hold at least one row after the final
 * assignment, as scikit-learn counts the distinct labels it assigned. Rows tied between
 * centroids go to the lowest-numbered one, so coinciding centroids count once, and it is at
 * most the number of distinct centroids. It falls below k when the data has fewer than k
 * distinct points (duplicate rows), or when an empty cluster is kept
 * ({@code --empty-clusters keep}) or has nothing to be re-seeded with.
 */
final class DistinctClusters {
  private DistinctClusters() {
  }

  /** Clusters with at least one row. */
  static int count(long[] clusterSizes) {
    int m = 0;
    for (long size : clusterSizes) {
      m += size > 0 ? 1 : 0;
    }
    return m;
  }

  /** Centroids that differ (exactly) from every other, counted once each. */
  static int distinctCentroids(double[] centroids, int k, int d) {
    Set<Row> seen = new HashSet<>();
    for (int j = 0; j < k; j++) {
      seen.add(new Row(Arrays.copyOfRange(centroids, j * d, (j + 1) * d)));
    }
    return seen.size();
  }

  /** The warning when fewer than k clusters hold rows, worded after scikit-learn's. */
  static Optional<String> warning(int distinct, int k, int distinctCentroids) {
    if (distinct >= k) {
      return Optional.empty();
    }
    return Optional.of(String.format(Locale.ROOT, "number of distinct clusters (%d) found "
        + "smaller than k (%d): %d cluster(s) hold no rows%s. Possibly due to duplicate rows "
        + "(the data may have fewer than k distinct points)", distinct, k, k - distinct,
        distinctCentroids < k ? " and only " + distinctCentroids + " of the " + k
            + " centroids differ" : ""));
  }

  /** A centroid as a set member: equal values (0.0 and -0.0 alike) are one point. */
  private record Row(double[] values) {
    @Override
    public boolean equals(Object o) {
      if (!(o instanceof Row)) {
        return false;
      }
      double[] other = ((Row) o).values;
      for (int t = 0; t < values.length; t++) {
        if (values[t] != other[t]) {
          return false;
        }
      }
      return true;
    }

    @Override
    public int hashCode() {
      return Arrays.hashCode(Arrays.stream(values).map(v -> v + 0.0).toArray());
    }
  }
}
