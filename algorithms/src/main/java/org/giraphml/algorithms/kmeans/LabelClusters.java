package org.giraphml.algorithms.kmeans;

import java.util.Arrays;
import org.giraphml.math.Vectors;

/**
 * The clusters that occur in a labelling, numbered 0..count-1 in increasing label order (as
 * scikit-learn's {@code LabelEncoder} numbers them), with each row's cluster and each
 * cluster's size. For {@link ClusterQuality}.
 */
final class LabelClusters {
  final int count;
  /** Row i's cluster, 0..count-1. */
  final int[] index;
  final long[] sizes;

  private LabelClusters(int count, int[] index, long[] sizes) {
    this.count = count;
    this.index = index;
    this.sizes = sizes;
  }

  /**
   * @throws IllegalArgumentException if the lengths differ, or fewer than 2 or more than n - 1
   *     distinct labels occur (scikit-learn's rule: the scores are undefined there)
   */
  static LabelClusters of(int[] labels, int n) {
    if (labels.length != n) {
      throw new IllegalArgumentException(n + " rows but " + labels.length + " labels");
    }
    int[] distinct = Arrays.stream(labels).distinct().sorted().toArray();
    if (distinct.length < 2 || distinct.length > n - 1) {
      throw new IllegalArgumentException("the scores need 2 to n - 1 = " + (n - 1)
          + " clusters, got " + distinct.length);
    }
    int[] index = new int[n];
    long[] sizes = new long[distinct.length];
    for (int i = 0; i < n; i++) {
      index[i] = Arrays.binarySearch(distinct, labels[i]);
      sizes[index[i]]++;
    }
    return new LabelClusters(distinct.length, index, sizes);
  }

  /** The mean of each cluster's rows. */
  double[][] centroids(double[][] rows) {
    int d = rows[0].length;
    double[][] sums = new double[count][d];
    for (int i = 0; i < rows.length; i++) {
      Vectors.axpy(1.0, rows[i], 0, sums[index[i]], 0, d);
    }
    for (int q = 0; q < count; q++) {
      for (int t = 0; t < d; t++) {
        sums[q][t] /= sizes[q];
      }
    }
    return sums;
  }
}
