package org.giraphml.algorithms.kmeans;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.giraphml.testing.Cli;
import org.giraphml.testing.DataFiles;
import org.giraphml.testing.SeededData;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code kmeans --init-model DIR}, through the command line: a run continued from a saved model
 * computes what one longer run computes, bit for bit, on either engine and any number of
 * workers; a model that cannot seed the run is refused before the job starts.
 */
class KMeansWarmStartTest {
  @TempDir
  Path tmp;
  private Path data;

  /** Eight overlapping blobs: Lloyd from random seeds needs well over ten iterations. */
  @BeforeEach
  void writeData() throws Exception {
    data = DataFiles.writeCsv(tmp.resolve("blobs.csv"), "a,b,c",
        SeededData.blobs(3000, 3, 8, 4.0, 5).rows());
  }

  /**
   * k-means with k = 8 unless {@code more} gives --k, on blocks of the same rows whatever the
   * engine and number of workers (blocks decide the order of summation).
   */
  private Cli kmeans(String output, String... more) throws Exception {
    String[] base = {"kmeans", "--input", data.toString(), "--output",
        tmp.resolve(output).toString(), "--split-bytes", "40000", "--block-bytes", "8192"};
    String[] k = Stream.of(more).anyMatch("--k"::equals) ? new String[0]
        : new String[] {"--k", "8"};
    return Cli.run(concat(concat(base, k), more));
  }

  private JsonNode model(String output) throws Exception {
    return Cli.json(tmp.resolve(output).resolve("model.json"));
  }

  private JsonNode summary(String output) throws Exception {
    return Cli.json(tmp.resolve(output).resolve("summary.json"));
  }

  @Test
  void startingFromAConvergedModelStopsAfterOneIterationWithTheSameCentroids() throws Exception {
    Cli cold = kmeans("cold", "--init", "random", "--max-iterations", "unlimited",
        "--tolerance", "0");
    assertEquals(0, cold.exit, cold.err);
    assertEquals("converged", summary("cold").get("stop_reason").asText());
    assertTrue(summary("cold").get("iterations").asInt() > 2);

    Cli warm = kmeans("warm", "--init-model", tmp.resolve("cold").toString(), "--tolerance", "0");
    assertEquals(0, warm.exit, warm.err);
    assertEquals(1, summary("warm").get("iterations").asInt());
    assertEquals("converged", summary("warm").get("stop_reason").asText());
    assertEquals(model("cold").get("centroids"), model("warm").get("centroids"));
    assertEquals(summary("cold").get("objective"), summary("warm").get("objective"));
    JsonNode training = model("warm").get("training");
    assertEquals("model", training.get("init").asText());
    assertEquals(tmp.resolve("cold").toString(), training.get("init_model").asText());
    // A warm-started model is an ordinary model: predict applies it.
    Cli predict = Cli.run("predict", "--model", tmp.resolve("warm").toString(), "--input",
        data.toString(), "--output", tmp.resolve("predicted").toString());
    assertEquals(0, predict.exit, predict.err);
    assertEquals(3001, Files.readAllLines(tmp.resolve("predicted/predictions.csv")).size());
  }

  @Test
  void fiveIterationsThenFiveMoreEqualTenInOneRunOnAnyWorkerCount() throws Exception {
    String[] common = {"--init", "random", "--seed", "3", "--tolerance", "0"};
    assertEquals(0, kmeans("ten", concat(common, "--max-iterations", "10")).exit);
    assertEquals("max-iterations", summary("ten").get("stop_reason").asText(),
        "ten iterations must not converge, or the comparison below proves little");
    assertEquals(0, kmeans("five", concat(common, "--max-iterations", "5")).exit);
    for (String workers : new String[] {"1", "3"}) {
      String out = "five-more-" + workers;
      Cli more = kmeans(out, "--init-model", tmp.resolve("five").toString(), "--tolerance", "0",
          "--max-iterations", "5", "--workers", workers);
      assertEquals(0, more.exit, more.err);
      assertEquals(model("ten").get("centroids"), model(out).get("centroids"), workers);
      assertEquals(summary("ten").get("objective"), summary(out).get("objective"), workers);
      // Its first assignment is to the saved centroids: the saved model's inertia, to the bit.
      assertEquals(summary("five").get("objective"),
          summary(out).get("objective_history").get(0), workers);
    }
    assertFalse(model("five").get("centroids").equals(model("ten").get("centroids")));
  }

  @Test
  void theGiraphEngineContinuesAModelAsTheEmbeddedOneDoes() throws Exception {
    String[] common = {"--init", "random", "--seed", "3", "--tolerance", "0"};
    assertEquals(0, kmeans("ten", concat(common, "--max-iterations", "10")).exit);
    assertEquals(0, kmeans("five", concat(common, "--max-iterations", "5")).exit);
    Cli giraph = kmeans("giraph", "--init-model", tmp.resolve("five").toString(),
        "--tolerance", "0", "--max-iterations", "5", "--engine", "giraph", "--workers", "2");
    assertEquals(0, giraph.exit, giraph.err);
    assertEquals(model("ten").get("centroids"), model("giraph").get("centroids"));
    assertEquals(tmp.resolve("five").toString(),
        model("giraph").get("training").get("init_model").asText());
  }

  @Test
  void aModelThatCannotSeedTheRunIsRefusedInOneLineAndNothingIsWritten() throws Exception {
    assertEquals(0, kmeans("k8", "--max-iterations", "2").exit);
    String k8 = tmp.resolve("k8").toString();
    Path narrow = DataFiles.writeCsv(tmp.resolve("narrow.csv"), null,
        new double[][] {{1, 2}, {3, 4}, {5, 6}, {7, 8}, {9, 10}, {11, 12}, {13, 14}, {15, 16}});
    Path labelled = DataFiles.writeLabelledCsv(tmp.resolve("lab.csv"),
        new double[][] {{1, 2, 3}, {2, 1, 0}, {3, 5, 1}, {4, 4, 4}}, new double[] {1, 2, 3, 5});
    assertEquals(0, Cli.run("linreg", "--input", labelled.toString(), "--label-column", "3",
        "--output", tmp.resolve("lin").toString()).exit);

    refused(kmeans("x", "--init-model", tmp.resolve("lin").toString()),
        "lin/model.json: is a linreg model; kmeans starts only from a kmeans model "
            + "(giraphml.kmeans.init-model)");
    refused(kmeans("x", "--init-model", k8, "--k", "5"),
        "has k = 8 centroids but --k is 5; give --k 8");
    refused(kmeans("x", "--init-model", k8, "--distance", "cosine"),
        "was trained with --distance euclidean but this run uses cosine");
    refused(Cli.run("kmeans", "--input", narrow.toString(), "--k", "8", "--init-model", k8,
        "--output", tmp.resolve("x").toString()),
        "has 3 features but the input has 2 (2 columns)");
    // The same columns under other names: another table. Without a header: not known, taken.
    Path renamed = DataFiles.writeCsv(tmp.resolve("renamed.csv"), "a,b,z",
        SeededData.blobs(100, 3, 8, 4.0, 5).rows());
    refused(Cli.run("kmeans", "--input", renamed.toString(), "--k", "8", "--init-model", k8,
        "--output", tmp.resolve("x").toString()),
        "was trained on other features: feature 2 (0-based) is 'c' there but 'z' in the input");
    assertEquals(List.of("a", "b", "c"), names(model("k8").get("training").get("feature_names")));
    Path headerless = DataFiles.writeCsv(tmp.resolve("headerless.csv"), null,
        SeededData.blobs(100, 3, 8, 4.0, 5).rows());
    assertEquals(0, Cli.run("kmeans", "--input", headerless.toString(), "--k", "8",
        "--init-model", k8, "--output", tmp.resolve("headerless").toString()).exit);
    refused(kmeans("x", "--init-model", k8, "--init", "kmeans++"),
        "--init-model gives the first centroids, so it excludes --init and --init-centroids");
    refused(kmeans("x", "--init-model", k8, "--init-centroids", data.toString()),
        "excludes --init and --init-centroids");
  }

  /** LIBSVM input tells its number of features only when read: checked then (exit 1). */
  @Test
  void sparseInputIsCheckedWhenItsWidthIsKnown() throws Exception {
    Path three = Files.writeString(tmp.resolve("3.libsvm"), "1 1:1 2:2\n0 1:3 3:1\n1 2:5 3:2\n");
    Path four = Files.writeString(tmp.resolve("4.libsvm"), "1 1:1 4:2\n0 1:3 3:1\n1 2:5\n");
    assertEquals(0, Cli.run("kmeans", "--format", "libsvm", "--input", three.toString(),
        "--k", "2", "--output", tmp.resolve("m").toString()).exit);
    Cli cli = Cli.run("kmeans", "--format", "libsvm", "--input", four.toString(), "--k", "2",
        "--init-model", tmp.resolve("m").toString(), "--output", tmp.resolve("x").toString());
    assertEquals(1, cli.exit, cli.err);
    assertTrue(cli.err.contains("m/model.json: has 3 features but the input has 4"), cli.err);
    assertFalse(Files.exists(tmp.resolve("x")), "nothing written");
  }

  private void refused(Cli cli, String message) {
    assertEquals(2, cli.exit, cli.err);
    assertTrue(cli.err.contains(message), cli.err);
    assertEquals(1, cli.err.strip().lines().count(), cli.err);
    assertFalse(Files.exists(tmp.resolve("x")), "nothing written");
  }

  private static List<String> names(JsonNode array) {
    List<String> out = new java.util.ArrayList<>();
    array.forEach(n -> out.add(n.asText()));
    return out;
  }

  private static String[] concat(String[] a, String... b) {
    return Stream.concat(Stream.of(a), Stream.of(b)).toArray(String[]::new);
  }
}
