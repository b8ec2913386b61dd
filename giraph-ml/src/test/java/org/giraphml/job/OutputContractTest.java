package org.giraphml.job;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.hadoop.conf.Configuration;
import org.giraphml.api.JobOptions;
import org.giraphml.api.JobOutput;
import org.giraphml.io.InputOptions;
import org.giraphml.predict.Predict;
import org.giraphml.predict.PredictSettings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The output contract end to end: training with {@code --predictions} and {@code predict}
 * with the saved model write byte-identical predictions through the one formatter, whole and
 * fractional values alike; the runner writes summary.json once from the typed summary, with
 * no hand-off file left behind.
 */
class OutputContractTest {
  /** -1.1 -> -1, 2.4 -> 2.5, an invalid row, 0.2 -> 0, 3 -> 3, -0.3 -> -0.5. */
  private static final String DATA = "x\n-1.1\n2.4\noops\n0.2\n3\n-0.3\n";

  @TempDir
  Path tmp;

  private Configuration job(String output) throws Exception {
    Configuration conf = new Configuration();
    InputOptions.INPUT.set(conf, Files.writeString(tmp.resolve("data.csv"), DATA).toString());
    InputOptions.SKIP_INVALID.set(conf, true);
    JobOptions.OUTPUT.set(conf, tmp.resolve(output).toString());
    JobOptions.WORKERS.set(conf, 2);
    return conf;
  }

  private JobRunner.Report train(boolean classes) throws Exception {
    Configuration conf = job("trained");
    JobOptions.PREDICTIONS.set(conf, true);
    HalvesAlgorithm.CLASSES.set(conf, classes);
    return JobRunner.run(new HalvesAlgorithm(), conf);
  }

  private JobRunner.Report predict() throws Exception {
    Configuration conf = job("predicted");
    PredictSettings.MODEL.set(conf, tmp.resolve("trained").toString());
    return JobRunner.run(new Predict(), conf);
  }

  private void assertTrainingAndPredictWrite(boolean classes, String expected)
      throws Exception {
    train(classes);
    predict();
    assertEquals(expected, Files.readString(tmp.resolve("trained/predictions.csv")));
    assertEquals(expected, Files.readString(tmp.resolve("predicted/predictions.csv")));
  }

  @Test
  void classesPrintWholeValuesAsIntegersInTrainingAndPredictAlike() throws Exception {
    assertTrainingAndPredictWrite(true, "row,class\n0,-1\n1,2.5\n3,0\n4,3\n5,-0.5\n");
  }

  @Test
  void numbersPrintAsDoublesInTrainingAndPredictAlike() throws Exception {
    assertTrainingAndPredictWrite(false, "row,class\n0,-1.0\n1,2.5\n3,0.0\n4,3.0\n5,-0.5\n");
  }

  @Test
  void theRunnerWritesTheTypedSummaryOnceAndLeavesNoHandOff() throws Exception {
    JobRunner.Report report = train(true);
    String text = Files.readString(tmp.resolve("trained/summary.json"));
    assertEquals(JobOutput.json().writeValueAsString(report.summary().toJson()), text,
        "summary.json is the typed summary, as written");
    JsonNode written = JobOutput.json().readTree(text);
    assertEquals("halves", report.summary().training().algorithm());
    assertEquals(5, report.summary().training().rows());
    assertEquals(5, report.summary().input().rows());
    assertEquals(1, report.summary().input().skippedRows());
    assertEquals(List.of("file:" + tmp.resolve("data.csv")), report.summary().input().files());
    assertEquals("x", report.summary().input().header().orElseThrow().lines().get(0).text());
    assertEquals(List.of("_GIRAPHML", "model.json", "predictions.csv", "report.html",
        "summary.json"),
        names(tmp.resolve("trained")));
    assertTrue(Main.describe("halves", report).startsWith("halves: 5 rows, "),
        Main.describe("halves", report));
  }

  @Test
  void predictsSummaryKeepsTheContractWithAlgorithmPredict() throws Exception {
    train(true);
    JobRunner.Report report = predict();
    String text = Files.readString(tmp.resolve("predicted/summary.json"));
    assertEquals(JobOutput.json().writeValueAsString(report.summary().toJson()), text,
        "summary.json is the typed summary, as written");
    JsonNode written = JobOutput.json().readTree(text);
    assertEquals("predict", written.get("algorithm").asText());
    assertEquals(5, written.get("rows").asLong());
    assertEquals("halves", written.get("model_algorithm").asText());
    assertEquals(tmp.resolve("trained").toString(), written.get("model").asText());
    assertTrue(written.get("warnings").isArray());
    assertTrue(written.get("train_seconds").isNumber());
    assertEquals(5, written.get("input").get("rows").asLong());
    assertEquals(List.of("_GIRAPHML", "predictions.csv", "report.html", "summary.json"),
        names(tmp.resolve("predicted")));
  }

  private static List<String> names(Path dir) throws Exception {
    try (Stream<Path> files = Files.list(dir)) {
      return files.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }
}
