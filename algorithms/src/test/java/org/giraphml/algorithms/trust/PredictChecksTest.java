package org.giraphml.algorithms.trust;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.giraphml.testing.Cli;
import org.giraphml.testing.TreeSnapshot;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code predict} checks every row as training does: the same {@code file:line} messages for
 * rows the model cannot use, and with {@code --skip-invalid} the same skipping, counted in the
 * summary, with the remaining rows keeping their input row numbers in predictions.csv.
 */
class PredictChecksTest {
  @TempDir
  Path tmp;

  private Path train(String data, String... options) throws Exception {
    Path file = Files.writeString(tmp.resolve("train.csv"), data);
    Path model = tmp.resolve("model");
    List<String> args = new java.util.ArrayList<>(List.of("kmeans", "--input", file.toString(),
        "--k", "2", "--output", model.toString()));
    args.addAll(List.of(options));
    Cli cli = Cli.run(args.toArray(new String[0]));
    assertEquals(0, cli.exit, cli.err);
    return model;
  }

  private Cli predict(Path model, Path input, String... options) throws Exception {
    List<String> args = new java.util.ArrayList<>(List.of("predict", "--model", model.toString(),
        "--input", input.toString(), "--output", tmp.resolve("pred").toString()));
    args.addAll(List.of(options));
    return Cli.run(args.toArray(new String[0]));
  }

  private static final String DIRECTIONS = "1,0\n2,0.1\n3,-0.1\n0,1\n0.1,2\n-0.1,3\n";
  private static final String ZEROS = "1,0\n0,0\n0,5\n0,0\n";
  private static final String ZERO_ROWS =
      "2 row(s) are all zeros, for which cosine distance is undefined; the first is ";

  @Test
  void aFeatureCountOneOverTheModelNamesBothFilesAndSuggestsTheLabelColumn() throws Exception {
    Path model = train(DIRECTIONS);
    Path input = Files.writeString(tmp.resolve("labelled.csv"), "1,0,7\n0,1,8\n");
    TreeSnapshot before = TreeSnapshot.of(tmp);
    Cli cli = predict(model, input);
    assertEquals(1, cli.exit, cli.err);
    assertEquals("giraph-ml predict: error: --input " + input + " has 3 features (3 columns) but"
        + " the model " + model + " has 2; if one column is the label (or a sample weight),"
        + " give --label-column N (or --weight-column N; 0-based) to leave it out of the"
        + " features\n", cli.err);
    assertEquals(before, TreeSnapshot.of(tmp));
  }

  @Test
  void aLabelColumnTheModelReadsAsAFeatureIsNamed() throws Exception {
    Path model = train(DIRECTIONS);
    Path input = Files.writeString(tmp.resolve("new.csv"), "1,0\n0,1\n");
    Cli cli = predict(model, input, "--label-column", "1");
    assertEquals(1, cli.exit, cli.err);
    assertEquals("giraph-ml predict: error: --input " + input + " has 1 feature (2 columns, one"
        + " of them the label) but the model " + model + " has 2; --label-column 1 leaves that"
        + " column out of the features, but the model was trained on all 2 columns\n", cli.err);
  }

  @Test
  void aCosineModelRefusesRowsOfZerosLikeTrainingDoesNamingTheFirst() throws Exception {
    Path model = train(DIRECTIONS, "--distance", "cosine");
    Path input = Files.writeString(tmp.resolve("new.csv"), ZEROS);
    TreeSnapshot before = TreeSnapshot.of(tmp);
    Cli cli = predict(model, input);
    assertEquals(1, cli.exit, cli.err);
    assertEquals("giraph-ml predict: error: " + ZERO_ROWS + "file:" + input + ":2. Remove them: "
        + "a model trained with cosine distance cannot place them\n", cli.err);
    assertEquals(before, TreeSnapshot.of(tmp));
    // training on the same rows says the same
    Cli training = Cli.run("kmeans", "--input", input.toString(), "--k", "2", "--distance",
        "cosine", "--output", tmp.resolve("again").toString());
    assertEquals(1, training.exit, training.err);
    assertTrue(training.err.startsWith("giraph-ml kmeans: error: " + ZERO_ROWS + "file:" + input
        + ":2."), training.err);
  }

  @Test
  void theGiraphEngineRefusesRowsOfZerosWithTheSameMessage() throws Exception {
    Path model = train(DIRECTIONS, "--distance", "cosine");
    Path input = Files.writeString(tmp.resolve("new.csv"), ZEROS);
    TreeSnapshot before = TreeSnapshot.of(tmp);
    // A failed local Giraph job ends its JVM: run it in a JVM of its own.
    ChildJvm.Result child = ChildJvm.run(List.of(), "predict", "--model", model.toString(),
        "--input", input.toString(), "--output", tmp.resolve("pred").toString(), "--engine",
        "giraph", "--workers", "1");
    assertEquals(1, child.exit(), child.err());
    assertTrue(("\n" + child.err()).contains("\ngiraph-ml predict: error: " + ZERO_ROWS + "file:"
        + input + ":2. Remove them: a model trained with cosine distance cannot place them\n"),
        child.err());
    assertEquals(before, TreeSnapshot.of(tmp));
  }

  private static final String TRAIN = "0,0\n0,1\n1,0\n9,9\n9,8\n8,9\n";
  /** Data rows 0, 2, 3 and 5 are good; 1 and 4 are malformed; the blank line is not a row. */
  private static final String MIXED = "1,1\nx,2\n9,9\n\n8,8\n0,oops\n0,0\n";

  @Test
  void malformedRowsFailPredictAsTheyFailTraining() throws Exception {
    Path model = train(TRAIN);
    Path input = Files.writeString(tmp.resolve("new.csv"), MIXED);
    Cli cli = predict(model, input);
    Cli training = Cli.run("kmeans", "--input", input.toString(), "--k", "2", "--output",
        tmp.resolve("again").toString());
    assertEquals(1, cli.exit, cli.err);
    assertTrue(cli.err.startsWith("giraph-ml predict: error: file:" + input + ":2: "), cli.err);
    assertEquals(training.err.replace("giraph-ml kmeans:", "giraph-ml predict:"), cli.err);
  }

  @Test
  void skippedRowsAreCountedAndTheOthersKeepTheirInputRowNumbers() throws Exception {
    Path model = train(TRAIN);
    // By hand: the clusters are {(0,0),(0,1),(1,0)} and {(9,9),(9,8),(8,9)}.
    JsonNode centroids = Cli.json(model.resolve("model.json")).get("centroids");
    int low = centroids.get(0).get(0).asDouble() < 5 ? 0 : 1;
    assertEquals(1.0 / 3, centroids.get(low).get(0).asDouble(), 1e-12);
    assertEquals(26.0 / 3, centroids.get(1 - low).get(1).asDouble(), 1e-12);
    Path input = Files.writeString(tmp.resolve("new.csv"), MIXED);
    Cli cli = predict(model, input, "--skip-invalid");
    assertEquals(0, cli.exit, cli.err);
    int high = 1 - low;
    assertEquals(List.of("row,cluster", "0," + low, "2," + high, "3," + high, "5," + low),
        Files.readAllLines(tmp.resolve("pred").resolve("predictions.csv")));
    JsonNode summary = Cli.json(tmp.resolve("pred").resolve("summary.json")).get("input");
    assertEquals(4, summary.get("rows").asInt());
    assertEquals(2, summary.get("skipped_rows").asInt());
    assertTrue(summary.get("skipped_row_problems").get(0).asText()
        .startsWith("file:" + input + ":2: "));
  }

  @Test
  void theGiraphEngineKeepsTheSameRowNumbersPastSkippedRows() throws Exception {
    Path model = train(TRAIN);
    Path input = Files.writeString(tmp.resolve("new.csv"), MIXED);
    Cli memory = predict(model, input, "--skip-invalid");
    assertEquals(0, memory.exit, memory.err);
    Path inMemory = Files.move(tmp.resolve("pred"), tmp.resolve("pred-memory"));
    Cli giraph = predict(model, input, "--skip-invalid", "--engine", "giraph", "--workers", "1");
    assertEquals(0, giraph.exit, giraph.err);
    assertEquals(Files.readAllLines(inMemory.resolve("predictions.csv")),
        Files.readAllLines(tmp.resolve("pred").resolve("predictions.csv")));
    assertEquals(2, Cli.json(tmp.resolve("pred").resolve("summary.json")).get("input")
        .get("skipped_rows").asInt());
  }

  @Test
  void trainingPredictionsKeepInputRowNumbersPastSkippedRowsToo() throws Exception {
    Path input = Files.writeString(tmp.resolve("train.csv"), MIXED);
    Cli cli = Cli.run("kmeans", "--input", input.toString(), "--k", "2", "--output",
        tmp.resolve("out").toString(), "--predictions", "--skip-invalid");
    assertEquals(0, cli.exit, cli.err);
    List<String> rows = Files.readAllLines(tmp.resolve("out").resolve("predictions.csv")).stream()
        .skip(1).map(line -> line.substring(0, line.indexOf(','))).toList();
    assertEquals(List.of("0", "2", "3", "5"), rows);
  }
}
