package org.giraphml.algorithms.regression;

import static org.giraphml.algorithms.regression.LinearRegressionTest.assertClose;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.Arrays;
import org.giraphml.algorithms.regression.WeightedRuns.Data;
import org.giraphml.algorithms.regression.WeightedRuns.Fit;
import org.giraphml.io.JobFailure;
import org.junit.jupiter.api.Test;

/**
 * Sample weights in linreg and logreg ({@link SampleWeights}) against numpy, scikit-learn and
 * statsmodels' WLS formulas. Every constant below is printed by
 * {@code bench/weights/weighted_glm_reference.py} (numpy 1.24, scikit-learn 1.2.1), which also
 * says how each row's weight is chosen (the same rules as {@link #diabetesWeights} and
 * {@link #irisWeights}).
 */
class WeightedRegressionTest {
  static final Path DIABETES = Path.of("..", "datasets", "diabetes.csv");
  static final Path IRIS = Path.of("..", "datasets", "iris.csv");
  private static final String SOLVER = "giraphml.linreg.solver";
  private static final String L2 = "giraphml.regression.l2";
  private static final String STANDARDIZE = "giraphml.regression.standardize";
  private static final String TOLERANCE = "giraphml.regression.tolerance";
  private static final String MAX_ITERATIONS = "giraphml.regression.max-iterations";

  /** numpy.linalg.lstsq of sqrt(w) [X 1] against sqrt(w) y: weights then intercept. */
  static final double[] DIABETES_WLS = {-0.20206348295133256, -17.948385914927265,
      5.686523491963078, 1.0892114451170836, -1.247643547769596, 0.9898382197213652,
      0.49616498176207646, 4.3556646212522505, 72.69310531263493, 0.5204915757200895,
      -370.09655533888366};
  /** scikit-learn r2_score, sqrt(mean_squared_error), mean_absolute_error, sample_weight=w. */
  static final double[] DIABETES_WLS_METRICS = {0.4980152016347167, 55.86006531960627,
      45.28420652877152};
  /** statsmodels WLS formulas on the rows of positive weight: bse, tvalues, pvalues. */
  static final double[] DIABETES_WLS_SE = {0.25133558981234466, 6.764807933381708,
      0.8278732146721067, 0.27257022595607144, 0.6710837252359464, 0.6188214178031589,
      0.9126053835203697, 6.9771458901572005, 18.68583639081419, 0.3242204122926879,
      78.46571058373951};
  static final double[] DIABETES_WLS_T = {-0.8039588945688103, -2.6531996313389667,
      6.868833767275974, 3.9960763920437348, -1.85914737737223, 1.5995539120726154,
      0.5436796568612416, 0.6242759847399599, 3.890278379423802, 1.6053633762275865,
      -4.716666077265844};
  static final double[] DIABETES_WLS_P = {0.42197916999877083, 0.00834528430458654,
      3.0665181702304263e-11, 7.89061138720036e-05, 0.0638649364135271, 0.11062094035487645,
      0.5870161533931046, 0.5328625590639139, 0.00012033629558826996, 0.109336802804196,
      3.49799254521807e-06};
  /** rsquared, rsquared_adj, llf (with + sum(log w) / 2), aic. */
  static final double[] DIABETES_WLS_FIT = {0.4980152016347167, 0.4833372835538605,
      -1942.3956005731525, 3906.791201146305};
  /** Closed-form weighted ridge, l2 = 0.1, standardised with Spark's weighted deviations. */
  static final double[] DIABETES_WEIGHTED_RIDGE = {-0.11833035278043186, -15.335726875110032,
      5.357726001473875, 1.0105496743960358, -0.10313488757990474, -0.051412608212311424,
      -0.6627505021022942, 3.057351376118639, 39.1554119250541, 0.6001991414520246,
      -246.77814606765403};
  /**
   * LogisticRegression(C = 1 / (sum(w) 0.05), solver="newton-cg").fit(X, y, sample_weight=w):
   * our objective's gradient there is 1.6e-11. solver="lbfgs" stops early on these raw
   * features (gradient 7.5e-5) at {@link #IRIS_WEIGHTED_LOGREG_SKLEARN_LBFGS}, 5e-4 away.
   */
  static final double[] IRIS_WEIGHTED_LOGREG = {-0.26982539453537996, -0.8231687014964195,
      0.3943713469118695, -0.273778424545073, 2.242395534766167};
  static final double[] IRIS_WEIGHTED_LOGREG_SKLEARN_LBFGS = {-0.26969664341748206,
      -0.8232406032714056, 0.3944147674794048, -0.2737852169674461, 2.2416936265523995};
  /** log_loss, accuracy_score and roc_auc_score of the newton-cg model, sample_weight=w. */
  static final double[] IRIS_WEIGHTED_METRICS = {0.561939924561691, 0.6498316498316499,
      0.743268942047843};

  static double[] diabetesWeights(int n) {
    double[] w = new double[n];
    for (int i = 0; i < n; i++) {
      w[i] = ((7 * i) % 5) / 2.0;
    }
    return w;
  }

  static double[] irisWeights(int n) {
    double[] pattern = {0, 0.5, 1, 2.5};
    double[] w = new double[n];
    for (int i = 0; i < n; i++) {
      w[i] = pattern[i % 4];
    }
    return w;
  }

  /** Iris, versicolor (species 1) against the rest. */
  static Data irisBinary() throws Exception {
    Data iris = Data.csv(IRIS);
    double[] y = new double[iris.y().length];
    for (int i = 0; i < y.length; i++) {
      y[i] = iris.y()[i] == 1 ? 1 : 0;
    }
    return new Data(iris.x(), y);
  }

  @Test
  void weightedOlsEqualsLeastSquaresOnRowsScaledByRootWeight() throws Exception {
    Data data = Data.csv(DIABETES);
    Fit fit = WeightedRuns.train(LinearRegression.class, data,
        diabetesWeights(data.y().length), 2, 50, SOLVER, "normal");
    assertClose(DIABETES_WLS, fit.model(), 1e-9);
    JsonNode s = fit.summary();
    assertEquals(DIABETES_WLS_METRICS[0], s.get("r2").asDouble(), 1e-12);
    assertEquals(DIABETES_WLS_METRICS[1], s.get("rmse").asDouble(), 1e-9);
    assertEquals(DIABETES_WLS_METRICS[2], s.get("mae").asDouble(), 1e-9);
    assertEquals(441.0, s.get("total_weight").asDouble());
    assertEquals(353, s.get("weighted_rows").asLong());
  }

  @Test
  void weightedInferenceIsStatsmodelsWlsOnThePositivelyWeightedRows() throws Exception {
    Data data = Data.csv(DIABETES);
    JsonNode inference = WeightedRuns.train(LinearRegression.class, data,
        diabetesWeights(data.y().length), 2, 50, SOLVER, "normal").summary().get("inference");
    for (int j = 0; j < 10; j++) {
      assertEquals(DIABETES_WLS_SE[j], inference.get("standard_errors").get(j).asDouble(),
          1e-8 * DIABETES_WLS_SE[j], "se " + j);
      assertEquals(DIABETES_WLS_T[j], inference.get("t_values").get(j).asDouble(),
          1e-8 * Math.abs(DIABETES_WLS_T[j]), "t " + j);
      assertEquals(DIABETES_WLS_P[j], inference.get("p_values").get(j).asDouble(),
          1e-7 * DIABETES_WLS_P[j], "p " + j);
    }
    assertEquals(DIABETES_WLS_SE[10], inference.get("intercept_standard_error").asDouble(),
        1e-8 * DIABETES_WLS_SE[10]);
    assertEquals(DIABETES_WLS_FIT[0], inference.get("r2").asDouble(), 1e-12);
    assertEquals(DIABETES_WLS_FIT[1], inference.get("adjusted_r2").asDouble(), 1e-12);
    assertEquals(DIABETES_WLS_FIT[2], inference.get("log_likelihood").asDouble(), 1e-9);
    assertEquals(DIABETES_WLS_FIT[3], inference.get("aic").asDouble(), 1e-9);
    assertEquals(353 - 11, inference.get("df_residual").asLong());
  }

  @Test
  void bothSolversSolveTheSameWeightedProblem() throws Exception {
    Data data = Data.csv(DIABETES);
    double[] w = diabetesWeights(data.y().length);
    Fit lbfgs = WeightedRuns.train(LinearRegression.class, data, w, 2, 50, SOLVER, "lbfgs",
        TOLERANCE, "1e-14", MAX_ITERATIONS, "1000");
    assertClose(DIABETES_WLS, lbfgs.model(), 1e-6);
    // With a penalty, standardisation matters: weighted means and Spark's weighted deviations.
    Fit ridgeNormal = WeightedRuns.train(LinearRegression.class, data, w, 2, 50, SOLVER,
        "normal", L2, "0.1");
    Fit ridgeLbfgs = WeightedRuns.train(LinearRegression.class, data, w, 2, 50, SOLVER,
        "lbfgs", L2, "0.1", TOLERANCE, "1e-14", MAX_ITERATIONS, "1000");
    assertClose(DIABETES_WEIGHTED_RIDGE, ridgeNormal.model(), 1e-9);
    assertClose(DIABETES_WEIGHTED_RIDGE, ridgeLbfgs.model(), 1e-6);
  }

  @Test
  void integerWeightsFitAsDuplicatedRows() throws Exception {
    Data data = Data.csv(DIABETES);
    double[] times = new double[data.y().length];
    for (int i = 0; i < times.length; i++) {
      times[i] = i % 4;
    }
    Data repeated = data.repeated(times);
    for (String solver : new String[] {"normal", "lbfgs"}) {
      // Penalised on the raw scale (normal), or unpenalised (L-BFGS, standardised for a
      // well-conditioned problem): the scales then do not change the solution.
      String[] options = solver.equals("normal")
          ? new String[] {SOLVER, solver, L2, "0.5", STANDARDIZE, "false"}
          : new String[] {SOLVER, solver, TOLERANCE, "1e-14", MAX_ITERATIONS, "2000"};
      Fit weighted = WeightedRuns.train(LinearRegression.class, data, times, 2, 40, options);
      Fit duplicated = WeightedRuns.train(LinearRegression.class, repeated, null, 2, 40,
          options);
      // L-BFGS: two runs stop at slightly different points along diabetes' nearly collinear
      // s1-s5 directions (objectives equal to 1e-10, below), so coefficients agree to ~1e-6.
      assertClose(duplicated.model(), weighted.model(), solver.equals("normal") ? 1e-10 : 1e-5);
      for (String metric : new String[] {"r2", "rmse", "mae", "objective"}) {
        double expected = duplicated.summary().get(metric).asDouble();
        double tolerance = metric.equals("objective") || solver.equals("normal") ? 1e-10 : 1e-8;
        assertEquals(expected, weighted.summary().get(metric).asDouble(),
            tolerance * Math.abs(expected), solver + " " + metric);
      }
    }
    Data iris = irisBinary();
    double[] irisTimes = Arrays.copyOf(times, iris.y().length);
    String[] options = {L2, "0.05", STANDARDIZE, "false", TOLERANCE, "1e-14"};
    Fit weighted = WeightedRuns.train(LogisticRegression.class, iris, irisTimes, 2, 16, options);
    Fit duplicated = WeightedRuns.train(LogisticRegression.class, iris.repeated(irisTimes), null,
        2, 16, options);
    assertClose(duplicated.model(), weighted.model(), 1e-6);
    assertEquals(duplicated.summary().get("log_loss").asDouble(),
        weighted.summary().get("log_loss").asDouble(), 1e-9);
    assertEquals(duplicated.summary().get("accuracy").asDouble(),
        weighted.summary().get("accuracy").asDouble(), 1e-15);
    assertEquals(duplicated.summary().get("auc").asDouble(),
        weighted.summary().get("auc").asDouble(), 1e-12);
  }

  @Test
  void zeroWeightRowsCountForNothingWhateverTheyHold() throws Exception {
    Data data = Data.csv(DIABETES);
    double[] w = diabetesWeights(data.y().length);
    double[][] x = new double[w.length][];
    double[] y = data.y().clone();
    double[] kept = new double[w.length];
    for (int i = 0; i < w.length; i++) {
      x[i] = data.x()[i].clone();
      kept[i] = w[i] > 0 ? 1 : 0;
      if (w[i] == 0) {
        Arrays.fill(x[i], 1e9 * (i % 3 - 1));
        y[i] = 1e12;
      }
    }
    Fit fit = WeightedRuns.train(LinearRegression.class, new Data(x, y), w, 2, 50,
        SOLVER, "normal", L2, "0.1");
    // The same fit on the positively weighted rows alone, their weights kept.
    Data positive = data.repeated(kept);
    double[] positiveWeights = Arrays.stream(w).filter(v -> v > 0).toArray();
    Fit reference = WeightedRuns.train(LinearRegression.class, positive, positiveWeights, 2, 50,
        SOLVER, "normal", L2, "0.1");
    assertClose(reference.model(), fit.model(), 1e-10);
    assertClose(DIABETES_WEIGHTED_RIDGE, fit.model(), 1e-9);
    assertEquals(reference.summary().get("r2").asDouble(), fit.summary().get("r2").asDouble(),
        1e-12);
  }

  @Test
  void weightedLogregMatchesScikitLearnWithSampleWeight() throws Exception {
    Fit fit = WeightedRuns.train(LogisticRegression.class, irisBinary(),
        irisWeights(150), 2, 16, L2, "0.05", STANDARDIZE, "false", TOLERANCE, "1e-14",
        MAX_ITERATIONS, "1000");
    assertClose(IRIS_WEIGHTED_LOGREG, fit.model(), 1e-7);
    assertClose(IRIS_WEIGHTED_LOGREG_SKLEARN_LBFGS, fit.model(), 1e-3);
    JsonNode s = fit.summary();
    assertEquals(IRIS_WEIGHTED_METRICS[0], s.get("log_loss").asDouble(), 1e-9);
    assertEquals(IRIS_WEIGHTED_METRICS[1], s.get("accuracy").asDouble(), 1e-12);
    // The AUC is binned (1/16384 of probability); scikit-learn's is exact.
    assertEquals(IRIS_WEIGHTED_METRICS[2], s.get("auc").asDouble(), 1e-3);
  }

  @Test
  void workerCountDoesNotChangeTheWeightedModel() throws Exception {
    Data data = Data.csv(DIABETES);
    double[] w = diabetesWeights(data.y().length);
    for (String solver : new String[] {"normal", "lbfgs"}) {
      Fit one = WeightedRuns.train(LinearRegression.class, data, w, 1, 16, SOLVER, solver,
          L2, "0.1");
      Fit three = WeightedRuns.train(LinearRegression.class, data, w, 3, 16, SOLVER, solver,
          L2, "0.1");
      assertArrayEquals(one.model(), three.model(), solver);
      assertEquals(one.summary().get("r2").asDouble(), three.summary().get("r2").asDouble());
    }
    Fit one = WeightedRuns.train(LogisticRegression.class, irisBinary(), irisWeights(150), 1, 8,
        L2, "0.05");
    Fit three = WeightedRuns.train(LogisticRegression.class, irisBinary(), irisWeights(150), 3,
        8, L2, "0.05");
    assertArrayEquals(one.model(), three.model());
  }

  @Test
  void sparseRowsGiveTheWeightedModelOfDenseRows() throws Exception {
    Data data = Data.csv(DIABETES);
    double[] w = diabetesWeights(data.y().length);
    Fit sparse = WeightedRuns.train(LinearRegression.class, data, true, w, 2, 50, SOLVER,
        "normal");
    assertClose(DIABETES_WLS, sparse.model(), 1e-9);
    Fit sparseRidge = WeightedRuns.train(LinearRegression.class, data, true, w, 2, 50, SOLVER,
        "lbfgs", L2, "0.1", TOLERANCE, "1e-14", MAX_ITERATIONS, "1000");
    // Sparse rows are not centred, which leaves L-BFGS a worse-conditioned problem on
    // diabetes' uncentred features (means near 100): "converged" after ~100 iterations within
    // 1e-5 of the exact ridge, weighted or not (unweighted: 3.6e-5; dense: 1e-7 either way).
    assertClose(DIABETES_WEIGHTED_RIDGE, sparseRidge.model(), 5e-5);
    Fit logistic = WeightedRuns.train(LogisticRegression.class, irisBinary(), true,
        irisWeights(150), 2, 16, L2, "0.05", STANDARDIZE, "false", TOLERANCE, "1e-14",
        MAX_ITERATIONS, "1000");
    assertClose(IRIS_WEIGHTED_LOGREG, logistic.model(), 1e-7);
  }

  @Test
  void unitWeightsChangeNothing() throws Exception {
    Data data = Data.csv(DIABETES);
    double[] ones = new double[data.y().length];
    Arrays.fill(ones, 1);
    for (String solver : new String[] {"normal", "lbfgs"}) {
      Fit weighted = WeightedRuns.train(LinearRegression.class, data, ones, 2, 50, SOLVER,
          solver, L2, "0.1");
      Fit plain = WeightedRuns.train(LinearRegression.class, data, null, 2, 50, SOLVER, solver,
          L2, "0.1");
      assertArrayEquals(plain.model(), weighted.model(), solver);
      assertFalse(plain.summary().has("total_weight"));
      assertTrue(weighted.summary().has("total_weight"));
    }
  }

  @Test
  void rowsThatAllWeighNothingFailTheJobWithOneClearLine() {
    double[][] x = {{1}, {2}, {3}};
    double[] y = {1, 2, 4};
    JobFailure e = assertThrows(JobFailure.class, () -> WeightedRuns.train(
        LinearRegression.class, new Data(x, y), new double[3], 1, 2));
    // The data census (weights-io) or SampleWeights says it first; both name the option.
    assertTrue(e.getMessage().contains("weight 0") && e.getMessage().contains("--weight-column"),
        e.getMessage());
  }
}
