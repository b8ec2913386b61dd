package org.giraphml.algorithms.kmeans;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.giraphml.testing.Cli;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Weighted k-means through the real command line, on both engines and with 1 and 3 workers,
 * against numpy: src/test/resources/weighted/weighted_kmeans_reference.py runs weighted Lloyd
 * from the same initial centroids on the same file and printed the constants below.
 */
class WeightedKMeansCliTest {
  private static final double[][] CENTROIDS = {{0.46875, 0.90625},
      {4.981481481481482, 5.231481481481482}, {8.75, 0.9565217391304348}};
  private static final double INERTIA = 5.539188305152979;
  private static final double[] CLUSTER_WEIGHTS = {4.0, 6.75, 5.75};
  private static final int[] ASSIGNMENT = {0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2};

  @TempDir
  Path tmp;

  private static Path resource(String name) throws URISyntaxException {
    return Path.of(WeightedKMeansCliTest.class.getResource("/weighted/" + name).toURI());
  }

  private Cli train(String name, String... more) throws Exception {
    String[] common = {"kmeans", "--input", resource("points.csv").toString(), "--k", "3",
        "--label-column", "0", "--weight-column", "3", "--init-centroids",
        resource("init.csv").toString(), "--output", tmp.resolve(name).toString()};
    String[] args = java.util.Arrays.copyOf(common, common.length + more.length);
    System.arraycopy(more, 0, args, common.length, more.length);
    Cli cli = Cli.run(args);
    assertEquals(0, cli.exit, cli.err);
    return cli;
  }

  @Test
  void weightedCentroidsAndInertiaEqualNumpyOnBothEnginesAndAnyWorkerCount() throws Exception {
    train("one", "--workers", "1");
    train("three", "--workers", "3", "--split-bytes", "4096", "--block-bytes", "1024");
    train("giraph", "--engine", "giraph", "--workers", "3");
    byte[] model = Files.readAllBytes(tmp.resolve("one/model.json"));
    assertArrayEquals(model, Files.readAllBytes(tmp.resolve("three/model.json")));
    assertArrayEquals(model, Files.readAllBytes(tmp.resolve("giraph/model.json")));

    double[][] c = KMeansFiles.centroids(Cli.json(tmp.resolve("one/model.json")));
    for (int j = 0; j < CENTROIDS.length; j++) {
      for (int t = 0; t < 2; t++) {
        assertEquals(CENTROIDS[j][t], c[j][t], 1e-12 * Math.abs(CENTROIDS[j][t]));
      }
    }
    for (String run : new String[] {"one", "three", "giraph"}) {
      JsonNode s = Cli.json(tmp.resolve(run + "/summary.json"));
      assertEquals(INERTIA, s.get("objective").asDouble(), 1e-12 * INERTIA, run);
      for (int j = 0; j < 3; j++) {
        assertEquals(CLUSTER_WEIGHTS[j], s.get("cluster_weights").get(j).asDouble(), 1e-12);
      }
      assertEquals(16.5, s.get("total_weight").asDouble(), 0);
      assertEquals("3", s.get("input").get("weight_column").asText());
      assertEquals(16.5, s.get("input").get("total_weight").asDouble(), 0);
      assertTrue(s.get("warnings").toString().contains("computed unweighted"), run);
    }
  }

  @Test
  void predictTakesTheSameWeightColumnAndLeavesItOutOfTheFeatures() throws Exception {
    train("model");
    Cli predict = Cli.run("predict", "--model", tmp.resolve("model").toString(), "--input",
        resource("points.csv").toString(), "--label-column", "0", "--weight-column", "3",
        "--output", tmp.resolve("p").toString());
    assertEquals(0, predict.exit, predict.err);
    assertArrayEquals(ASSIGNMENT, KMeansFiles.predictions(tmp.resolve("p/predictions.csv")));
  }

  @Test
  void everyRowOfWeightZeroIsRefusedBeforeTraining() throws Exception {
    Path zero = tmp.resolve("zero.csv");
    Files.writeString(zero, "1,2,0\n3,4,0\n5,6,0\n");
    Cli cli = Cli.run("kmeans", "--input", zero.toString(), "--k", "2", "--weight-column", "2",
        "--output", tmp.resolve("z").toString());
    assertEquals(1, cli.err.lines().filter(l -> l.contains("error")).count(), cli.err);
    assertTrue(cli.err.contains("every row has weight 0"), cli.err);
    assertTrue(cli.exit != 0);
  }
}
