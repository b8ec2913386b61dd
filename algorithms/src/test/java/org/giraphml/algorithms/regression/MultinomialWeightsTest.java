package org.giraphml.algorithms.regression;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.giraphml.algorithms.regression.WeightedRuns.Data;
import org.giraphml.algorithms.regression.WeightedRuns.Fit;
import org.junit.jupiter.api.Test;

/**
 * Sample weights in multinomial logistic regression ({@link SoftmaxGradientPiece},
 * {@link MultinomialMetricsPiece}) against scikit-learn's
 * {@code LogisticRegression(multi_class="multinomial", C = 1/(sum(w) l2))} fitted with
 * {@code sample_weight=w} and refined to the optimum by weighted Newton steps, and its weighted
 * metrics: every constant below is printed by the last part of
 * {@code algorithms/src/test/resources/regression/multinomial_reference.py} (scikit-learn
 * 1.2.1), whose docstring says how the weights are chosen (as
 * {@link WeightedRegressionTest#irisWeights}: 0, 0.5, 1, 2.5 by row index mod 4). The fit
 * to those constants (thousands of supersteps allowed) runs through the command line in a
 * child JVM, in {@code trust.MultinomialWeightsGiraphTest}: in this JVM its supersteps would
 * fill Hadoop's counter pool, which later in-process Giraph jobs need.
 */
public class MultinomialWeightsTest {
  private static final String FAMILY = "giraphml.logreg.family";
  private static final String L2 = "giraphml.regression.l2";
  private static final String STANDARDIZE = "giraphml.regression.standardize";
  private static final String TOLERANCE = "giraphml.regression.tolerance";
  private static final String MAX_ITERATIONS = "giraphml.regression.max-iterations";

  /** The refined optimum: class by class, the four weights then the intercept. */
  public static final double[] IRIS_WEIGHTED = {
      -0.48525828914306846, 0.7905902444997561, -2.2622744940293265, -0.9082321024371697,
      9.580007917649548,
      0.3093523493640218, -0.15003466333078902, -0.05138710773804679, -0.8993251726422703,
      2.0694116061068226,
      0.17590593977902952, -0.6405555811689755, 2.313661601767375, 1.8075572750794406,
      -11.649419523756816};
  /** log_loss and accuracy_score, sample_weight=w. */
  static final double[] IRIS_WEIGHTED_METRICS = {0.1532688950579733, 0.9663299663299664};
  /** confusion_matrix(y, predicted, sample_weight=w). */
  static final double[][] IRIS_WEIGHTED_CONFUSION = {{48.5, 0.0, 0.0}, {0.0, 47.5, 4.0},
      {0.0, 1.0, 47.5}};
  /** precision_recall_fscore_support(y, predicted, sample_weight=w, zero_division=0). */
  static final double[][] IRIS_WEIGHTED_PER_CLASS = {{1.0, 0.979381443298969,
      0.9223300970873787}, {1.0, 0.9223300970873787, 0.979381443298969}, {1.0, 0.95, 0.95},
      {48.5, 51.5, 48.5}};

  private static String[] options(String... more) {
    List<String> all = new ArrayList<>(List.of(FAMILY, "multinomial", L2, "0.01",
        STANDARDIZE, "false", TOLERANCE, "1e-15", MAX_ITERATIONS, "5000"));
    all.addAll(List.of(more));
    return all.toArray(String[]::new);
  }

  private static Data iris() throws Exception {
    return Data.csv(WeightedRegressionTest.IRIS);
  }

  public static void assertNear(double[] expected, double[] actual, double tolerance) {
    assertEquals(expected.length, actual.length);
    for (int i = 0; i < expected.length; i++) {
      assertEquals(expected[i], actual[i], tolerance * Math.max(1, Math.abs(expected[i])),
          "coordinate " + i);
    }
  }

  /** The summary's weighted metrics against scikit-learn's. */
  public static void assertScikitLearnMetrics(JsonNode s) {
    assertEquals(IRIS_WEIGHTED_METRICS[0], s.get("log_loss").asDouble(), 1e-9);
    assertEquals(IRIS_WEIGHTED_METRICS[1], s.get("accuracy").asDouble(), 1e-15);
    assertEquals(148.5, s.get("total_weight").asDouble());
    for (int c = 0; c < 3; c++) {
      for (int o = 0; o < 3; o++) {
        assertEquals(IRIS_WEIGHTED_CONFUSION[c][o],
            s.get("confusion_matrix").get(c).get(o).asDouble(), 0, "confusion " + c + o);
      }
      JsonNode cls = s.get("per_class").get(c);
      assertEquals(IRIS_WEIGHTED_PER_CLASS[0][c], cls.get("precision").asDouble(), 1e-15);
      assertEquals(IRIS_WEIGHTED_PER_CLASS[1][c], cls.get("recall").asDouble(), 1e-15);
      assertEquals(IRIS_WEIGHTED_PER_CLASS[2][c], cls.get("f1").asDouble(), 1e-15);
      // The support is the class's total weight, written as a decimal.
      assertTrue(cls.get("support").isDouble(), cls.toString());
      assertEquals(IRIS_WEIGHTED_PER_CLASS[3][c], cls.get("support").asDouble(), 0);
    }
  }

  @Test
  void integerWeightsFitAsDuplicatedRows() throws Exception {
    // Penalised on the raw scale: standardised, the weighted deviations (Spark's, dividing by
    // sum(w) - 1) differ from the duplicated rows' sample deviations, so the penalties would.
    Data data = iris();
    double[] times = new double[data.y().length];
    for (int i = 0; i < times.length; i++) {
      times[i] = i % 4;
    }
    String[] options = options(TOLERANCE, "1e-14");
    Fit weighted = WeightedRuns.train(LogisticRegression.class, data, times, 2, 16, options);
    Fit duplicated = WeightedRuns.train(LogisticRegression.class, data.repeated(times), null, 2,
        16, options);
    assertNear(duplicated.model(), weighted.model(), 1e-6);
    JsonNode w = weighted.summary();
    JsonNode d = duplicated.summary();
    assertEquals(d.get("log_loss").asDouble(), w.get("log_loss").asDouble(), 1e-9);
    assertEquals(d.get("accuracy").asDouble(), w.get("accuracy").asDouble(), 1e-15);
    for (int c = 0; c < 3; c++) {
      for (int o = 0; o < 3; o++) {
        assertEquals(d.get("confusion_matrix").get(c).get(o).asLong(),
            w.get("confusion_matrix").get(c).get(o).asDouble(), 0);
      }
      for (String metric : new String[] {"precision", "recall", "f1", "support"}) {
        assertEquals(d.get("per_class").get(c).get(metric).asDouble(),
            w.get("per_class").get(c).get(metric).asDouble(), 1e-15, metric + " " + c);
      }
    }
  }

  @Test
  void workerCountDoesNotChangeTheWeightedModelOrMetrics() throws Exception {
    // Standardised and elastic net: the weighted moments and OWL-QN take part too.
    String[] options = {FAMILY, "multinomial", L2, "0.01", "giraphml.regression.l1", "0.001"};
    double[] w = WeightedRegressionTest.irisWeights(150);
    Fit one = WeightedRuns.train(LogisticRegression.class, iris(), w, 1, 8, options);
    Fit three = WeightedRuns.train(LogisticRegression.class, iris(), w, 3, 8, options);
    assertArrayEquals(one.model(), three.model());
    for (String key : new String[] {"objective", "log_loss", "confusion_matrix", "per_class"}) {
      assertEquals(one.summary().get(key), three.summary().get(key), key);
    }
  }

  @Test
  void unitWeightsGiveTheUnweightedModelBitForBit() throws Exception {
    double[] ones = new double[150];
    Arrays.fill(ones, 1);
    String[] options = {FAMILY, "multinomial", L2, "0.01"};
    Fit weighted = WeightedRuns.train(LogisticRegression.class, iris(), ones, 2, 16, options);
    Fit plain = WeightedRuns.train(LogisticRegression.class, iris(), null, 2, 16, options);
    assertArrayEquals(plain.model(), weighted.model());
    assertEquals(plain.summary().get("log_loss"), weighted.summary().get("log_loss"));
    // Unweighted counts stay integers.
    assertTrue(plain.summary().get("per_class").get(0).get("support").isIntegralNumber());
  }
}
