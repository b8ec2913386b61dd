package org.giraphml.algorithms.kmeans;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The scores against scikit-learn 1.2.1 on iris (4 features) with the labels of
 * {@code KMeans(3, n_init=10, random_state=0)}, and with row 0 moved to a cluster of its own.
 * The constants come from this script (Debian python3-sklearn, /usr/bin/python3):
 * <pre>
 * import numpy as np
 * from sklearn.cluster import KMeans
 * from sklearn.metrics import silhouette_score, davies_bouldin_score, calinski_harabasz_score
 * X = np.loadtxt('datasets/iris.csv', delimiter=',', skiprows=1)[:, :4]
 * lab = KMeans(3, n_init=10, random_state=0).fit(X).labels_
 * print("".join(map(str, lab)))
 * for L in (lab, np.where(np.arange(150) == 0, 3, lab)):
 *     print(repr(silhouette_score(X, L)), repr(davies_bouldin_score(X, L)),
 *           repr(calinski_harabasz_score(X, L)))
 * # the sample: the 40 rows of smallest SeededRandom.uniform(7, 3 &lt;&lt; 32, row), SplitMix64
 * # re-implemented in Python with 64-bit masks (see SeededRandom)
 * M = (1 &lt;&lt; 64) - 1
 * def mix(z):
 *     z = ((z ^ (z &gt;&gt; 30)) * 0xBF58476D1CE4E5B9) &amp; M
 *     z = ((z ^ (z &gt;&gt; 27)) * 0x94D049BB133111EB) &amp; M
 *     return z ^ (z &gt;&gt; 31)
 * def uniform(seed, stream, key):
 *     h = mix((mix(mix((seed + 0x9E3779B97F4A7C15) &amp; M) ^ stream) + key) &amp; M)
 *     return ((h &gt;&gt; 11) + 0.5) * 2.0**-53
 * rank = [uniform(7, 3 &lt;&lt; 32, i) for i in range(150)]
 * pick = sorted(range(150), key=lambda i: (rank[i], i))[:40]
 * print(repr(silhouette_score(X[pick], lab[pick])))
 * </pre>
 * scikit-learn's pairwise distances agree with plain differences here to 3e-15 relative.
 */
class ClusterQualityTest {
  private static final String SKLEARN_LABELS = "11111111111111111111111111111111111111111111111111"
      + "00200000000000000000000000020000000000000000000000"
      + "20222202222220022220202022002222202222022202220220";
  private static final double TOLERANCE = 1e-9;

  private static double[][] iris() throws IOException {
    List<String> lines = Files.readAllLines(KMeansIrisTest.IRIS);
    double[][] rows = new double[lines.size() - 1][4];
    for (int i = 1; i < lines.size(); i++) {
      String[] cells = lines.get(i).split(",");
      for (int t = 0; t < 4; t++) {
        rows[i - 1][t] = Double.parseDouble(cells[t]);
      }
    }
    return rows;
  }

  private static int[] labels() {
    return SKLEARN_LABELS.chars().map(c -> c - '0').toArray();
  }

  private static void assertRelative(double expected, double actual) {
    assertEquals(expected, actual, Math.abs(expected) * TOLERANCE);
  }

  @Test
  void irisScoresEqualScikitLearns() throws IOException {
    double[][] x = iris();
    assertRelative(0.5528190123564095, ClusterQuality.silhouette(x, labels()));
    assertRelative(0.6619715465007465, ClusterQuality.daviesBouldin(x, labels()));
    assertRelative(561.62775662962, ClusterQuality.calinskiHarabasz(x, labels()));
  }

  @Test
  void aSingletonClusterScoresZeroSilhouetteAsInScikitLearn() throws IOException {
    double[][] x = iris();
    int[] labels = labels();
    labels[0] = 3;
    assertRelative(0.18500565591615378, ClusterQuality.silhouette(x, labels));
    assertRelative(2.0994391678302544, ClusterQuality.daviesBouldin(x, labels));
    assertRelative(371.980201825552, ClusterQuality.calinskiHarabasz(x, labels));
  }

  @Test
  void labelsAreClustersWhateverTheirNumbers() throws IOException {
    double[][] x = iris();
    int[] renumbered = labels().clone();
    for (int i = 0; i < renumbered.length; i++) {
      renumbered[i] = 10 * renumbered[i] + 5; // 5, 15, 25: the empty ids between do not count
    }
    assertRelative(0.5528190123564095, ClusterQuality.silhouette(x, renumbered));
    assertRelative(0.6619715465007465, ClusterQuality.daviesBouldin(x, renumbered));
    assertRelative(561.62775662962, ClusterQuality.calinskiHarabasz(x, renumbered));
  }

  @Test
  void upToMaxRowsTheSilhouetteIsExact() throws IOException {
    ClusterQuality.Silhouette s = ClusterQuality.silhouette(iris(), labels(), 150, 7);
    assertTrue(s.exact());
    assertEquals(150, s.rows());
    assertRelative(0.5528190123564095, s.score());
  }

  @Test
  void beyondMaxRowsTheSilhouetteIsScikitLearnsOnTheHashedSample() throws IOException {
    ClusterQuality.Silhouette s = ClusterQuality.silhouette(iris(), labels(), 40, 7);
    assertFalse(s.exact());
    assertEquals(40, s.rows());
    assertRelative(0.4586177165292925, s.score());
    assertEquals(s, ClusterQuality.silhouette(iris(), labels(), 40, 7), "same seed, same sample");
    assertNotEquals(s.score(), ClusterQuality.silhouette(iris(), labels(), 40, 8).score());
  }

  @Test
  void aggregateFormsNeedOnlyWhatTheJobReduces() {
    // two clusters on a line: {0, 2} around 1 and {10} at 10; mean 4, inertia 2
    double[][] centroids = {{1}, {10}};
    assertEquals(((2 * 9 + 36) * (3 - 2)) / (2.0 * 1),
        ClusterQuality.calinskiHarabasz(new long[] {2, 1}, centroids, new double[] {4}, 2));
    assertEquals(1.0, ClusterQuality.calinskiHarabasz(new long[] {1, 1}, centroids,
        new double[] {5.5}, 0), "no inertia: scikit-learn's 1");
    // spreads 1 and 0, centroids 9 apart: both clusters' worst ratio is 1/9
    assertEquals(1 / 9.0, ClusterQuality.daviesBouldin(new double[] {1, 0}, centroids), 1e-15);
    assertEquals(0.0, ClusterQuality.daviesBouldin(new double[] {0, 0}, centroids));
  }

  @Test
  void oneClusterOrAllSingletonsAreRefused() {
    double[][] x = {{0}, {1}, {2}};
    assertThrows(IllegalArgumentException.class,
        () -> ClusterQuality.silhouette(x, new int[] {0, 0, 0}));
    assertThrows(IllegalArgumentException.class,
        () -> ClusterQuality.daviesBouldin(x, new int[] {0, 1, 2}));
    assertThrows(IllegalArgumentException.class,
        () -> ClusterQuality.silhouette(x, new int[] {0, 1, 1}, 1, 7));
  }
}
