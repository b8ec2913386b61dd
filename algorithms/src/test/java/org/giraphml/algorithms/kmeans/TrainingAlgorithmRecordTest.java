package org.giraphml.algorithms.kmeans;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import org.giraphml.testing.Cli;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * model.json's {@code training} records the assignment algorithm a model was trained with, as
 * given (the default {@code auto} too): every choice gives the same clusters, but how long the
 * run took, and so a benchmark's reading of the file, depends on it.
 */
class TrainingAlgorithmRecordTest {
  @TempDir
  Path tmp;

  @ParameterizedTest
  @CsvSource({"lloyd, lloyd", "hamerly, hamerly", "auto, auto", ", auto"})
  void theAssignmentAlgorithmIsRecordedUnderTraining(String given, String recorded)
      throws Exception {
    Path out = tmp.resolve("out");
    Cli cli = given == null
        ? Cli.run("kmeans", "--input", KMeansIrisTest.IRIS.toString(), "--label-column", "4",
            "--k", "3", "--report", "false", "--output", out.toString())
        : Cli.run("kmeans", "--input", KMeansIrisTest.IRIS.toString(), "--label-column", "4",
            "--k", "3", "--report", "false", "--algorithm", given, "--output", out.toString());
    assertEquals(0, cli.exit, cli.err);
    assertEquals(recorded, Cli.json(out.resolve("model.json")).path("training")
        .path("algorithm").asText());
  }
}
