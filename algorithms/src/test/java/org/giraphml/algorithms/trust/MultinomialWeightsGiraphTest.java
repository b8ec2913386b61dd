package org.giraphml.algorithms.trust;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.giraphml.algorithms.regression.MultinomialWeightsTest;
import org.giraphml.testing.Cli;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Weighted multinomial logistic regression ({@code --weight-column}) gives the same model and
 * weighted metrics, bit for bit, on the embedded engine with one and three workers and on the
 * Giraph engine with two (the weights crossing real reducers and messages); and the weights
 * are used (the unweighted model differs). The Giraph job runs in a child JVM, as in
 * {@link MultinomialGiraphTest}: Hadoop's counter limit is per JVM.
 */
class MultinomialWeightsGiraphTest {
  private static final Path IRIS = Path.of("..", "datasets", "iris.csv");

  @TempDir
  Path tmp;

  /** Iris with a weight column appended: 0, 0.5, 1, 2.5 by row index mod 4. */
  private Path weightedIris() throws Exception {
    List<String> lines = Files.readAllLines(IRIS);
    double[] pattern = {0, 0.5, 1, 2.5};
    StringBuilder csv = new StringBuilder(lines.get(0)).append(",weight\n");
    for (int i = 1; i < lines.size(); i++) {
      csv.append(lines.get(i)).append(',').append(pattern[(i - 1) % 4]).append('\n');
    }
    return Files.writeString(tmp.resolve("iris-weighted.csv"), csv);
  }

  @Test
  void weightedModelIsTheSameOnEveryEngineAndWorkerCount() throws Exception {
    Path input = weightedIris().toAbsolutePath();
    Path one = tmp.resolve("one");
    Path three = tmp.resolve("three");
    Path unweighted = tmp.resolve("unweighted");
    for (String[] run : new String[][] {
        MultinomialGiraphTest.args(input, one, "--weight-column", "5", "--workers", "1"),
        MultinomialGiraphTest.args(input, three, "--weight-column", "5", "--workers", "3"),
        MultinomialGiraphTest.args(input, unweighted, "--workers", "1")}) {
      Cli cli = Cli.run(run);
      assertEquals(0, cli.exit, cli.err);
    }
    Path giraph = tmp.resolve("giraph").toAbsolutePath();
    ChildCli child = ChildCli.run(Path.of("").toAbsolutePath(), Map.of(),
        MultinomialGiraphTest.args(input, giraph, "--weight-column", "5", "--engine", "giraph",
            "--workers", "2"));
    assertEquals(0, child.exit, child.err);
    JsonNode reference = Cli.json(one.resolve("model.json"));
    JsonNode summary = Cli.json(one.resolve("summary.json"));
    for (Path other : new Path[] {three, giraph}) {
      JsonNode model = Cli.json(other.resolve("model.json"));
      assertEquals(reference.get("weights").toString(), model.get("weights").toString(),
          other.toString());
      assertEquals(reference.get("intercepts").toString(), model.get("intercepts").toString());
      JsonNode s = Cli.json(other.resolve("summary.json"));
      for (String key : new String[] {"objective_history", "log_loss", "confusion_matrix",
          "per_class", "total_weight"}) {
        assertEquals(summary.get(key), s.get(key), other + " " + key);
      }
    }
    assertEquals(148.5, summary.get("total_weight").asDouble());
    assertNotEquals(reference.get("weights").toString(),
        Cli.json(unweighted.resolve("model.json")).get("weights").toString());
  }

  @Test
  void weightColumnThroughTheCommandLineIsScikitLearnsFitAndPredictReadsItBack()
      throws Exception {
    Path input = weightedIris().toAbsolutePath();
    Path out = tmp.resolve("converged").toAbsolutePath();
    ChildCli cli = ChildCli.run(Path.of("").toAbsolutePath(), Map.of(), "logreg", "--input",
        input.toString(), "--label-column", "4", "--weight-column", "5", "--family",
        "multinomial", "--l2", "0.01", "--standardize=false", "--tolerance", "1e-15",
        "--max-iterations", "5000", "--block-bytes", "1024", "--workers", "3", "--predictions",
        "--output", out.toString());
    assertEquals(0, cli.exit, cli.err);
    JsonNode model = Cli.json(out.resolve("model.json"));
    double[] ours = new double[MultinomialWeightsTest.IRIS_WEIGHTED.length];
    for (int c = 0; c < 3; c++) {
      for (int j = 0; j < 4; j++) {
        ours[c * 5 + j] = model.get("weights").get(c).get(j).asDouble();
      }
      ours[c * 5 + 4] = model.get("intercepts").get(c).asDouble();
    }
    MultinomialWeightsTest.assertNear(MultinomialWeightsTest.IRIS_WEIGHTED, ours, 1e-6);
    MultinomialWeightsTest.assertScikitLearnMetrics(Cli.json(out.resolve("summary.json")));
    Cli predict = Cli.run("predict", "--model", out.toString(), "--input", input.toString(),
        "--label-column", "4", "--weight-column", "5", "--output",
        tmp.resolve("predict").toString());
    assertEquals(0, predict.exit, predict.err);
    List<String> predicted = Files.readAllLines(tmp.resolve("predict/predictions.csv"));
    assertEquals(151, predicted.size());
    assertEquals(Files.readAllLines(out.resolve("predictions.csv")), predicted);
  }
}
