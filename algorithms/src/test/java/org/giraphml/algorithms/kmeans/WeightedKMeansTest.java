package org.giraphml.algorithms.kmeans;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.giraphml.testing.LocalHarness;
import org.giraphml.testing.SeededData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Weighted k-means ({@code --weight-column}): integer weights give exactly what the rows
 * repeated that many times give, and a row of weight 0 counts for nothing.
 */
class WeightedKMeansTest {
  private static final int K = 4;

  @TempDir
  Path tmp;

  private final double[][] rows = SeededData.blobs(400, 3, K, 1.5, 31).rows();
  private final double[] weights = new double[rows.length];

  WeightedKMeansTest() {
    for (int i = 0; i < rows.length; i++) {
      weights[i] = (i * 7 + 3) % 4; // 0, 1, 2 or 3
    }
  }

  /** The first row of each cluster's neighbourhood, moved off it: the same start for both. */
  private String initCentroids() throws IOException {
    StringBuilder csv = new StringBuilder();
    for (int j = 0; j < K; j++) {
      double[] r = rows[j * 13];
      csv.append(r[0] + 0.3).append(',').append(r[1] - 0.2).append(',').append(r[2])
          .append('\n');
    }
    Path file = tmp.resolve("init.csv");
    Files.writeString(file, csv);
    return file.toString();
  }

  private LocalHarness harness(double[][] data, String init, int iterations) {
    return LocalHarness.of(KMeans.class).rows(data).set(KMeansSettings.K, K)
        .set(KMeansSettings.INIT_CENTROIDS, java.util.Optional.of(init))
        .set(KMeansSettings.TOLERANCE, 0.0)
        .set("giraphml.kmeans.max-iterations", Integer.toString(iterations))
        .set("giraphml.kmeans.predictions", "true").rowsPerBlock(37);
  }

  private static int[] clusters(LocalHarness.Result r) {
    List<String> lines = r.predictions();
    int[] out = new int[lines.size()];
    for (int i = 0; i < out.length; i++) {
      String[] cells = lines.get(i).split(",");
      out[i] = Integer.parseInt(cells[cells.length - 1].trim());
    }
    return out;
  }

  private static void assertClose(double expected, double actual, String what) {
    assertTrue(Math.abs(expected - actual) <= 1e-12 * Math.abs(expected),
        what + ": expected " + expected + ", got " + actual);
  }

  private static void assertCentroidsClose(double[][] a, double[][] b) {
    for (int j = 0; j < a.length; j++) {
      for (int t = 0; t < a[j].length; t++) {
        assertClose(a[j][t], b[j][t], "centroid " + j + "[" + t + "]");
      }
    }
  }

  /** On both assignment paths: Hamerly's bounds must assign weighted rows exactly as Lloyd. */
  @ParameterizedTest
  @EnumSource(AssignAlgorithm.class)
  void integerWeightsEqualRepeatedRowsAtEveryIteration(AssignAlgorithm algorithm)
      throws Exception {
    String init = initCentroids();
    List<double[]> repeated = new ArrayList<>();
    List<Integer> origin = new ArrayList<>();
    for (int i = 0; i < rows.length; i++) {
      for (int c = 0; c < weights[i]; c++) {
        repeated.add(rows[i]);
        origin.add(i);
      }
    }
    double[][] dup = repeated.toArray(new double[0][]);
    for (int iterations = 1; iterations <= 6; iterations++) {
      LocalHarness.Result weighted = harness(rows, init, iterations).weights(weights)
          .set(KMeansSettings.ALGORITHM, algorithm).run();
      LocalHarness.Result plain = harness(dup, init, iterations)
          .set(KMeansSettings.ALGORITHM, algorithm).run();
      int[] w = clusters(weighted);
      int[] p = clusters(plain);
      assertEquals(rows.length, w.length);
      for (int r = 0; r < p.length; r++) {
        assertEquals(p[r], w[origin.get(r)], "iteration " + iterations + ", repeated row " + r);
      }
      assertCentroidsClose(KMeansFiles.centroids(plain.model().toJson()),
          KMeansFiles.centroids(weighted.model().toJson()));
      JsonNode ws = weighted.summary();
      JsonNode ps = plain.summary();
      assertClose(ps.get("objective").asDouble(), ws.get("objective").asDouble(), "inertia");
      for (int i = 0; i < ps.get("objective_history").size(); i++) {
        assertClose(ps.get("objective_history").get(i).asDouble(),
            ws.get("objective_history").get(i).asDouble(), "objective_history " + i);
      }
      assertEquals(dup.length, ws.get("total_weight").asDouble(), 0);
      for (int j = 0; j < K; j++) {
        assertEquals(ps.get("cluster_sizes").get(j).asDouble(),
            ws.get("cluster_weights").get(j).asDouble(), 0);
      }
    }
  }

  @Test
  void aZeroWeightRowFarAwayChangesNothing() throws Exception {
    String init = initCentroids();
    double[][] more = java.util.Arrays.copyOf(rows, rows.length + 1);
    more[rows.length] = new double[] {1e6, -1e6, 1e6};
    double[] moreWeights = java.util.Arrays.copyOf(weights, rows.length + 1);
    LocalHarness.Result a = harness(rows, init, 20).weights(weights).run();
    LocalHarness.Result b = harness(more, init, 20).weights(moreWeights).run();
    assertArrayEquals(KMeansFiles.centroids(a.model().toJson())[0],
        KMeansFiles.centroids(b.model().toJson())[0], 0);
    assertCentroidsClose(KMeansFiles.centroids(a.model().toJson()),
        KMeansFiles.centroids(b.model().toJson()));
    assertEquals(a.summary().get("objective").asDouble(),
        b.summary().get("objective").asDouble(), 0);
    assertEquals(a.summary().get("objective_history"), b.summary().get("objective_history"));
  }

  @Test
  void anEmptyClusterIsReseededAtTheFarthestRowThatWeighsSomething() throws Exception {
    // Rows 0, 1, 2 and 10 on a line, weights 1, 1, 1 and 0. Centroid 1 starts at 7: only the
    // weightless row at 10 is nearest to it, so its cluster weighs 0 and is re-seeded at the
    // farthest row from its centroid that carries weight, row 0 (distance 1 from 1), not at 10.
    // Then: clusters {0} and {1, 2}; centroids 0 and 1.5; inertia 0.25 + 0.25 (numpy-free
    // hand calculation).
    double[][] line = {{0}, {1}, {2}, {10}};
    Path init = tmp.resolve("line-init.csv");
    Files.writeString(init, "1\n7\n");
    LocalHarness.Result r = LocalHarness.of(KMeans.class).rows(line)
        .weights(new double[] {1, 1, 1, 0}).set(KMeansSettings.K, 2)
        .set(KMeansSettings.INIT_CENTROIDS, java.util.Optional.of(init.toString()))
        .set(KMeansSettings.TOLERANCE, 0.0).run();
    double[][] centroids = KMeansFiles.centroids(r.model().toJson());
    double[] sorted = {centroids[0][0], centroids[1][0]};
    java.util.Arrays.sort(sorted);
    assertArrayEquals(new double[] {0, 1.5}, sorted, 1e-12);
    assertEquals(0.5, r.summary().get("objective").asDouble(), 1e-12);
  }

  @ParameterizedTest
  @EnumSource(InitMode.class)
  void aZeroWeightRowIsNeverASeedAndAWeightedRunIsTheSameOnOneOrThreeWorkers(InitMode init)
      throws Exception {
    // Unweighted, k-means++ and k-means|| take this far row as a seed with near certainty.
    double[][] more = java.util.Arrays.copyOf(rows, rows.length + 1);
    more[rows.length] = new double[] {1e6, -1e6, 1e6};
    double[] moreWeights = java.util.Arrays.copyOf(weights, rows.length + 1);
    LocalHarness.Result one = LocalHarness.of(KMeans.class).rows(more).weights(moreWeights)
        .set(KMeansSettings.K, K).set(KMeansSettings.INIT, init).rowsPerBlock(37).workers(1)
        .checks(false).run();
    LocalHarness.Result three = LocalHarness.of(KMeans.class).rows(more).weights(moreWeights)
        .set(KMeansSettings.K, K).set(KMeansSettings.INIT, init).rowsPerBlock(37).workers(3)
        .run();
    assertEquals(one.model().toJson(), three.model().toJson());
    assertEquals(one.summary().get("objective_history"),
        three.summary().get("objective_history"));
    for (double[] c : KMeansFiles.centroids(one.model().toJson())) {
      assertTrue(Math.abs(c[0]) < 1e3, init + ": " + java.util.Arrays.toString(c));
    }
    double[][] plain = KMeansFiles.centroids(LocalHarness.of(KMeans.class).rows(more)
        .set(KMeansSettings.K, K).set(KMeansSettings.INIT, init).set(
            KMeansSettings.MAX_ITERATIONS.key(), "1").rowsPerBlock(37).run().model().toJson());
    if (init != InitMode.RANDOM) {
      // The same draw unweighted does take it: the weights, not luck, keep it out.
      assertTrue(java.util.Arrays.stream(plain).anyMatch(c -> Math.abs(c[0]) > 1e5), init
          + " unweighted did not pick the far row");
    }
  }
}
