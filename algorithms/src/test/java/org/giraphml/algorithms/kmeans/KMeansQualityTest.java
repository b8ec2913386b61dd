package org.giraphml.algorithms.kmeans;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Comparator;
import org.giraphml.io.InputPlan;
import org.giraphml.testing.Cli;
import org.giraphml.testing.DataFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The summary's cluster-quality scores on iris equal scikit-learn's
 * {@code calinski_harabasz_score} and {@code davies_bouldin_score} on the labels of
 * scikit-learn's own KMeans run from the same start (the first three rows). Reference values
 * from scikit-learn 1.2.1, run from the repository root:
 * <pre>
 * import numpy as np
 * from sklearn.cluster import KMeans
 * from sklearn.metrics import calinski_harabasz_score, davies_bouldin_score
 * X = np.loadtxt("datasets/iris.csv", delimiter=",", skiprows=1)[:, :4]
 * for it in (300, 2):
 *     km = KMeans(3, init=X[:3], n_init=1, max_iter=it, tol=0, algorithm="lloyd").fit(X)
 *     print(it, km.n_iter_, repr(calinski_harabasz_score(X, km.labels_)),
 *           repr(davies_bouldin_score(X, km.labels_)), np.bincount(km.labels_))
 * # 300 12 561.5937320156642 0.6660385791628494 [39 61 50]
 * # 2 2 514.6943986141507 0.6566846929355351 [65 35 50]
 * from sklearn.metrics import silhouette_score
 * km = KMeans(3, init=X[:3], n_init=1, max_iter=300, tol=0, algorithm="lloyd").fit(X)
 * print(repr(silhouette_score(X, km.labels_)))
 * # 0.5511916046195919
 * # After the max-iterations stop, Davies-Bouldin with spreads measured to the saved centroids:
 * C, L = km.cluster_centers_, km.labels_
 * M = np.array([X[L == j].mean(0) for j in range(3)])
 * s = np.array([np.linalg.norm(X[L == j] - C[j], axis=1).mean() for j in range(3)])
 * D = np.linalg.norm(M[:, None] - M[None], axis=2); np.fill_diagonal(D, np.inf)
 * print(repr(np.mean(np.max((s[:, None] + s[None]) / D, axis=1))))
 * # 0.6677148684383941
 * </pre>
 */
class KMeansQualityTest {
  @TempDir
  Path tmp;

  private JsonNode run(String... extra) throws Exception {
    double[][] rows = DataFiles.readCsv(KMeansIrisTest.IRIS, 4);
    DataFiles.writeCsv(tmp.resolve("init.csv"), null, Arrays.copyOf(rows, 3));
    Path out = tmp.resolve("out");
    String[] base = {"kmeans", "--input", KMeansIrisTest.IRIS.toString(), "--label-column", "4",
        "--k", "3", "--init-centroids", tmp.resolve("init.csv").toString(),
        "--output", out.toString(), "--workers", "2"};
    String[] args = Arrays.copyOf(base, base.length + extra.length);
    System.arraycopy(extra, 0, args, base.length, extra.length);
    Cli cli = Cli.run(args);
    assertEquals(0, cli.exit, cli.err);
    return Cli.json(out.resolve("summary.json"));
  }

  private static long[] sizes(JsonNode summary) {
    JsonNode sizes = summary.get("cluster_sizes");
    long[] out = new long[sizes.size()];
    for (int j = 0; j < out.length; j++) {
      out[j] = sizes.get(j).asLong();
    }
    return out;
  }

  @Test
  void convergedIrisScoresEqualScikitLearnOnTheSameLabels() throws Exception {
    JsonNode summary = run();
    assertEquals("converged", summary.get("stop_reason").asText());
    assertEquals(Arrays.toString(new long[] {39, 61, 50}), Arrays.toString(sizes(summary)));
    assertEquals(561.5937320156642, summary.get("calinski_harabasz").asDouble(),
        1e-9 * 561.5937320156642);
    assertEquals(0.6660385791628494, summary.get("davies_bouldin").asDouble(),
        1e-9 * 0.6660385791628494);
    assertEquals(0.5511916046195919, summary.get("silhouette").asDouble(),
        1e-9 * 0.5511916046195919);
    assertEquals(150, summary.get("silhouette_rows").asInt());
    assertTrue(summary.get("silhouette_exact").asBoolean());
  }

  @Test
  void beyondTheRowLimitTheSilhouetteIsThatOfTheSeededSample() throws Exception {
    JsonNode summary = run("--silhouette-max-rows", "40", "--seed", "7", "--predictions");
    assertEquals(40, summary.get("silhouette_rows").asInt());
    assertFalse(summary.get("silhouette_exact").asBoolean());
    // The sample is the 40 rows of smallest rank, a row's key being its line's byte offset
    // (InputPlan.rowKey), and the score the exact silhouette (tested against scikit-learn) of
    // those rows with the job's labels (scikit-learn's: the sizes are pinned above).
    double[][] rows = DataFiles.readCsv(KMeansIrisTest.IRIS, 4);
    int[] labels = KMeansFiles.predictions(tmp.resolve("out").resolve("predictions.csv"));
    byte[] bytes = Files.readAllBytes(KMeansIrisTest.IRIS);
    long[] keys = new long[rows.length];
    for (int p = 0, line = -1; p < bytes.length && line < rows.length - 1; p++) {
      if (bytes[p] == '\n') {
        line++;
        keys[line] = InputPlan.rowKey(0, p + 1); // line 0 is the header
      }
    }
    Integer[] order = new Integer[rows.length];
    for (int i = 0; i < order.length; i++) {
      order[i] = i;
    }
    Arrays.sort(order, Comparator.<Integer>comparingDouble(
        i -> ClusterQuality.sampleRank(7, keys[i])).thenComparingLong(i -> keys[i]));
    double[][] sample = new double[40][];
    int[] sampleLabels = new int[40];
    for (int s = 0; s < 40; s++) {
      sample[s] = rows[order[s]];
      sampleLabels[s] = labels[order[s]];
    }
    double expected = ClusterQuality.silhouette(sample, sampleLabels);
    assertEquals(expected, summary.get("silhouette").asDouble(), 1e-12 * Math.abs(expected));
    double exact = 0.5511916046195919;
    assertTrue(Math.abs(summary.get("silhouette").asDouble() - exact) < 0.1,
        "a 40-row sample stays near the exact score");
  }

  @Test
  void calinskiHarabaszFollowsTheFinalLabelsAfterAMaxIterationsStop() throws Exception {
    JsonNode summary = run("--max-iterations", "2");
    assertEquals("max-iterations", summary.get("stop_reason").asText());
    assertEquals(Arrays.toString(new long[] {65, 35, 50}), Arrays.toString(sizes(summary)));
    // Exact: the final pass's sums give the labels' means and the dispersion about them.
    assertEquals(514.6943986141507, summary.get("calinski_harabasz").asDouble(),
        1e-9 * 514.6943986141507);
    // Spreads are distances to the saved centroids, not yet the labels' means: exactly that
    // definition, and within 2% of scikit-learn's.
    double db = summary.get("davies_bouldin").asDouble();
    assertEquals(0.6677148684383941, db, 1e-9 * 0.6677148684383941);
    assertEquals(0.6566846929355351, db, 0.02 * 0.6566846929355351);
  }

  @Test
  void cosineDistanceLeavesTheEuclideanScoresOut() throws Exception {
    JsonNode summary = run("--distance", "cosine");
    assertFalse(summary.has("calinski_harabasz"));
    assertFalse(summary.has("davies_bouldin"));
    assertFalse(summary.has("silhouette"));
  }
}
