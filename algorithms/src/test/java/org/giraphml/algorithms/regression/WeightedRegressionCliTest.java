package org.giraphml.algorithms.regression;

import static org.giraphml.algorithms.regression.LinearRegressionTest.assertClose;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.giraphml.algorithms.regression.WeightedRuns.Data;
import org.giraphml.testing.Cli;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code --weight-column} through the real command line, on the embedded engine and a local
 * Giraph job, on one worker and three: the models equal the numpy and scikit-learn references
 * of {@link WeightedRegressionTest} and do not change with the engine or the worker count, to
 * the bit; {@code predict} reads the weighted model back.
 */
class WeightedRegressionCliTest {
  @TempDir
  Path tmp;

  /** The rows as CSV with a header: features, the label, then the weight column. */
  private Path weightedCsv(String name, Data data, double[] weights) throws Exception {
    StringBuilder csv = new StringBuilder();
    int d = data.x()[0].length;
    for (int j = 0; j < d; j++) {
      csv.append('f').append(j).append(',');
    }
    csv.append("label,weight\n");
    for (int i = 0; i < data.y().length; i++) {
      for (double v : data.x()[i]) {
        csv.append(v).append(',');
      }
      csv.append(data.y()[i]).append(',').append(weights[i]).append('\n');
    }
    return Files.writeString(tmp.resolve(name), csv);
  }

  private JsonNode train(String command, Path csv, int d, String engine, int workers,
      String... more) throws Exception {
    Path out = tmp.resolve(command + "-" + engine + "-" + workers);
    List<String> args = new ArrayList<>(List.of(command, "--input", csv.toString(),
        "--label-column", Integer.toString(d), "--weight-column", Integer.toString(d + 1),
        "--engine", engine, "--workers", Integer.toString(workers), "--block-bytes", "2048",
        "--predictions", "--output", out.toString()));
    args.addAll(List.of(more));
    Cli cli = Cli.run(args.toArray(new String[0]));
    assertEquals(0, cli.exit, cli.err);
    return Cli.json(out.resolve("model.json"));
  }

  private static double[] coefficients(JsonNode model) {
    int d = model.get("dimensions").asInt();
    double[] out = new double[d + 1];
    for (int j = 0; j < d; j++) {
      out[j] = model.get("weights").get(j).asDouble();
    }
    out[d] = model.get("intercept").asDouble();
    return out;
  }

  @Test
  void weightedLinregIsNumpysWeightedLeastSquaresOnBothEnginesAndAnyWorkerCount()
      throws Exception {
    Data data = Data.csv(WeightedRegressionTest.DIABETES);
    Path csv = weightedCsv("diabetes.csv", data,
        WeightedRegressionTest.diabetesWeights(data.y().length));
    double[] reference = null;
    for (String engine : new String[] {"memory", "giraph"}) {
      for (int workers : new int[] {1, 3}) {
        double[] model = coefficients(train("linreg", csv, 10, engine, workers,
            "--solver", "normal"));
        assertClose(WeightedRegressionTest.DIABETES_WLS, model, 1e-9);
        if (reference == null) {
          reference = model;
        }
        assertArrayEquals(reference, model, engine + ", " + workers + " workers");
      }
    }
    JsonNode summary = Cli.json(tmp.resolve("linreg-giraph-3").resolve("summary.json"));
    assertEquals(WeightedRegressionTest.DIABETES_WLS_METRICS[0], summary.get("r2").asDouble(),
        1e-12);
    assertEquals(441.0, summary.get("total_weight").asDouble());
  }

  @Test
  void weightedLogregMatchesScikitLearnOnBothEnginesAndAnyWorkerCount() throws Exception {
    Data iris = WeightedRegressionTest.irisBinary();
    Path csv = weightedCsv("iris.csv", iris, WeightedRegressionTest.irisWeights(150));
    double[] reference = null;
    for (String engine : new String[] {"memory", "giraph"}) {
      for (int workers : new int[] {1, 3}) {
        double[] model = coefficients(train("logreg", csv, 4, engine, workers, "--l2", "0.05",
            "--standardize=false", "--tolerance", "1e-14", "--max-iterations", "1000"));
        assertClose(WeightedRegressionTest.IRIS_WEIGHTED_LOGREG, model, 1e-7);
        if (reference == null) {
          reference = model;
        }
        assertArrayEquals(reference, model, engine + ", " + workers + " workers");
      }
    }
    // predict on the weighted model gives what training predicted, every row included.
    Path trained = tmp.resolve("logreg-memory-1");
    Cli predict = Cli.run("predict", "--model", trained.toString(), "--input", csv.toString(),
        "--label-column", "4", "--weight-column", "5", "--output",
        tmp.resolve("predict").toString());
    assertEquals(0, predict.exit, predict.err);
    List<String> predicted = Files.readAllLines(tmp.resolve("predict/predictions.csv"));
    assertEquals(Files.readAllLines(trained.resolve("predictions.csv")), predicted);
    assertEquals(151, predicted.size());
  }
}
