package org.giraphml.algorithms.regression;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The {@code inference} object of an unpenalised normal-equations fit, end to end on the
 * shipped diabetes data, against the statsmodels-formula constants of {@link OlsInferenceTest}
 * (computed there with numpy and scipy from the raw design; the script is in that class).
 */
class LinearInferenceTest {
  @TempDir
  Path tmp;

  private LinearRegressionTest.Run linreg(String name, String... args) throws Exception {
    LinearRegressionTest runner = new LinearRegressionTest();
    runner.tmp = tmp;
    return runner.linreg(name, args);
  }

  private static double[] array(JsonNode node) {
    double[] out = new double[node.size()];
    for (int j = 0; j < out.length; j++) {
      out[j] = node.get(j).asDouble();
    }
    return out;
  }

  private static void assertRelative(double[] expected, double[] actual, double relative) {
    assertEquals(expected.length, actual.length);
    for (int j = 0; j < expected.length; j++) {
      assertEquals(expected[j], actual[j], Math.abs(expected[j]) * relative, "coefficient " + j);
    }
  }

  private static double[] head(double[] values, int n) {
    return Arrays.copyOf(values, n);
  }

  @Test
  void diabetesWithInterceptEqualsStatsmodelsFormulas() throws Exception {
    LinearRegressionTest.Run run = linreg("i", "--input", LinearRegressionTest.DIABETES.toString(), "--label-column", "10",
        "--solver", "normal", "--workers", "2");
    assertEquals(0, run.exit, run.err);
    JsonNode inf = run.summary.get("inference");
    assertRelative(head(OlsInferenceTest.SE, 10), array(inf.get("standard_errors")), 1e-8);
    assertRelative(head(OlsInferenceTest.T, 10), array(inf.get("t_values")), 1e-8);
    assertRelative(head(OlsInferenceTest.P, 10), array(inf.get("p_values")), 1e-7);
    assertEquals(OlsInferenceTest.SE[10], inf.get("intercept_standard_error").asDouble(),
        1e-8 * Math.abs(OlsInferenceTest.SE[10]));
    assertEquals(OlsInferenceTest.T[10], inf.get("intercept_t_value").asDouble(),
        1e-8 * Math.abs(OlsInferenceTest.T[10]));
    assertEquals(OlsInferenceTest.P[10], inf.get("intercept_p_value").asDouble(),
        1e-7 * OlsInferenceTest.P[10]);
    assertEquals(0.5177484222203498, inf.get("r2").asDouble(), 1e-9);
    assertEquals(0.5065592904853231, inf.get("adjusted_r2").asDouble(), 1e-9);
    assertEquals(4793.985724247038, inf.get("aic").asDouble(), 4793.985724247038 * 1e-8);
    assertEquals(431, inf.get("df_residual").asLong());
  }

  @Test
  void diabetesWithoutInterceptUsesTheUncentredDesign() throws Exception {
    LinearRegressionTest.Run run = linreg("z", "--input", LinearRegressionTest.DIABETES.toString(), "--label-column", "10",
        "--solver", "normal", "--fit-intercept=false");
    assertEquals(0, run.exit, run.err);
    JsonNode inf = run.summary.get("inference");
    assertRelative(OlsInferenceTest.SE0, array(inf.get("standard_errors")), 1e-8);
    assertRelative(OlsInferenceTest.P0, array(inf.get("p_values")), 1e-7);
    assertFalse(inf.has("intercept_standard_error"));
    assertEquals(0.8960283788293706, inf.get("r2").asDouble(), 1e-9);
    assertEquals(0.8936216283393097, inf.get("adjusted_r2").asDouble(), 1e-9);
    assertEquals(4816.520322732394, inf.get("aic").asDouble(), 4816.520322732394 * 1e-8);
  }

  @Test
  void labelsBeyondASquarableDoubleScaleTheStandardErrorsAndAicExactly() throws Exception {
    // Labels times 2^600 (exact): squares overflow, so the job works in units of 2^e. OLS is
    // equivariant: standard errors scale by 2^600, t, p and R² do not, and the AIC grows by
    // 2 n 600 ln 2 (llf = -n/2 (log 2 pi + log(RSS/n) + 1), RSS times 2^1200).
    List<String> lines = Files.readAllLines(LinearRegressionTest.DIABETES);
    List<String> out = new ArrayList<>(List.of(lines.get(0)));
    for (String line : lines.subList(1, lines.size())) {
      int cut = line.lastIndexOf(',');
      double y = Math.scalb(Double.parseDouble(line.substring(cut + 1)), 600);
      out.add(line.substring(0, cut + 1) + y);
    }
    Path csv = tmp.resolve("huge.csv");
    Files.write(csv, out);
    LinearRegressionTest.Run run = linreg("h", "--input", csv.toString(), "--label-column", "10",
        "--solver", "normal");
    assertEquals(0, run.exit, run.err);
    JsonNode inf = run.summary.get("inference");
    double[] se = new double[10];
    for (int j = 0; j < 10; j++) {
      se[j] = Math.scalb(OlsInferenceTest.SE[j], 600);
    }
    assertRelative(se, array(inf.get("standard_errors")), 1e-8);
    assertRelative(head(OlsInferenceTest.T, 10), array(inf.get("t_values")), 1e-8);
    assertEquals(0.5065592904853231, inf.get("adjusted_r2").asDouble(), 1e-9);
    double aic = 4793.985724247038 + 2 * 442 * 600 * Math.log(2);
    assertEquals(aic, inf.get("aic").asDouble(), 1e-9 * aic);
    // The objective itself (half the mean squared error) is beyond a double, and says so.
    assertFalse(run.summary.get("warnings").toString().contains("inference"));
  }

  @Test
  void aConstantFeatureLeavesInferenceOutWithAWarning() throws Exception {
    List<String> lines = Files.readAllLines(LinearRegressionTest.DIABETES);
    List<String> out = new ArrayList<>();
    out.add("constant," + lines.get(0));
    for (String line : lines.subList(1, lines.size())) {
      out.add("3," + line);
    }
    Path csv = tmp.resolve("constant.csv");
    Files.write(csv, out);
    LinearRegressionTest.Run run = linreg("c", "--input", csv.toString(), "--label-column", "11", "--solver",
        "normal");
    assertEquals(0, run.exit, run.err);
    assertFalse(run.summary.has("inference"));
    assertTrue(run.summary.get("warnings").toString().contains("no inference"),
        run.summary.get("warnings").toString());
  }

  @Test
  void aRidgePenaltyHasNoInference() throws Exception {
    LinearRegressionTest.Run run = linreg("r", "--input", LinearRegressionTest.DIABETES.toString(), "--label-column", "10",
        "--solver", "normal", "--l2", "0.1");
    assertEquals(0, run.exit, run.err);
    assertFalse(run.summary.has("inference"));
    assertFalse(run.summary.get("warnings").toString().contains("no inference"));
  }
}
