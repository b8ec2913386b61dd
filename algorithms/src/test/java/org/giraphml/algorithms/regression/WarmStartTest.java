package org.giraphml.algorithms.regression;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.giraphml.testing.Cli;
import org.giraphml.testing.DataFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code linreg}/{@code logreg --init-model DIR}: L-BFGS started from a saved model's
 * coefficients, mapped into the solver's standardised space by {@link WarmStart}; through the
 * command line on both engines, and refusals before the job starts.
 */
class WarmStartTest {
  @TempDir
  Path tmp;

  // ---- the mapping into the solver's space, against numbers worked by hand ----

  /**
   * Saved w = (2, -1, 0.25), b = 5; means (1, 3, 7), scales (0.5, 2, 0: constant). Solver
   * weights are w_j s_j = (1, -2, 0) (a constant feature's weight is 0); centred, the solver's
   * intercept is b + sum over live features of mean_j w_j = 5 + 2 - 3 = 4. Labels in units of
   * 2^1 halve all four; unscaled back by CollectWeightsPiece's formulas they give w and b.
   */
  @Test
  void solverPointUndoesScalingCentringAndLabelUnits() {
    GlmModel model = new GlmModel("linreg", new double[] {2, -1, 0.25}, 5);
    FeatureMoments moments = new FeatureMoments(new double[] {1, 3, 7},
        new double[] {0.5, 2, 0}, 0);
    assertArrayEquals(new double[] {1, -2, 0, 4},
        WarmStart.solverPoint(model, moments, shape(false, 0), true), 0);
    assertArrayEquals(new double[] {0.5, -1, 0, 2},
        WarmStart.solverPoint(model, moments, shape(false, 1), true), 0);
    // Sparse rows are not centred: the intercept is the saved one.
    assertArrayEquals(new double[] {1, -2, 0, 5},
        WarmStart.solverPoint(model, moments, shape(true, 0), true), 0);
    // No intercept: its coordinate is unused and stays 0.
    assertArrayEquals(new double[] {1, -2, 0, 0},
        WarmStart.solverPoint(model, moments, shape(false, 0), false), 0);
  }

  private static DataShape shape(boolean sparse, int labelExponent) {
    return new DataShape(10, 1, 3, sparse, 2, labelExponent, new int[3]);
  }

  @Test
  void theStartingPointIsSplitAcrossShardsAndTheInterceptShard() {
    double[] point = {1, 2, 3, 4};
    DataShape data = shape(false, 0); // 3 features, 2 per shard: shards 0, 1, intercept 2
    double[][] got = new double[3][];
    for (int s = 0; s < 3; s++) {
      WeightShard shard = WeightShard.create(new org.giraphml.graph.NodeValue(),
          data.shardLength(s), 2);
      WarmStart.startShard(point, shard, s, data);
      got[s] = shard.weights();
    }
    assertArrayEquals(new double[] {1, 2}, got[0], 0);
    assertArrayEquals(new double[] {3}, got[1], 0);
    assertArrayEquals(new double[] {4}, got[2], 0);
  }

  // ---- whole runs through the command line ----

  private Path linearData() throws Exception {
    RegressionFixtures f = RegressionFixtures.linear(400, new double[] {1.5, -2, 0.5}, 3, 0.5,
        11);
    return DataFiles.writeLabelledCsv(tmp.resolve("lin.csv"), f.x, f.y);
  }

  private Cli run(String command, Path input, String output, String... more) throws Exception {
    String[] base = {command, "--input", input.toString(), "--label-column", "3", "--output",
        tmp.resolve(output).toString(), "--block-bytes", "4096"};
    return Cli.run(Stream.concat(Stream.of(base), Stream.of(more)).toArray(String[]::new));
  }

  private double[] coefficients(String output) throws Exception {
    JsonNode m = Cli.json(tmp.resolve(output).resolve("model.json"));
    JsonNode w = m.get("weights");
    double[] out = new double[w.size() + 1];
    for (int j = 0; j < w.size(); j++) {
      out[j] = w.get(j).asDouble();
    }
    out[w.size()] = m.get("intercept").asDouble();
    return out;
  }

  private int iterations(String output) throws Exception {
    return Cli.json(tmp.resolve(output).resolve("summary.json")).get("iterations").asInt();
  }

  /**
   * Ordinary least squares by Householder QR (commons-math, independent of our solver) is the
   * optimum; a run started from a converged model stops within 2 iterations at it: to 1e-9
   * (measured: 1e-14) standardised. Without standardisation the cold L-BFGS run itself ends
   * about 3e-9 from the optimum (relative improvements below 1e-15 are rounding noise there),
   * and the warm run stays as close (1e-8).
   */
  @Test
  void linregFromAConvergedModelConvergesAtOnceToTheSameCoefficients() throws Exception {
    RegressionFixtures f = RegressionFixtures.linear(400, new double[] {1.5, -2, 0.5}, 3, 0.5,
        11);
    Path data = linearData();
    double[] reference = f.leastSquares();
    for (String standardize : new String[] {"true", "false"}) {
      double tolerance = standardize.equals("true") ? 1e-9 : 1e-8;
      String cold = "cold-" + standardize;
      String warm = "warm-" + standardize;
      Cli c = run("linreg", data, cold, "--solver", "lbfgs", "--tolerance", "1e-15",
          "--max-iterations", "500", "--standardize=" + standardize);
      assertEquals(0, c.exit, c.err);
      assertClose(reference, coefficients(cold), tolerance, cold);
      Cli w = run("linreg", data, warm, "--init-model", tmp.resolve(cold).toString(),
          "--standardize=" + standardize);
      assertEquals(0, w.exit, w.err);
      assertTrue(iterations(warm) <= 2, warm + ": " + iterations(warm) + " iterations");
      assertClose(reference, coefficients(warm), tolerance, warm);
      JsonNode training = Cli.json(tmp.resolve(warm).resolve("model.json")).get("training");
      assertEquals(tmp.resolve(cold).toString(), training.get("init_model").asText());
      assertEquals("lbfgs", training.get("solver").asText(), "--solver auto picks lbfgs");
    }
  }

  /**
   * The same for logistic loss with a ridge penalty on the raw coefficients, against Newton's
   * method ({@link LogisticRegressionTest#newton}, quadratic convergence: exact to rounding).
   */
  @Test
  void logregFromAConvergedModelConvergesAtOnceToTheSameCoefficients() throws Exception {
    RegressionFixtures f = RegressionFixtures.logistic(600, new double[] {1, -1, 0.5}, 0.2, 9);
    double[] reference = LogisticRegressionTest.newton(f, 0.01);
    Path data = DataFiles.writeLabelledCsv(tmp.resolve("log.csv"), f.x, f.y);
    Cli c = run("logreg", data, "cold", "--l2", "0.01", "--standardize=false", "--tolerance",
        "1e-15", "--max-iterations", "500");
    assertEquals(0, c.exit, c.err);
    Cli w = run("logreg", data, "warm", "--l2", "0.01", "--standardize=false", "--init-model",
        tmp.resolve("cold").toString());
    assertEquals(0, w.exit, w.err);
    assertTrue(iterations("warm") <= 2, iterations("warm") + " iterations");
    assertClose(reference, coefficients("cold"), 1e-9, "cold");
    assertClose(reference, coefficients("warm"), 1e-9, "warm");
  }

  /** The warm start, like training, gives the same model on any number of workers and on Giraph. */
  @Test
  void aWarmStartGivesOneModelOnAnyWorkerCountAndOnBothEngines() throws Exception {
    Path data = linearData();
    assertEquals(0, run("linreg", data, "cold", "--solver", "lbfgs", "--max-iterations", "4")
        .exit);
    String from = tmp.resolve("cold").toString();
    String[][] runs = {{"w1", "--workers", "1", "--engine", "memory"},
        {"w3", "--workers", "3", "--engine", "memory"},
        {"giraph", "--workers", "2", "--engine", "giraph"}};
    for (String[] how : runs) {
      Cli cli = run("linreg", data, how[0], "--init-model", from, how[1], how[2], how[3],
          how[4]);
      assertEquals(0, cli.exit, how[0] + ": " + cli.err);
      assertArrayEquals(coefficients("w1"), coefficients(how[0]), 0, how[0]);
    }
    assertFalse(java.util.Arrays.equals(coefficients("cold"), coefficients("w1")),
        "four iterations were not the optimum, so the warm run moved");
    // A warm-started model is an ordinary model: predict applies it.
    Cli predict = Cli.run("predict", "--model", tmp.resolve("w1").toString(), "--input",
        data.toString(), "--label-column", "3", "--output", tmp.resolve("p").toString());
    assertEquals(0, predict.exit, predict.err);
    assertEquals(401, Files.readAllLines(tmp.resolve("p/predictions.csv")).size());
  }

  @Test
  void aModelThatCannotStartTheRunIsRefusedInOneLineAndNothingIsWritten() throws Exception {
    Path data = linearData();
    RegressionFixtures f = RegressionFixtures.logistic(50, new double[] {1, -1, 0.5}, 0.2, 9);
    Path binary = DataFiles.writeLabelledCsv(tmp.resolve("log.csv"), f.x, f.y);
    assertEquals(0, run("linreg", data, "lin", "--solver", "lbfgs").exit);
    assertEquals(0, run("logreg", binary, "log").exit);
    String lin = tmp.resolve("lin").toString();
    Path wide = DataFiles.writeLabelledCsv(tmp.resolve("wide.csv"),
        new double[][] {{1, 2, 3, 4}, {2, 1, 0, 1}, {3, 5, 1, 2}}, new double[] {1, 2, 3});

    refused(run("linreg", data, "x", "--init-model", tmp.resolve("log").toString()),
        "log/model.json: is a logreg model; linreg starts only from a linreg model "
            + "(giraphml.regression.init-model)");
    refused(run("logreg", binary, "x", "--init-model", lin),
        "is a linreg model; logreg starts only from a logreg model");
    refused(Cli.run("linreg", "--input", wide.toString(), "--label-column", "4",
        "--init-model", lin, "--output", tmp.resolve("x").toString()),
        "has 3 features but the input has 4 (5 columns, one of them the label)");
    Path named = tmp.resolve("named.csv");
    Files.writeString(named, "p,q,r,y\n" + Files.readString(data));
    assertEquals(0, run("linreg", named, "named", "--solver", "lbfgs").exit);
    Path renamed = tmp.resolve("renamed.csv");
    Files.writeString(renamed, "p,s,r,y\n" + Files.readString(data));
    refused(run("linreg", renamed, "x", "--init-model", tmp.resolve("named").toString()),
        "was trained on other features: feature 1 (0-based) is 'q' there but 's' in the input");
    refused(run("linreg", data, "x", "--init-model", lin, "--standardize=false"),
        "was trained with --standardize=true but this run has --standardize=false");
    refused(run("linreg", data, "x", "--init-model", lin, "--fit-intercept=false"),
        "was trained with --fit-intercept=true but this run has --fit-intercept=false");
    refused(run("linreg", data, "x", "--init-model", lin, "--solver", "normal"),
        "--solver normal solves exactly and has no use for a starting point (--init-model)");
  }

  /** LIBSVM input tells its number of features only when read: checked then (exit 1). */
  @Test
  void sparseInputIsCheckedWhenItsWidthIsKnown() throws Exception {
    Path three = Files.writeString(tmp.resolve("3.libsvm"), "1 1:1 2:2\n0 1:3 3:1\n1 2:5 3:2\n");
    Path four = Files.writeString(tmp.resolve("4.libsvm"), "1 1:1 4:2\n0 1:3 3:1\n1 2:5\n");
    assertEquals(0, Cli.run("logreg", "--format", "libsvm", "--input", three.toString(),
        "--l2", "0.1", "--output", tmp.resolve("m").toString()).exit);
    Cli cli = Cli.run("logreg", "--format", "libsvm", "--input", four.toString(), "--l2", "0.1",
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

  private static void assertClose(double[] expected, double[] actual, double relative,
      String what) {
    assertEquals(expected.length, actual.length, what);
    for (int j = 0; j < expected.length; j++) {
      assertEquals(expected[j], actual[j], relative * Math.max(1, Math.abs(expected[j])),
          what + " coefficient " + j);
    }
  }
}
