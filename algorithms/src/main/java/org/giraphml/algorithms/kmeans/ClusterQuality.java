package org.giraphml.algorithms.kmeans;

import java.util.Arrays;
import java.util.Comparator;
import org.giraphml.math.GroupDistanceSums;
import org.giraphml.math.SeededRandom;
import org.giraphml.math.Vectors;

/**
 * Internal cluster-quality scores of a clustering under Euclidean distance, each defined as
 * scikit-learn defines it (and equal to its {@code silhouette_score},
 * {@code davies_bouldin_score} and {@code calinski_harabasz_score} on the same rows and labels):
 * <ul>
 *   <li>silhouette (Rousseeuw, "Silhouettes: a graphical aid to the interpretation and validation
 *       of cluster analysis", J. Comput. Appl. Math. 20, 1987): the mean over rows of
 *       {@code (b - a) / max(a, b)}, {@code a} the mean distance to the other rows of its
 *       cluster, {@code b} the smallest mean distance to the rows of another cluster; 0 for a
 *       row alone in its cluster. In [-1, 1], higher is better. Quadratic in the rows, so beyond
 *       {@code maxRows} it is computed on a uniform sample ({@link #silhouette});</li>
 *   <li>Davies-Bouldin (IEEE TPAMI 1(2), 1979): the mean over clusters of the largest
 *       {@code (s_i + s_j) / |c_i - c_j|}, {@code s_i} the mean distance of cluster i's rows to
 *       its centroid. Non-negative, lower is better;</li>
 *   <li>Calinski-Harabasz (Commun. Stat. 3(1), 1974): between-cluster dispersion
 *       {@code sum n_j |c_j - mean|^2} over within-cluster dispersion (the inertia), times
 *       {@code (n - k) / (k - 1)}. Higher is better; 1 when the inertia is 0.</li>
 * </ul>
 * Clusters are the labels that occur (an empty cluster does not count), and there must be
 * between 2 and n - 1 of them, as scikit-learn requires.
 *
 * <p>What a distributed job needs for each (the aggregate forms below take exactly that):
 * Calinski-Harabasz the cluster sizes, centroids, global mean and inertia, all of which k-means
 * already reduces; Davies-Bouldin each cluster's mean (unsquared) distance to its centroid,
 * one more pass summing {@code |x - c|} per cluster after the last assignment; the silhouette a
 * bounded sample of rows with their labels: every data block keeps its {@code maxRows} rows of
 * smallest {@link #sampleRank} and the master merges them (keeping the smallest is commutative
 * and associative, so the sample does not depend on the number of workers).
 */
public final class ClusterQuality {
  /** The seed stream of the silhouette's row sample (apart from the seeding streams). */
  static final long SAMPLE_STREAM = 3L << 32;

  private ClusterQuality() {
  }

  /**
   * A silhouette score and the rows it was computed over.
   *
   * @param rows the rows averaged: all of them, or the sample's size
   * @param exact whether every row was used
   */
  public record Silhouette(double score, int rows, boolean exact) {
  }

  /**
   * The silhouette of {@code rows} labelled {@code labels}: exact when there are at most
   * {@code maxRows} rows; otherwise over the {@code maxRows} rows of smallest
   * {@link #sampleRank}{@code (seed, i)} (a uniform sample without replacement, the same for
   * the same seed), with distances among the sampled rows only, as scikit-learn's
   * {@code silhouette_score(..., sample_size=maxRows)} does.
   *
   * @throws IllegalArgumentException if fewer than 2 or more than n - 1 clusters occur (in the
   *     rows used), or {@code maxRows < 2}
   */
  public static Silhouette silhouette(double[][] rows, int[] labels, int maxRows, long seed) {
    if (maxRows < 2) {
      throw new IllegalArgumentException("maxRows must be >= 2, got " + maxRows);
    }
    if (rows.length <= maxRows) {
      return new Silhouette(silhouette(rows, labels), rows.length, true);
    }
    Integer[] order = new Integer[rows.length];
    for (int i = 0; i < order.length; i++) {
      order[i] = i;
    }
    Arrays.sort(order, Comparator.<Integer>comparingDouble(i -> sampleRank(seed, i))
        .thenComparing(i -> i));
    double[][] sample = new double[maxRows][];
    int[] sampleLabels = new int[maxRows];
    for (int s = 0; s < maxRows; s++) {
      sample[s] = rows[order[s]];
      sampleLabels[s] = labels[order[s]];
    }
    return new Silhouette(silhouette(sample, sampleLabels), maxRows, false);
  }

  /** The rank of row {@code key} in the silhouette's sample: the smallest ranks are taken. */
  public static double sampleRank(long seed, long key) {
    return SeededRandom.uniform(seed, SAMPLE_STREAM, key);
  }

  /**
   * The exact silhouette of all {@code rows} (quadratic time, linear memory). The distance sums
   * come from {@link GroupDistanceSums} (on every core), equal to the bit to those
   * of the plain loop over pairs, so the score does not depend on the machine.
   */
  public static double silhouette(double[][] rows, int[] labels) {
    int n = rows.length;
    LabelClusters c = LabelClusters.of(labels, n);
    double[] sums = GroupDistanceSums.of(rows, c.index, c.count);
    double total = 0;
    for (int i = 0; i < n; i++) {
      int own = c.index[i];
      if (c.sizes[own] == 1) {
        continue; // s = 0 for a row alone in its cluster
      }
      int base = i * c.count;
      double a = sums[base + own] / (c.sizes[own] - 1);
      double b = Double.POSITIVE_INFINITY;
      for (int q = 0; q < c.count; q++) {
        if (q != own) {
          b = Math.min(b, sums[base + q] / c.sizes[q]);
        }
      }
      total += (b - a) / Math.max(a, b);
    }
    return total / n;
  }

  /** The Davies-Bouldin index of {@code rows} labelled {@code labels}. */
  public static double daviesBouldin(double[][] rows, int[] labels) {
    LabelClusters c = LabelClusters.of(labels, rows.length);
    double[][] centroids = c.centroids(rows);
    double[] spread = new double[c.count];
    for (int i = 0; i < rows.length; i++) {
      int q = c.index[i];
      spread[q] += Vectors.distance(rows[i], 0, centroids[q], 0, rows[i].length);
    }
    for (int q = 0; q < c.count; q++) {
      spread[q] /= c.sizes[q];
    }
    return daviesBouldin(spread, centroids);
  }

  /**
   * The Davies-Bouldin index from each cluster's mean distance to its centroid. 0 when every
   * spread or every centroid distance is 0 (scikit-learn's convention); a pair of clusters with
   * equal centroids does not count.
   */
  public static double daviesBouldin(double[] spread, double[][] centroids) {
    int k = centroids.length;
    double[][] between = new double[k][k];
    boolean allSpreadZero = true;
    boolean allApartZero = true;
    for (int i = 0; i < k; i++) {
      allSpreadZero &= spread[i] == 0;
      for (int j = 0; j < k; j++) {
        between[i][j] = Vectors.distance(centroids[i], 0, centroids[j], 0, centroids[i].length);
        allApartZero &= between[i][j] == 0;
      }
    }
    if (allSpreadZero || allApartZero) {
      return 0;
    }
    double total = 0;
    for (int i = 0; i < k; i++) {
      double worst = 0;
      for (int j = 0; j < k; j++) {
        if (j != i && between[i][j] != 0) {
          worst = Math.max(worst, (spread[i] + spread[j]) / between[i][j]);
        }
      }
      total += worst;
    }
    return total / k;
  }

  /** The Calinski-Harabasz index of {@code rows} labelled {@code labels}. */
  public static double calinskiHarabasz(double[][] rows, int[] labels) {
    LabelClusters c = LabelClusters.of(labels, rows.length);
    double[][] centroids = c.centroids(rows);
    int d = rows[0].length;
    double[] mean = new double[d];
    for (double[] row : rows) {
      Vectors.axpy(1.0 / rows.length, row, 0, mean, 0, d);
    }
    double inertia = 0;
    for (int i = 0; i < rows.length; i++) {
      inertia += Vectors.squaredDistance(rows[i], 0, centroids[c.index[i]], 0, d);
    }
    return calinskiHarabasz(c.sizes, centroids, mean, inertia);
  }

  /**
   * The Calinski-Harabasz index from the clusters' sizes and centroids, the mean of all rows
   * and the inertia (sum of squared distances of rows to their centroids); 1 when the inertia
   * is 0 (scikit-learn's convention).
   */
  public static double calinskiHarabasz(long[] sizes, double[][] centroids, double[] mean,
      double inertia) {
    int k = centroids.length;
    long n = 0;
    double between = 0;
    for (int j = 0; j < k; j++) {
      n += sizes[j];
      between += sizes[j] * Vectors.squaredDistance(centroids[j], 0, mean, 0, mean.length);
    }
    return inertia == 0 ? 1.0 : between * (n - k) / (inertia * (k - 1.0));
  }
}
