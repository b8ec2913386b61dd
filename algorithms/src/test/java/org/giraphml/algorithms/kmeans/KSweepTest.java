package org.giraphml.algorithms.kmeans;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.giraphml.testing.Cli;
import org.giraphml.testing.DataFiles;
import org.giraphml.testing.SeededData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code kmeans --k 2..12}: every k of a sweep trained in one job equals a separate
 * {@code --k K} run with the same seed and options (model.json and the run's figures, bit for
 * bit), on both engines and any number of workers; the sweep's table and best k; predict on a
 * sub-model.
 */
class KSweepTest {
  /** Summary figures of one k that must equal the separate run's. */
  private static final List<String> SAME = List.of("rows", "iterations", "stop_reason",
      "objective", "objective_history", "shift_history", "rows_moved_history", "cluster_sizes",
      "silhouette", "calinski_harabasz", "davies_bouldin", "warnings");

  @TempDir
  Path tmp;

  private Path blobs() throws Exception {
    // 4 seeded Gaussian blobs in 3 dimensions, close enough for k > 4 to split them unevenly.
    return DataFiles.writeCsv(tmp.resolve("blobs.csv"), "a,b,c",
        SeededData.blobs(800, 3, 4, 2.5, 23).rows());
  }

  private Cli kmeans(Path input, String out, String... more) throws Exception {
    String[] base = {"kmeans", "--input", input.toString(), "--output",
        tmp.resolve(out).toString(), "--split-bytes", "8000", "--block-bytes", "2048"};
    Cli cli = Cli.run(Stream.concat(Stream.of(base), Stream.of(more)).toArray(String[]::new));
    return cli;
  }

  /** Runs every k alone and compares it with the sweep's sub-model in {@code sweep}. */
  private void assertEachKEqualsSeparateRun(Path input, String sweep, int[] ks, String... options)
      throws Exception {
    for (int k : ks) {
      String alone = "alone-" + k;
      String[] args = Stream.concat(Stream.of(options), Stream.of("--k", Integer.toString(k)))
          .toArray(String[]::new);
      Cli single = kmeans(input, alone, args);
      assertEquals(0, single.exit, single.err);
      JsonNode expected = Cli.json(tmp.resolve(alone + "/model.json"));
      JsonNode actual = Cli.json(tmp.resolve(sweep + "/k=" + k + "/model.json"));
      assertEquals(expected, actual, "model.json of k=" + k);
      JsonNode es = Cli.json(tmp.resolve(alone + "/summary.json"));
      JsonNode as = Cli.json(tmp.resolve(sweep + "/k=" + k + "/summary.json"));
      for (String field : SAME) {
        assertEquals(es.get(field), as.get(field), field + " of k=" + k);
      }
    }
  }

  @Test
  void everyKOfABlobsSweepEqualsItsSeparateRunAndStopsOnItsOwn() throws Exception {
    Path data = blobs();
    String[] options = {"--max-iterations", "6", "--seed", "11", "--workers", "3"};
    Cli sweep = kmeans(data, "sweep", concat(options, "--k", "2..7"));
    assertEquals(0, sweep.exit, sweep.err);
    assertEachKEqualsSeparateRun(data, "sweep", new int[] {2, 3, 4, 5, 6, 7}, options);

    JsonNode table = Cli.json(tmp.resolve("sweep/summary.json")).get(SweepTable.TABLE);
    assertEquals(6, table.size());
    Set<String> reasons = new HashSet<>();
    table.forEach(row -> reasons.add(row.get("stop_reason").asText()));
    assertEquals(Set.of("converged", "max-iterations"), reasons,
        "some k converge while others run to the cap: " + table);
  }

  @Test
  void everyKOfAnIrisSweepOnTheGiraphEngineEqualsItsSeparateRun() throws Exception {
    Path iris = KMeansIrisTest.IRIS;
    String[] options = {"--init", "kmeans++", "--seed", "5", "--workers", "2", "--engine",
        "giraph"};
    Cli sweep = kmeans(iris, "sweep", concat(options, "--k", "2,3,5"));
    assertEquals(0, sweep.exit, sweep.err);
    // The separate runs on the embedded engine: the engines agree bit for bit too.
    assertEachKEqualsSeparateRun(iris, "sweep", new int[] {2, 3, 5},
        "--init", "kmeans++", "--seed", "5", "--workers", "1");
    try (Stream<Path> files = Files.list(tmp.resolve("sweep"))) {
      assertEquals(List.of("_GIRAPHML", "k=2", "k=3", "k=5", "report.html", "summary.json"),
          files.map(p -> p.getFileName().toString()).sorted().toList());
    }
  }

  @Test
  void oneAndThreeWorkersAndBothEnginesGiveTheSameSweep() throws Exception {
    Path data = blobs();
    Cli one = kmeans(data, "one", "--k", "3..5", "--workers", "1");
    Cli three = kmeans(data, "three", "--k", "3..5", "--workers", "3");
    Cli giraph = kmeans(data, "giraph", "--k", "3..5", "--workers", "3", "--engine", "giraph");
    assertEquals(0, one.exit, one.err);
    assertEquals(0, three.exit, three.err);
    assertEquals(0, giraph.exit, giraph.err);
    for (String other : List.of("three", "giraph")) {
      for (int k = 3; k <= 5; k++) {
        assertArrayEquals(Files.readAllBytes(tmp.resolve("one/k=" + k + "/model.json")),
            Files.readAllBytes(tmp.resolve(other + "/k=" + k + "/model.json")),
            other + " k=" + k);
      }
      assertEquals(Cli.json(tmp.resolve("one/summary.json")).get(SweepTable.TABLE),
          Cli.json(tmp.resolve(other + "/summary.json")).get(SweepTable.TABLE), other);
    }
  }

  @Test
  void tableMarksTheKWithTheLargestSilhouetteAndPredictReadsASubModel() throws Exception {
    Path data = blobs();
    Cli sweep = kmeans(data, "sweep", "--k", "2..6");
    assertEquals(0, sweep.exit, sweep.err);
    JsonNode summary = Cli.json(tmp.resolve("sweep/summary.json"));
    int best = 0;
    double bestScore = Double.NEGATIVE_INFINITY;
    for (JsonNode row : summary.get(SweepTable.TABLE)) {
      assertEquals("k=" + row.get("k").asInt(), row.get("model").asText());
      if (row.get("silhouette").asDouble() > bestScore) {
        bestScore = row.get("silhouette").asDouble();
        best = row.get("k").asInt();
      }
    }
    assertEquals(4, best, "four blobs: the silhouette peaks at k = 4");
    assertEquals(best, summary.get(SweepTable.BEST).asInt());
    assertEquals(800, summary.get("input").get("rows").asLong());
    assertTrue(sweep.out.contains("\n *     4  "), sweep.out);
    assertTrue(sweep.out.contains("best k by silhouette: 4 (model in k=4)"), sweep.out);

    Cli predict = Cli.run("predict", "--model", tmp.resolve("sweep/k=4").toString(), "--input",
        data.toString(), "--output", tmp.resolve("predict").toString());
    assertEquals(0, predict.exit, predict.err);
    Cli alone = kmeans(data, "alone", "--k", "4", "--predictions");
    assertEquals(0, alone.exit, alone.err);
    assertArrayEquals(KMeansFiles.predictions(tmp.resolve("alone/predictions.csv")),
        KMeansFiles.predictions(tmp.resolve("predict/predictions.csv")));

    // The sweep's own directory holds no model.json: the refusal points at the sub-models.
    Cli whole = Cli.run("predict", "--model", tmp.resolve("sweep").toString(), "--input",
        data.toString(), "--output", tmp.resolve("predict2").toString());
    assertEquals(1, whole.exit, whole.err);
    assertTrue(whole.err.contains("holds a k sweep; give one k's model, e.g. "
        + tmp.resolve("sweep/k=2") + " (k=2, k=3, k=4, k=5, k=6)"), whole.err);
  }

  @Test
  void badSweepsAreOneLineUsageErrorsAndWriteNothing() throws Exception {
    Path data = Files.writeString(tmp.resolve("d.csv"), "1,2\n3,4\n5,6\n7,8\n");
    Path centroids = Files.writeString(tmp.resolve("c.csv"), "1,2\n3,4\n");
    String[][] cases = {
        {"--k", "1..4"}, {"--k", "4..3"}, {"--k", "3..3"}, {"--k", "2,4,4"}, {"--k", "4,2"},
        {"--k", "2..70"}, {"--k", "2..x"}, {"--k", "2,,4"}, {"--k", ".."},
        {"--k", "2..3", "--init-centroids", centroids.toString()},
        {"--k", "2..3", "--predictions"}};
    String[] expected = {
        "--k: every k of a sweep must be in [2, 1000000], got 1..4 (giraphml.kmeans.k)",
        "--k: a range a..b needs a < b, got 4..3",
        "--k: a range a..b needs a < b, got 3..3",
        "--k: a list of k must be strictly ascending (4 after 4), got 2,4,4",
        "--k: a list of k must be strictly ascending (2 after 4), got 4,2",
        "--k: a sweep has at most 64 values, this range has 69, got 2..70",
        "--k: must be a whole number, a range a..b or a list a,b,c of whole numbers, got 2..x",
        "--k: must be a whole number, a range a..b or a list a,b,c of whole numbers, got 2,,4",
        "--k: must be a whole number, a range a..b or a list a,b,c of whole numbers, got ..",
        "--k 2..3 is a sweep of several k; --init-centroids gives the centroids of one k",
        "--k 2..3 is a sweep of several k; --predictions is for one model"};
    for (int i = 0; i < cases.length; i++) {
      Cli cli = kmeans(data, "out", cases[i]);
      assertEquals(2, cli.exit, String.join(" ", cases[i]) + ": " + cli.err);
      assertEquals(1, cli.err.strip().lines().count(), cli.err);
      assertTrue(cli.err.contains(expected[i]), cli.err);
      assertFalse(Files.exists(tmp.resolve("out")));
    }
    Cli tooMany = kmeans(data, "out", "--k", "2..5");
    assertEquals(1, tooMany.exit, tooMany.err);
    assertTrue(tooMany.err.contains("k = 5 is larger than the number of rows (4)"), tooMany.err);
    assertFalse(Files.exists(tmp.resolve("out")));
  }

  private static String[] concat(String[] a, String... b) {
    return Stream.concat(Stream.of(a), Stream.of(b)).toArray(String[]::new);
  }
}
