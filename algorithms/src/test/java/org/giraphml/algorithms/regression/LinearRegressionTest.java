package org.giraphml.algorithms.regression;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.giraphml.api.JobOutput;
import org.giraphml.job.MainAccess;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LinearRegressionTest {
  static final Path DIABETES = Path.of("..", "datasets", "diabetes.csv");
  /** numpy.linalg.lstsq of [X 1] on datasets/diabetes.csv: the textbook OLS solution. */
  static final double[] DIABETES_OLS = {-3.6361224223630348e-02, -2.2859648090498361e+01,
      5.6029620919236853e+00, 1.1168079933181823e+00, -1.0899963340632290e+00,
      7.4645045551421452e-01, 3.7200471508914024e-01, 6.5338319359903707e+00,
      6.8483124964788047e+01, 2.8011698932150692e-01, -3.3456713851878641e+02};

  @TempDir
  Path tmp;

  static final class Run {
    int exit;
    String err;
    double[] model;
    JsonNode summary;
  }

  Run linreg(String name, String... args) throws Exception {
    List<String> all = new ArrayList<>(List.of("linreg", "--output", tmp.resolve(name).toString()));
    all.addAll(List.of(args));
    var err = new java.io.ByteArrayOutputStream();
    Run run = new Run();
    run.exit = org.apache.hadoop.util.ToolRunner.run(new org.apache.hadoop.conf.Configuration(),
        MainAccess.create(new java.io.PrintStream(new java.io.ByteArrayOutputStream()),
            new java.io.PrintStream(err)), all.toArray(new String[0]));
    run.err = err.toString();
    if (run.exit == 0) {
      JsonNode m = JobOutput.json().readTree(tmp.resolve(name).resolve("model.json").toFile());
      int d = m.get("dimensions").asInt();
      run.model = new double[d + 1];
      for (int j = 0; j < d; j++) {
        run.model[j] = m.get("weights").get(j).asDouble();
      }
      run.model[d] = m.get("intercept").asDouble();
      run.summary = JobOutput.json().readTree(tmp.resolve(name).resolve("summary.json").toFile());
    }
    return run;
  }

  static void assertClose(double[] expected, double[] actual, double relative) {
    assertEquals(expected.length, actual.length);
    double scale = 0;
    for (double v : expected) {
      scale = Math.max(scale, Math.abs(v));
    }
    for (int j = 0; j < expected.length; j++) {
      assertEquals(expected[j], actual[j], relative * Math.max(Math.abs(expected[j]), 1e-3 * scale),
          "coefficient " + j);
    }
  }

  @Test
  void diabetesOlsMatchesTheTextbookSolution() throws Exception {
    Run normal = linreg("n", "--input", DIABETES.toString(), "--label-column", "10",
        "--solver", "normal");
    assertEquals(0, normal.exit, normal.err);
    assertClose(DIABETES_OLS, normal.model, 1e-6);
    assertEquals("solved", normal.summary.get("stop_reason").asText());
    // R^2 of the same fit by numpy and by scikit-learn: 0.5177484222203499
    assertEquals(0.5177484222203499, normal.summary.get("r2").asDouble(), 1e-12);
  }

  @Test
  void normalAndLbfgsAgreeWithADirectSolve() throws Exception {
    RegressionFixtures data = RegressionFixtures.linear(3000, new double[] {2, -1, 0.5, 0, 3},
        4, 0.1, 7);
    Path csv = data.writeCsv(tmp.resolve("d.csv"));
    double[] exact = data.leastSquares();
    Run normal = linreg("n", "--input", csv.toString(), "--label-column", "5", "--solver",
        "normal");
    assertEquals(0, normal.exit, normal.err);
    assertClose(exact, normal.model, 1e-8);
    Run lbfgs = linreg("l", "--input", csv.toString(), "--label-column", "5", "--solver",
        "lbfgs", "--tolerance", "1e-15", "--max-iterations", "500");
    assertEquals(0, lbfgs.exit, lbfgs.err);
    assertClose(exact, lbfgs.model, 1e-6);
    assertTrue(lbfgs.summary.get("rmse").asDouble() < 0.11);
  }

  @Test
  void ridgeMatchesItsClosedForm() throws Exception {
    RegressionFixtures data = RegressionFixtures.linear(2000, new double[] {1, -2, 0.5}, -1,
        0.5, 3);
    Path csv = data.writeCsv(tmp.resolve("d.csv"));
    double[] exact = data.ridge(0.3);
    for (String solver : new String[] {"normal", "lbfgs"}) {
      Run run = linreg(solver, "--input", csv.toString(), "--label-column", "3", "--solver",
          solver, "--l2", "0.3", "--standardize=false", "--tolerance", "1e-15",
          "--max-iterations", "1000");
      assertEquals(0, run.exit, run.err);
      assertClose(exact, run.model, solver.equals("normal") ? 1e-9 : 1e-6);
    }
  }

  @Test
  void sparseAndDenseInputGiveTheSameModel() throws Exception {
    RegressionFixtures data = RegressionFixtures.linear(1500, new double[] {1, 2, 0, -1}, 2,
        0.2, 11);
    for (double[] row : data.x) {
      row[2] = 0; // a feature the sparse file never mentions
    }
    Path csv = data.writeCsv(tmp.resolve("d.csv"));
    Path svm = data.writeLibsvm(tmp.resolve("d.svm"));
    Run dense = linreg("d", "--input", csv.toString(), "--label-column", "4", "--solver",
        "normal", "--fit-intercept=true");
    Run sparse = linreg("s", "--input", svm.toString(), "--format", "libsvm", "--solver",
        "normal");
    assertEquals(0, dense.exit, dense.err);
    assertEquals(0, sparse.exit, sparse.err);
    assertClose(dense.model, sparse.model, 1e-9);
  }

  @Test
  void workerCountDoesNotChangeTheModel() throws Exception {
    RegressionFixtures data = RegressionFixtures.linear(4000, new double[] {1, -1, 2}, 0.5,
        1.0, 2);
    Path csv = data.writeCsv(tmp.resolve("d.csv"));
    String[] common = {"--input", csv.toString(), "--label-column", "3", "--solver", "lbfgs",
        "--l1", "0.01", "--block-bytes", "4096", "--split-bytes", "16384"};
    Run one = linreg("one", concat(common, "--workers", "1"));
    Run three = linreg("three", concat(common, "--workers", "3"));
    assertEquals(0, one.exit, one.err);
    assertEquals(0, three.exit, three.err);
    assertEquals(java.util.Arrays.toString(one.model), java.util.Arrays.toString(three.model));
    assertEquals(one.summary.get("objective_history"), three.summary.get("objective_history"));
  }

  @Test
  void lassoSetsIrrelevantFeaturesToExactlyZero() throws Exception {
    RegressionFixtures data = RegressionFixtures.linear(3000, new double[] {3, 0, 0, -2, 0}, 1,
        0.5, 19);
    Path csv = data.writeCsv(tmp.resolve("d.csv"));
    Run run = linreg("lasso", "--input", csv.toString(), "--label-column", "5", "--l1", "0.2",
        "--max-iterations", "300");
    assertEquals(0, run.exit, run.err);
    assertEquals(0.0, run.model[1], 0);
    assertEquals(0.0, run.model[2], 0);
    assertEquals(0.0, run.model[4], 0);
    assertTrue(run.model[0] > 2 && run.model[3] < -1, java.util.Arrays.toString(run.model));
  }

  @Test
  void collinearFeaturesAreNamedNotAnsweredWithNaN() throws Exception {
    RegressionFixtures data = RegressionFixtures.linear(500, new double[] {1, 2, 3}, 0, 0.1, 5);
    StringBuilder csv = new StringBuilder();
    for (int i = 0; i < data.x.length; i++) {
      double[] r = data.x[i];
      csv.append(r[0]).append(',').append(r[1]).append(',').append(2 * r[0] - r[1]).append(',')
          .append(r[2]).append(',').append(data.y[i]).append('\n');
    }
    Path file = Files.writeString(tmp.resolve("c.csv"), csv);
    Run run = linreg("c", "--input", file.toString(), "--label-column", "4", "--solver",
        "normal");
    assertEquals(1, run.exit);
    assertTrue(run.err.contains("The normal equations are singular: the features are linearly "
        + "dependent (rank 3 of 4)"), run.err);
    Run ridge = linreg("r", "--input", file.toString(), "--label-column", "4", "--solver",
        "normal", "--l2", "0.01");
    assertEquals(0, ridge.exit, ridge.err);
  }

  @Test
  void savedModelsPredictWhatTrainingPredicted() throws Exception {
    RegressionFixtures data = RegressionFixtures.logistic(800, new double[] {1, -1, 2}, 0.3, 9);
    Path csv = data.writeCsv(tmp.resolve("d.csv"));
    for (String algorithm : new String[] {"linreg", "logreg"}) {
      Path model = tmp.resolve(algorithm);
      var quiet = new java.io.PrintStream(new java.io.ByteArrayOutputStream());
      int exit = org.apache.hadoop.util.ToolRunner.run(new org.apache.hadoop.conf.Configuration(),
          MainAccess.create(quiet, quiet), new String[] {algorithm, "--input", csv.toString(),
              "--label-column", "3", "--output", model.toString(), "--predictions"});
      assertEquals(0, exit);
      Path out = tmp.resolve(algorithm + "-predict");
      exit = org.apache.hadoop.util.ToolRunner.run(new org.apache.hadoop.conf.Configuration(),
          MainAccess.create(quiet, quiet), new String[] {"predict", "--model", model.toString(),
              "--input", csv.toString(), "--label-column", "3", "--output", out.toString(),
              "--block-bytes", "2048"});
      assertEquals(0, exit);
      assertEquals(Files.readAllLines(model.resolve("predictions.csv")),
          Files.readAllLines(out.resolve("predictions.csv")), algorithm);
    }
  }

  @Test
  void labelsAreRequiredAndMustBeNumbers() throws Exception {
    Path file = Files.writeString(tmp.resolve("x.csv"), "1,2\n3,4\n");
    Run run = linreg("a", "--input", file.toString());
    assertEquals(1, run.exit);
    assertTrue(run.err.contains("linreg needs a label for each row: give --label-column N"),
        run.err);
    Path bad = Files.writeString(tmp.resolve("y.csv"), "1,2\n3,four\n");
    run = linreg("b", "--input", bad.toString(), "--label-column", "1");
    assertEquals(1, run.exit);
    assertTrue(run.err.contains("y.csv:2: column 1 (0-based): 'four' is not a number"), run.err);
    run = linreg("c", "--input", file.toString(), "--label-column", "1", "--solver", "normal",
        "--l1", "0.1");
    assertEquals(2, run.exit);
    assertTrue(run.err.contains("--solver normal cannot fit an L1 penalty"), run.err);
  }

  static String[] concat(String[] a, String... b) {
    String[] out = java.util.Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, out, a.length, b.length);
    return out;
  }

  /**
   * The lasso path on diabetes (3 features per shard, 3 workers, 47 OWL-QN iterations) as the
   * pre-v2 code (commit 8e14b20, before the port to the Authoring API v2) computed it: the
   * port moved state into typed channels and must not have changed a single bit.
   */
  static final double[] DIABETES_LASSO_BEFORE_PORT = {0.0, -20.612756591097654,
      5.661800323138888, 1.0617541080069661, -0.22492927831453358, 0.0, -0.6525554935947625,
      2.5627832672851807, 47.82603736164997, 0.2530642201745523, -247.8998138958265};

  @Test
  void theLassoModelIsBitIdenticalToTheOneBeforeThePort() throws Exception {
    Run lasso = linreg("lasso", "--input", DIABETES.toString(), "--label-column", "10",
        "--solver", "lbfgs", "--l1", "0.5", "--shard-features", "3", "--workers", "3");
    assertEquals(0, lasso.exit, lasso.err);
    for (int j = 0; j < DIABETES_LASSO_BEFORE_PORT.length; j++) {
      assertEquals(Double.doubleToLongBits(DIABETES_LASSO_BEFORE_PORT[j]),
          Double.doubleToLongBits(lasso.model[j]), "coefficient " + j);
    }
    assertEquals(47, lasso.summary.get("iterations").asInt());
    assertEquals(95, lasso.summary.get("evaluations").asInt());
    assertEquals(1486.8931921350018, lasso.summary.get("objective").asDouble(), 0);
  }

  @Test
  void theSummaryListsTheContractFieldsThenTheSolversDetailsThenTheMetrics() throws Exception {
    Run normal = linreg("normal", "--input", DIABETES.toString(), "--label-column", "10",
        "--solver", "normal");
    Run lbfgs = linreg("lbfgs", "--input", DIABETES.toString(), "--label-column", "10",
        "--solver", "lbfgs");
    assertEquals(0, normal.exit, normal.err);
    assertEquals(0, lbfgs.exit, lbfgs.err);
    List<String> contract = List.of("algorithm", "rows", "iterations", "stop_reason",
        "objective_name", "objective", "objective_history", "warnings");
    List<String> normalKeys = new ArrayList<>();
    normal.summary.fieldNames().forEachRemaining(normalKeys::add);
    List<String> expected = new ArrayList<>(contract);
    expected.addAll(List.of("solver", "dimensions", "evaluations", "gradient_norm_history",
        "iteration_seconds", "rmse", "mae", "r2", "inference", "train_seconds", "input",
        "total_seconds"));
    assertEquals(expected, normalKeys);
    assertEquals("normal", normal.summary.get("solver").asText());
    assertEquals(0, normal.summary.get("iterations").asInt());
    assertEquals(1, normal.summary.get("evaluations").asInt());
    assertEquals(1, normal.summary.get("objective_history").size());

    List<String> lbfgsKeys = new ArrayList<>();
    lbfgs.summary.fieldNames().forEachRemaining(lbfgsKeys::add);
    // Inference belongs to the normal equations only.
    expected.remove("inference");
    expected.add(expected.indexOf("rmse"), "messages_per_evaluation");
    assertEquals(expected, lbfgsKeys);
    assertEquals("converged", lbfgs.summary.get("stop_reason").asText());
    int iterations = lbfgs.summary.get("iterations").asInt();
    assertEquals(iterations + 1, lbfgs.summary.get("objective_history").size(),
        "the start and every iteration");
    assertEquals(iterations, lbfgs.summary.get("iteration_seconds").size());
  }
}
