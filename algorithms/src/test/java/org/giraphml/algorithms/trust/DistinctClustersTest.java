package org.giraphml.algorithms.trust;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import org.giraphml.testing.Cli;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Fewer distinct points than k: every seeding mode says so (a warning worded after
 * scikit-learn's) and summary.json records {@code distinct_clusters}; ordinary data has k.
 */
class DistinctClustersTest {
  @TempDir
  Path tmp;

  private JsonNode kmeans(String data, String... options) throws Exception {
    Cli cli = CsvJob.run(tmp, "kmeans", data, options);
    assertEquals(0, cli.exit, cli.err);
    return Cli.json(tmp.resolve("out/summary.json"));
  }

  private static void assertDistinct(JsonNode s, int distinct, int k, int centroids) {
    assertEquals(distinct, s.get("distinct_clusters").asInt(), s.toString());
    assertEquals(1, s.get("warnings").size(), s.toString());
    assertEquals("number of distinct clusters (" + distinct + ") found smaller than k (" + k
        + "): " + (k - distinct) + " cluster(s) hold no rows and only " + centroids + " of the "
        + k + " centroids differ. Possibly due to duplicate rows (the data may have fewer than "
        + "k distinct points)", s.get("warnings").get(0).asText());
  }

  @ParameterizedTest
  @ValueSource(strings = {"random", "kmeans++", "kmeans||"})
  void duplicateRowsWithFewerDistinctPointsThanKAreReported(String init) throws Exception {
    // Two distinct points, three rows each; k = 3 can find only 2 clusters.
    JsonNode s = kmeans("0,0\n0,0\n0,0\n5,5\n5,5\n5,5\n", "--k", "3", "--init", init);
    assertDistinct(s, 2, 3, 2);
    assertEquals(0, s.get("objective").asDouble(), 0);
  }

  @ParameterizedTest
  @ValueSource(strings = {"random", "kmeans++", "kmeans||"})
  void identicalRowsMakeOneCluster(String init) throws Exception {
    JsonNode s = kmeans("1,2\n1,2\n1,2\n1,2\n", "--k", "2", "--init", init);
    assertDistinct(s, 1, 2, 1);
    assertTrue(s.get("empty_cluster_events").toString().contains("every row sits on a centroid"),
        s.toString());
  }

  @ParameterizedTest
  @ValueSource(strings = {"random", "kmeans++", "kmeans||"})
  void distinctPointsGiveKClustersAndNoWarning(String init) throws Exception {
    JsonNode s = kmeans("0,0\n0,1\n5,5\n5,6\n9,0\n9,1\n", "--k", "3", "--init", init);
    assertEquals(3, s.get("distinct_clusters").asInt(), s.toString());
    assertEquals(0, s.get("warnings").size(), s.toString());
  }

  @ParameterizedTest
  @ValueSource(strings = {"0,0\n0,0\n", "0,0\n7,7\n"})
  void initialCentroidsFromAFileAreCountedToo(String centroids) throws Exception {
    Path file = tmp.resolve("init.csv");
    Files.writeString(file, centroids);
    // Rows all at (0, 0): with (0,0) twice both centroids coincide; with (7,7) one is empty
    // and nothing can re-seed it. Either way one cluster holds the rows.
    JsonNode s = kmeans("0,0\n0,0\n0,0\n", "--k", "2", "--init-centroids", file.toString());
    assertEquals(1, s.get("distinct_clusters").asInt(), s.toString());
    assertTrue(s.get("warnings").get(0).asText().startsWith(
        "number of distinct clusters (1) found smaller than k (2): 1 cluster(s) hold no rows"),
        s.toString());
  }
}
