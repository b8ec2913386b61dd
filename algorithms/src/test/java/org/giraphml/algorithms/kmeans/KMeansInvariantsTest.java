package org.giraphml.algorithms.kmeans;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.hadoop.conf.Configuration;
import org.giraphml.api.Models;
import org.giraphml.testing.Cli;
import org.giraphml.testing.DataFiles;
import org.giraphml.testing.LocalHarness;
import org.giraphml.testing.SeededData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class KMeansInvariantsTest {
  @TempDir
  Path tmp;

  private static LocalHarness harness(double[][] rows, int k) {
    return LocalHarness.of(KMeans.class).rows(rows).set(KMeansSettings.K, k).rowsPerBlock(97);
  }

  @ParameterizedTest
  @EnumSource(InitMode.class)
  void objectiveNeverRisesAndClusterSizesSumToRows(InitMode init) throws Exception {
    double[][] rows = SeededData.blobs(3000, 5, 8, 4.0, 21).rows();
    JsonNode s = harness(rows, 6).set(KMeansSettings.INIT, init).run().summary();
    JsonNode history = s.get("objective_history");
    assertTrue(history.size() >= 2);
    for (int i = 1; i < history.size(); i++) {
      assertTrue(history.get(i).asDouble() <= history.get(i - 1).asDouble() * (1 + 1e-12),
          "objective rose at " + i + ": " + history);
    }
    long total = 0;
    for (JsonNode size : s.get("cluster_sizes")) {
      total += size.asLong();
    }
    assertEquals(3000, total);
    assertEquals(history.get(history.size() - 1).asDouble(), s.get("objective").asDouble(), 0);
  }

  @ParameterizedTest
  @EnumSource(InitMode.class)
  void workerCountDoesNotChangeTheModel(InitMode init) throws Exception {
    double[][] rows = SeededData.blobs(2500, 4, 5, 3.0, 5).rows();
    LocalHarness.Result one = harness(rows, 5).set(KMeansSettings.INIT, init).workers(1)
        .checks(false).run();
    LocalHarness.Result three = harness(rows, 5).set(KMeansSettings.INIT, init).workers(3)
        .run();
    assertEquals(one.model().toJson(), three.model().toJson());
    assertEquals(one.summary().get("objective_history"), three.summary().get("objective_history"));
    assertEquals(one.predictions(), three.predictions());
  }

  @Test
  void sameSeedSameModelOtherSeedOtherStart() throws Exception {
    double[][] rows = SeededData.blobs(1000, 3, 10, 6.0, 8).rows();
    JsonNode a = harness(rows, 7).set(KMeansSettings.SEED, 1L)
        .set(KMeansSettings.INIT, InitMode.RANDOM).run().summary();
    JsonNode b = harness(rows, 7).set(KMeansSettings.SEED, 1L)
        .set(KMeansSettings.INIT, InitMode.RANDOM).run().summary();
    JsonNode c = harness(rows, 7).set(KMeansSettings.SEED, 2L)
        .set(KMeansSettings.INIT, InitMode.RANDOM).run().summary();
    assertEquals(a.get("objective_history"), b.get("objective_history"));
    assertFalse(a.get("objective_history").get(0).equals(c.get("objective_history").get(0)));
  }

  @ParameterizedTest
  @EnumSource(value = InitMode.class, names = {"KMEANS_PLUS_PLUS", "KMEANS_PARALLEL"})
  void wellSeparatedBlobsAreRecovered(InitMode init) throws Exception {
    SeededData.Blobs blobs = SeededData.blobs(2000, 6, 5, 0.3, 99);
    List<String> predicted = harness(blobs.rows(), 5).set(KMeansSettings.INIT, init).run()
        .predictions();
    Map<Integer, String> clusterOfBlob = new HashMap<>();
    for (int i = 0; i < blobs.rows().length; i++) {
      String previous = clusterOfBlob.putIfAbsent(blobs.labels()[i], predicted.get(i));
      if (previous != null) {
        assertEquals(previous, predicted.get(i), "blob " + blobs.labels()[i] + " split");
      }
    }
    assertEquals(5, new java.util.HashSet<>(clusterOfBlob.values()).size());
  }

  @Test
  void savedModelPredictsTheTrainingAssignments() throws Exception {
    double[][] rows = SeededData.blobs(1500, 3, 4, 2.0, 3).rows();
    Path csv = tmp.resolve("rows.csv");
    DataFiles.writeCsv(csv, null, rows);
    Path out = tmp.resolve("out");
    Cli cli = Cli.run("kmeans", "--input", csv.toString(), "--k", "4", "--output",
        out.toString(), "--predictions", "--block-bytes", "2048");
    assertEquals(0, cli.exit, cli.err);
    KMeansModel model = (KMeansModel) Models.load(new Configuration(), out.toString());
    int[] trained = KMeansFiles.predictions(out.resolve("predictions.csv"));
    assertEquals(rows.length, trained.length);
    for (int i = 0; i < rows.length; i++) {
      assertEquals(trained[i], model.predict(rows[i]), "row " + i);
    }
    KMeansModel reloaded = (KMeansModel) new KMeansModelFormat().fromJson(model.toJson());
    assertEquals(model.toJson(), reloaded.toJson());
  }

  @Test
  void unlimitedIterationCapStillTerminates() throws Exception {
    double[][] rows = SeededData.blobs(800, 2, 6, 5.0, 4).rows();
    JsonNode s = harness(rows, 6).set(KMeansSettings.MAX_ITERATIONS.key(), "unlimited")
        .set(KMeansSettings.TOLERANCE, 0.0).set(KMeansSettings.INIT, InitMode.RANDOM).run()
        .summary();
    assertEquals("converged", s.get("stop_reason").asText());
    JsonNode last = s.get("shift_history").get(s.get("shift_history").size() - 1);
    assertEquals(0.0, last.asDouble(), 0);
  }

  @Test
  void iterationCapStopsWithMaxIterations() throws Exception {
    double[][] rows = SeededData.blobs(800, 2, 6, 5.0, 4).rows();
    JsonNode s = harness(rows, 6).set(KMeansSettings.MAX_ITERATIONS.key(), "2")
        .set(KMeansSettings.TOLERANCE, 0.0).set(KMeansSettings.INIT, InitMode.RANDOM).run()
        .summary();
    assertEquals("max-iterations", s.get("stop_reason").asText());
    assertEquals(2, s.get("iterations").asInt());
    assertEquals(3, s.get("objective_history").size());
  }

  private Path farInit() throws Exception {
    Path init = tmp.resolve("init.csv");
    Files.writeString(init, "0,0\n10,10\n1000,1000\n");
    return init;
  }

  private static double[][] twoGroups() {
    double[][] rows = new double[40][];
    for (int i = 0; i < 40; i++) {
      rows[i] = i < 20 ? new double[] {i * 0.01, 0} : new double[] {10 + (i - 20) * 0.01, 10};
    }
    rows[39] = new double[] {10, 30}; // the farthest row from its centroid
    return rows;
  }

  @Test
  void emptyClusterIsReseededFromFarthestPoint() throws Exception {
    JsonNode s = harness(twoGroups(), 3).set(KMeansSettings.INIT_CENTROIDS.key(),
        farInit().toString()).run().summary();
    assertEquals(1, s.get("empty_cluster_events").size(), s.toString());
    assertTrue(s.get("empty_cluster_events").get(0).asText()
        .startsWith("iteration 1: cluster 2 was empty; re-seeded at the row farthest"));
    for (JsonNode size : s.get("cluster_sizes")) {
      assertTrue(size.asLong() > 0, s.get("cluster_sizes").toString());
    }
  }

  @Test
  void keepPolicyLeavesAnEmptyClusterInPlace() throws Exception {
    LocalHarness.Result r = harness(twoGroups(), 3)
        .set(KMeansSettings.INIT_CENTROIDS.key(), farInit().toString())
        .set(KMeansSettings.EMPTY_CLUSTERS, EmptyClusterPolicy.KEEP).run();
    assertEquals(0, r.summary().get("cluster_sizes").get(2).asLong());
    assertArrayEquals(new double[] {1000, 1000}, ((KMeansModel) r.model()).centroid(2), 0);
  }

  @Test
  void cosineCentroidsAreUnitVectorsAndDirectionsCluster() throws Exception {
    double[][] rows = new double[60][];
    for (int i = 0; i < 60; i++) {
      double scale = 1 + i % 7;
      rows[i] = i < 30 ? new double[] {scale, 0.1 * scale * ((i % 3) - 1) * 0.1}
          : new double[] {0.01 * ((i % 3) - 1), scale};
    }
    LocalHarness.Result r = harness(rows, 2).set(KMeansSettings.DISTANCE, DistanceMeasure.COSINE)
        .set(KMeansSettings.INIT, InitMode.KMEANS_PLUS_PLUS).run();
    KMeansModel model = (KMeansModel) r.model();
    for (int j = 0; j < 2; j++) {
      double[] c = model.centroid(j);
      assertEquals(1.0, Math.sqrt(c[0] * c[0] + c[1] * c[1]), 1e-12);
    }
    List<String> p = r.predictions();
    for (int i = 0; i < 60; i++) {
      assertEquals(p.get(i < 30 ? 0 : 30), p.get(i), "row " + i);
    }
    assertTrue(r.summary().get("objective").asDouble() < 0.01);
  }

  @Test
  void sparseInputGivesTheSameModelAsDenseInput() throws Exception {
    double[][] rows = SeededData.blobs(600, 5, 3, 1.0, 12).rows();
    for (double[] row : rows) {
      row[1] = 0; // a column of zeros the sparse file leaves out
    }
    Path dense = tmp.resolve("d.csv");
    DataFiles.writeCsv(dense, null, rows);
    StringBuilder libsvm = new StringBuilder();
    for (double[] row : rows) {
      libsvm.append('0');
      for (int t = 0; t < row.length; t++) {
        if (row[t] != 0) {
          libsvm.append(' ').append(t + 1).append(':').append(row[t]);
        }
      }
      libsvm.append('\n');
    }
    Path sparse = tmp.resolve("s.libsvm");
    Files.writeString(sparse, libsvm);
    Path init = tmp.resolve("init.csv");
    DataFiles.writeCsv(init, null, java.util.Arrays.copyOf(rows, 3));
    assertEquals(0, Cli.run("kmeans", "--input", dense.toString(), "--k", "3",
        "--init-centroids", init.toString(), "--output", tmp.resolve("od").toString()).exit);
    assertEquals(0, Cli.run("kmeans", "--input", sparse.toString(), "--format", "libsvm",
        "--k", "3", "--init-centroids", init.toString(), "--output",
        tmp.resolve("os").toString()).exit);
    double[][] a = KMeansFiles.centroids(Cli.json(tmp.resolve("od/model.json")));
    double[][] b = KMeansFiles.centroids(Cli.json(tmp.resolve("os/model.json")));
    for (int j = 0; j < 3; j++) {
      assertArrayEquals(a[j], b[j], 1e-9);
    }
  }
}
