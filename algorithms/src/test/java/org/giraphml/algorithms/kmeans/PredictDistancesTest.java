package org.giraphml.algorithms.kmeans;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.giraphml.testing.Cli;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code predict --distances} on iris with fixed centroids, against numpy and scikit-learn
 * 1.2.1 ({@code KMeans.transform}, {@code cosine_distances}):
 * <pre>
 * import numpy as np
 * from sklearn.cluster import KMeans
 * from sklearn.metrics.pairwise import cosine_distances
 * X = np.loadtxt('datasets/iris.csv', delimiter=',', skiprows=1)[:, :4]
 * C = np.array([[5.9, 2.75, 4.39, 1.43], [5.01, 3.43, 1.46, 0.25], [6.85, 3.07, 5.74, 2.07]])
 * km = KMeans(3, n_init=1, init=C).fit(X); km.cluster_centers_ = C
 * T = km.transform(X)
 * E = np.sqrt(((X[:, None, :] - C[None, :, :]) ** 2).sum(-1))  # T to 1.3e-12 relative
 * for r in (0, 77, 149): print(r, km.predict(X[r:r+1])[0], E[r])
 * print(E.sum())
 * U = C / np.linalg.norm(C, axis=1, keepdims=True)  # the cosine model's (unit) centroids
 * D = cosine_distances(X, U)
 * for r in (0, 77, 149): print(r, D[r])
 * print(D.sum())
 * </pre>
 * The Euclidean constants are numpy's plain differences, which scikit-learn's transform
 * (norms and a dot product) matches to 1.3e-12 relative.
 */
class PredictDistancesTest {
  private static final String CENTROIDS =
      "[[5.9, 2.75, 4.39, 1.43], [5.01, 3.43, 1.46, 0.25], [6.85, 3.07, 5.74, 2.07]]";
  /** The same centroids scaled to unit length, as cosine training leaves them. */
  private static final String UNIT_CENTROIDS = "[[0.7392955497360667, 0.3445869087752853, "
      + "0.5500860107358191, 0.17918519256314835], [0.8016348879094993, 0.5488238853352461, "
      + "0.23361016693570238, 0.04000174091364767], [0.7081076448177376, 0.317356272932913, "
      + "0.5933631943436225, 0.2139828941274039]]";
  private static final int[] ROWS = {0, 77, 149};
  private static final int[] CLUSTERS = {1, 2, 0};
  private static final double[][] EUCLIDEAN = {
      {3.41401523136614, 0.13820274961085238, 5.0576575605709015},
      {1.0712142642814275, 4.204176494867931, 0.8437416666255141},
      {0.8387490685538792, 4.077879350839109, 1.1789402020458881}};
  private static final double EUCLIDEAN_SUM = 1108.4097235530603;
  private static final double[][] COSINE = {
      {0.0886762932429912, 0.00012619591580109724, 0.11811926897420244},
      {0.0001264726316750897, 0.08733056165194697, 0.0017972098127055913},
      {0.002800555422802664, 0.10622758282588196, 0.0007357501313041137}};
  private static final double COSINE_SUM = 19.81929795813339;

  @TempDir
  Path tmp;

  private Path model(String distance) throws Exception {
    Path dir = Files.createDirectories(tmp.resolve("model-" + distance));
    Files.writeString(dir.resolve("model.json"), "{\"algorithm\": \"kmeans\", "
        + "\"format_version\": 1, \"k\": 3, \"dimensions\": 4, \"distance\": \"" + distance
        + "\", \"centroids\": " + (distance.equals("cosine") ? UNIT_CENTROIDS : CENTROIDS)
        + "}");
    return dir;
  }

  private List<String> predict(Path model, String name, String... more) throws Exception {
    Path out = tmp.resolve(name);
    String[] args = {"predict", "--model", model.toString(), "--input",
        KMeansIrisTest.IRIS.toString(), "--label-column", "4", "--output", out.toString(),
        "--distances", "--block-bytes", "1024"};
    String[] all = Stream.concat(Arrays.stream(args),
        Arrays.stream(more)).toArray(String[]::new);
    Cli cli = Cli.run(all);
    assertEquals(0, cli.exit, cli.err);
    return Files.readAllLines(out.resolve("predictions.csv"));
  }

  private static void check(List<String> lines, double[][] expected, double sum,
      double rowTolerance, boolean relative) {
    assertEquals("row,cluster,distance_0,distance_1,distance_2", lines.get(0));
    assertEquals(151, lines.size());
    for (int i = 0; i < ROWS.length; i++) {
      String[] cells = lines.get(ROWS[i] + 1).split(",");
      assertEquals(String.valueOf(ROWS[i]), cells[0]);
      for (int j = 0; j < 3; j++) {
        double want = expected[i][j];
        assertEquals(want, Double.parseDouble(cells[2 + j]),
            relative ? Math.abs(want) * rowTolerance : rowTolerance, "row " + ROWS[i] + " c" + j);
      }
    }
    double total = 0;
    for (String line : lines.subList(1, lines.size())) {
      String[] cells = line.split(",");
      int cluster = Integer.parseInt(cells[1]);
      double nearest = Double.POSITIVE_INFINITY;
      for (int j = 0; j < 3; j++) {
        double d = Double.parseDouble(cells[2 + j]);
        total += d;
        nearest = Math.min(nearest, d);
      }
      assertEquals(nearest, Double.parseDouble(cells[2 + cluster]), 1e-12,
          "the predicted cluster is the nearest centroid: " + line);
    }
    assertEquals(sum, total, sum * 1e-12);
  }

  @Test
  void euclideanDistancesEqualScikitLearnsTransform() throws Exception {
    List<String> lines = predict(model("euclidean"), "pred");
    check(lines, EUCLIDEAN, EUCLIDEAN_SUM, 1e-12, true);
    for (int i = 0; i < ROWS.length; i++) {
      assertEquals(String.valueOf(CLUSTERS[i]), lines.get(ROWS[i] + 1).split(",")[1]);
    }
  }

  @Test
  void cosineModelsWriteCosineDistances() throws Exception {
    // 1 - cos loses digits to cancellation near 0 in both programs: compare absolutely
    check(predict(model("cosine"), "pred"), COSINE, COSINE_SUM, 1e-14, false);
  }

  @Test
  void theGiraphEngineWritesTheSameFile() throws Exception {
    Path model = model("euclidean");
    List<String> memory = predict(model, "memory");
    List<String> giraph = predict(model, "giraph", "--engine", "giraph", "--workers", "2");
    assertEquals(memory, giraph);
    check(giraph, EUCLIDEAN, EUCLIDEAN_SUM, 1e-12, true);
  }

  @Test
  void modelsWithoutCentroidsAreAUsageErrorBeforeTheJob() throws Exception {
    Path dir = Files.createDirectories(tmp.resolve("linreg"));
    Cli train = Cli.run("linreg", "--input", KMeansIrisTest.IRIS.toString(), "--label-column",
        "4", "--output", dir.toString(), "--overwrite");
    assertEquals(0, train.exit, train.err);
    Path out = tmp.resolve("pred");
    Cli cli = Cli.run("predict", "--model", dir.toString(), "--input",
        KMeansIrisTest.IRIS.toString(), "--label-column", "4", "--output", out.toString(),
        "--distances");
    assertEquals(2, cli.exit, cli.err);
    assertEquals(1, cli.err.strip().lines().count(), cli.err);
    assertTrue(cli.err.contains("--distances: needs a model with centroids (kmeans), but "
        + dir + " is a linreg model (giraphml.predict.distances)"), cli.err);
    assertFalse(Files.exists(out));
  }
}
