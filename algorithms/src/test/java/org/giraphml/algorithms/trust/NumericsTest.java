package org.giraphml.algorithms.trust;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.giraphml.testing.Cli;
import org.giraphml.testing.DataFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * k-means on data whose squared norms overflow or underflow a double, through the command line:
 * the right clusters and figures (compared with numpy on the data scaled by a power of two),
 * and {@code Infinity} with a warning, never NaN, where a figure is truly beyond a double.
 */
class NumericsTest {
  /** Two clusters near +-1e155: every squared norm (2e310) overflows, every distance is finite. */
  static final String NEAR_1E155 = String.join("\n",
      "1e155,1e155", "1.01e155,9.9e154", "1.02e155,9.8e154", "1.03e155,9.7e154",
      "1.04e155,9.6e154", "-1e155,-1e155", "-1.02e155,-1.01e155", "-1.04e155,-1.02e155",
      "-1.06e155,-1.03e155", "-1.08e155,-1.04e155") + "\n";
  /** Two clusters near +-8e307: sums of 5 rows overflow, and squared spreads (1e306^2) do. */
  static final String NEAR_8E307 = String.join("\n",
      "8e307,8e307", "8.1e307,7.9e307", "8.2e307,7.8e307", "8.3e307,7.7e307",
      "8.4e307,7.6e307", "-8e307,-8e307", "-8.1e307,-8.2e307", "-8.2e307,-8.4e307",
      "-8.3e307,-8.6e307", "-8.4e307,-8.8e307") + "\n";

  @TempDir
  Path tmp;

  private Cli run(String data, String... options) throws Exception {
    String[] all = Stream.concat(Stream.of("--predictions"), Stream.of(options))
        .toArray(String[]::new);
    return CsvJob.run(tmp, "kmeans", data, all);
  }

  private JsonNode summary() throws Exception {
    return Cli.json(tmp.resolve("out/summary.json"));
  }

  /** Rows 0-4 in one cluster, rows 5-9 in the other. */
  private void assertTwoClustersOfFive() throws Exception {
    double[][] clusters = DataFiles.readCsv(tmp.resolve("out/predictions.csv"), 0);
    for (int r = 1; r < 10; r++) {
      assertEquals(r < 5, clusters[r][0] == clusters[0][0], "row " + r + " in its cluster");
    }
  }

  private static void assertCentroid(JsonNode centroid, double x, double y) {
    assertEquals(x, centroid.get(0).asDouble(), Math.abs(x) * 1e-15);
    assertEquals(y, centroid.get(1).asDouble(), Math.abs(y) * 1e-15);
  }

  @ParameterizedTest
  @ValueSource(strings = {"kmeans||", "kmeans++", "random"})
  void clustersNear1e155AreFoundWithNumpysInertia(String init) throws Exception {
    Cli cli = run(NEAR_1E155, "--k", "2", "--init", init);
    assertEquals(0, cli.exit, cli.err);
    assertTwoClustersOfFive();
    JsonNode s = summary();
    // numpy: X = the rows scaled by 2^-515 (exact); sum over clusters of
    // ((P - P.mean(0))**2).sum(), then math.ldexp(total, 1030) = 6.999999999999997e+307.
    // Within the kernel's accuracy, 1e-12 relative (see NearestCenters).
    assertEquals(6.999999999999997e307, s.get("objective").asDouble(), 1e-12 * 7e307);
    // Random seeds may put both first centroids in one cluster: the other's rows are then
    // 2e155 away, and that first iteration's objective is rightly Infinity (and said so).
    for (JsonNode w : s.get("warnings")) {
      assertTrue(w.asText().startsWith("objective_history:"), s.toString());
    }
    assertEquals("[5,5]", s.get("cluster_sizes").toString());
    JsonNode c = Cli.json(tmp.resolve("out/model.json")).get("centroids");
    int plus = c.get(0).get(0).asDouble() > 0 ? 0 : 1;
    // numpy: the cluster means, computed on the scaled rows and scaled back.
    assertCentroid(c.get(plus), 1.02e155, 9.799999999999999e154);
    assertCentroid(c.get(1 - plus), -1.0400000000000001e155, -1.02e155);
  }

  @ParameterizedTest
  @ValueSource(strings = {"kmeans||", "kmeans++", "random"})
  void inertiaBeyondADoubleIsInfinityWithAWarningAndTheClustersAreStillRight(String init)
      throws Exception {
    assertInfiniteInertiaAndRightClusters(run(NEAR_8E307, "--k", "2", "--init", init));
  }

  @Test
  void theGiraphEngineScalesItsSumsToo() throws Exception {
    // The scale is decided by the master and read by the workers: a real Giraph job.
    assertInfiniteInertiaAndRightClusters(run(NEAR_8E307, "--k", "2", "--engine", "giraph"));
  }

  private void assertInfiniteInertiaAndRightClusters(Cli cli) throws Exception {
    assertEquals(0, cli.exit, cli.err);
    assertTwoClustersOfFive();
    JsonNode s = summary();
    // numpy, as above with 2^-1022: the scaled inertia is 0.0347 > 0, and times 2^2044 it is
    // far beyond 1.8e308.
    assertEquals("Infinity", s.get("objective").asText());
    assertEquals(1, s.get("warnings").size(), s.toString());
    assertTrue(s.get("warnings").get(0).asText().contains("reported as Infinity"), s.toString());
    assertTrue(!s.toString().contains("NaN"), s.toString());
    JsonNode c = Cli.json(tmp.resolve("out/model.json")).get("centroids");
    int plus = c.get(0).get(0).asDouble() > 0 ? 0 : 1;
    // numpy: cluster means on the rows scaled by 2^-1022 (their sums, 4e308, overflow unscaled).
    assertCentroid(c.get(plus), 8.200000000000001e307, 7.8e307);
    assertCentroid(c.get(1 - plus), -8.200000000000001e307, -8.4e307);
  }

  @Test
  void anOverflowInAnEarlierIterationIsWarnedAboutToo() throws Exception {
    // Both initial centroids in the positive cluster: the negative rows are 2.8e154 away in
    // each coordinate, a squared distance of 1.6e309, so iteration 1's objective is Infinity;
    // then the clusters separate and the final inertia is finite.
    Files.writeString(tmp.resolve("init.csv"), "1e154,1e154\n1.01e154,9.9e153\n");
    Cli cli = run("1e154,1e154\n1.01e154,9.9e153\n1.02e154,9.8e153\n"
        + "-1e154,-1e154\n-1.01e154,-1.02e154\n-1.02e154,-1.04e154\n", "--k", "2",
        "--init-centroids", tmp.resolve("init.csv").toString());
    assertEquals(0, cli.exit, cli.err);
    JsonNode s = summary();
    assertEquals("Infinity", s.get("objective_history").get(0).asText(), s.toString());
    // numpy, as above with 2^-512: 1.399999999999999e+305.
    assertEquals(1.399999999999999e305, s.get("objective").asDouble(), 1.4e305 * 1e-12);
    assertEquals(1, s.get("warnings").size(), s.toString());
    assertTrue(s.get("warnings").get(0).asText().startsWith("objective_history: the objective "
        + "of an earlier iteration exceeded"), s.toString());
  }

  @ParameterizedTest
  @ValueSource(strings = {"1e200", "1e-170"})
  void cosineDistanceIgnoresTheScaleOfRowsBeyondTheSquaredNormRange(String scale)
      throws Exception {
    // Directions near 0 and 90 degrees at a scale where |x|^2 overflows (1e200) or underflows
    // (1e-170): each row is its unit vector, whatever the scale.
    double s = Double.parseDouble(scale);
    String data = String.join("\n", s + ",0", s + "," + 0.1 * s, s + "," + 0.2 * s,
        "0," + s, 0.1 * s + "," + s, 0.2 * s + "," + s) + "\n";
    Cli cli = run(data, "--k", "2", "--distance", "cosine", "--init", "kmeans++");
    assertEquals(0, cli.exit, cli.err);
    double[][] clusters = DataFiles.readCsv(tmp.resolve("out/predictions.csv"), 0);
    for (int r = 1; r < 6; r++) {
      assertEquals(r < 3, clusters[r][0] == clusters[0][0], "row " + r + " in its cluster");
    }
    // numpy: U = rows scaled by 2^-e (exact), U /= norm(U, axis=1); for each half P:
    // m = P.mean(0); m /= norm(m); total of ((P - m)**2).sum() / 2 = 0.019467320700679126
    assertEquals(0.019467320700679126, summary().get("objective").asDouble(), 1e-15);
  }
}
