package org.giraphml.algorithms.kmeans;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.giraphml.testing.Cli;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code giraph-ml predict} with a saved k-means model. */
class PredictCommandTest {
  @TempDir
  Path tmp;
  Path model;

  @BeforeEach
  void train() throws Exception {
    model = tmp.resolve("model");
    Cli cli = Cli.run("kmeans", "--input", KMeansIrisTest.IRIS.toString(), "--label-column", "4",
        "--k", "3", "--output", model.toString(), "--predictions");
    assertEquals(0, cli.exit, cli.err);
  }

  @Test
  void predictingTheTrainingRowsGivesTheTrainingAssignments() throws Exception {
    Path out = tmp.resolve("pred");
    Cli cli = Cli.run("predict", "--model", model.toString(), "--input",
        KMeansIrisTest.IRIS.toString(), "--label-column", "4", "--output", out.toString(),
        "--block-bytes", "1024");
    assertEquals(0, cli.exit, cli.err);
    assertArrayEquals(KMeansFiles.predictions(model.resolve("predictions.csv")),
        KMeansFiles.predictions(out.resolve("predictions.csv")));
    assertEquals("kmeans", Cli.json(out.resolve("summary.json")).get("model_algorithm").asText());
    // model.json names the file too
    cli = Cli.run("predict", "--model", model.resolve("model.json").toString(), "--input",
        KMeansIrisTest.IRIS.toString(), "--label-column", "4", "--output",
        tmp.resolve("pred2").toString());
    assertEquals(0, cli.exit, cli.err);
  }

  @Test
  void dimensionMismatchIsRefusedBeforeTheJobStarts() throws Exception {
    Cli cli = Cli.run("predict", "--model", model.toString(), "--input",
        KMeansIrisTest.IRIS.toString(), "--output", tmp.resolve("pred").toString());
    assertEquals(1, cli.exit);
    assertTrue(cli.err.contains("--input " + KMeansIrisTest.IRIS + " has 5 features (5 columns)"
        + " but the model " + model + " has 4; if one column is the label (or a sample weight),"
        + " give --label-column N (or --weight-column N; 0-based) to leave it out of the"
        + " features"), cli.err);
    assertFalse(Files.exists(tmp.resolve("pred")));
  }

  @Test
  void sparseRowsBeyondTheModelAreNamed() throws Exception {
    Path data = Files.writeString(tmp.resolve("x.libsvm"), "0 1:5 2:3\n0 3:1 6:2\n0 1:1\n");
    Cli cli = Cli.run("predict", "--model", model.toString(), "--input", data.toString(),
        "--format", "libsvm", "--output", tmp.resolve("pred").toString());
    assertEquals(1, cli.exit);
    assertTrue(cli.err.contains("1 row(s) have feature indices beyond the model's 4 features "
        + "(up to 6); the first is file:" + data + ":2"), cli.err);
  }

  @Test
  void missingOrBrokenModelsAreNamed() throws Exception {
    Cli cli = Cli.run("predict", "--model", tmp.resolve("nothing").toString(), "--input",
        KMeansIrisTest.IRIS.toString(), "--label-column", "4", "--output",
        tmp.resolve("pred").toString());
    assertEquals(1, cli.exit);
    assertTrue(cli.err.contains("No model at"), cli.err);
    Files.writeString(model.resolve("model.json"),
        Files.readString(model.resolve("model.json")).replace("\"format_version\" : 1",
            "\"format_version\" : 99"));
    cli = Cli.run("predict", "--model", model.toString(), "--input",
        KMeansIrisTest.IRIS.toString(), "--label-column", "4", "--output",
        tmp.resolve("pred").toString());
    assertEquals(1, cli.exit);
    assertTrue(cli.err.contains("unsupported kmeans model format_version 99"), cli.err);
  }
}
