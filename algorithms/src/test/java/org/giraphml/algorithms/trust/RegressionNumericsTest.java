package org.giraphml.algorithms.trust;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.giraphml.testing.Cli;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Linear regression on labels near 1e155 and 1e200, through the command line: the weights and
 * every representable figure as numpy computes them, a truly overflowing one as Infinity with
 * a warning, and never NaN.
 */
class RegressionNumericsTest {
  @TempDir
  Path tmp;

  private String solver = "normal";
  /** Relative tolerance: the normal equations are exact, L-BFGS stops at its tolerance. */
  private double tolerance = 1e-12;

  private JsonNode[] linreg(String exponent, String... options) throws Exception {
    // x = 1..6; labels 3.1, 4.9, 7.2, 8.8, 11.1, 12.9 times 10^exponent.
    String[] y = {"3.1", "4.9", "7.2", "8.8", "11.1", "12.9"};
    StringBuilder csv = new StringBuilder();
    for (int i = 0; i < y.length; i++) {
      csv.append(i + 1).append(',').append(y[i]).append('e').append(exponent).append('\n');
    }
    Path input = tmp.resolve("data.csv");
    Files.writeString(input, csv);
    Path out = tmp.resolve("out" + exponent);
    String[] base = {"linreg", "--input", input.toString(), "--label-column", "1", "--output",
        out.toString(), "--overwrite", "--solver", solver};
    Cli cli = Cli.run(Stream.concat(Stream.of(base), Stream.of(options)).toArray(String[]::new));
    assertEquals(0, cli.exit, cli.err);
    return new JsonNode[] {Cli.json(out.resolve("model.json")), Cli.json(out.resolve("summary.json"))};
  }

  private void assertClose(double expected, JsonNode actual) {
    assertEquals(expected, actual.asDouble(), Math.abs(expected) * tolerance, actual.toString());
  }

  /** Weight, intercept, RMSE and MAE as numpy has them; R^2 is scale-free: 0.9983821199232757. */
  private void assertFit(JsonNode[] r, double w, double b, double rmse, double mae) {
    assertClose(w, r[0].get("weights").get(0));
    assertClose(b, r[0].get("intercept"));
    assertClose(rmse, r[1].get("rmse"));
    assertClose(mae, r[1].get("mae"));
    assertClose(0.9983821199232757, r[1].get("r2"));
  }

  // numpy: ys = y * 2^-e (e = frexp(max y)[1] - 1, exact); w, b = lstsq([x, 1], ys);
  // res = ys - (w x + b); weights and RMSE = ldexp(..., e), MAE likewise, objective =
  // ldexp(mean(res^2) / 2, 2e), R^2 = 1 - sum(res^2) / sum((ys - mean ys)^2).

  @ParameterizedTest
  @ValueSource(strings = {"normal", "lbfgs"})
  void labelsNear1e155GiveNumpysWeightsObjectiveRmseAndR2(String solver) throws Exception {
    useSolver(solver);
    JsonNode[] r = linreg("155");
    assertFit(r, 1.9771428571428566e155, 1.079999999999997e155, 1.359271513575947e154,
        1.2190476190476156e154);
    JsonNode s = r[1];
    assertClose(9.23809523809523e307, s.get("objective"));
    assertEquals(0, s.get("warnings").size(), s.toString());
  }

  @ParameterizedTest
  @ValueSource(strings = {"normal", "lbfgs"})
  void labelsNear1e200GiveAnInfiniteObjectiveWithAWarningAndRightRmseAndR2(String solver)
      throws Exception {
    useSolver(solver);
    JsonNode[] r = linreg("200");
    assertFit(r, 1.9771428571428564e200, 1.0799999999999993e200, 1.359271513575947e199,
        1.2190476190476132e199);
    JsonNode s = r[1];
    // numpy: mean(res^2) / 2 = 6.16e-5 in units of 2^1336: beyond a double.
    assertEquals("Infinity", s.get("objective").asText());
    assertEquals(1, s.get("warnings").size(), s.toString());
    assertTrue(s.get("warnings").get(0).asText().startsWith("objective exceeds the largest"));
    assertFalse(s.toString().contains("NaN"), s.toString());
  }

  private void useSolver(String name) {
    solver = name;
    tolerance = name.equals("normal") ? 1e-12 : 1e-8;
  }

  @Test
  void lassoOnHugeLabelsIsTheScaledLassoOnOrdinaryOnes() throws Exception {
    // With w = s v and y = s z the objective is s^2 (loss(v; z) + (l1 / s) |v|_1): so l1 = 2e154
    // on labels ~1e155 must give 1e150 times the weights of l1 = 2e4 on labels ~1e5.
    useSolver("lbfgs");
    double big = linreg("155", "--l1", "2e154")[0].get("weights").get(0).asDouble();
    double small = linreg("5", "--l1", "2e4")[0].get("weights").get(0).asDouble();
    assertTrue(small > 0 && small < 1.97e5, "the penalty shrinks the weight: " + small);
    assertEquals(small * 1e150, big, big * 1e-6);
  }

  @ParameterizedTest
  @ValueSource(strings = {"normal e200", "lbfgs e200", "normal e-200", "lbfgs e-200"})
  void featuresNearTheEndsOfTheRangeAreStandardisedNotDroppedAsConstant(String solverAndScale)
      throws Exception {
    // x = -2, -1, 1, 2 times 1e200 (squares overflow) or 1e-200 (squares underflow); before,
    // the first made the normal equations 'singular' and L-BFGS drop the feature, the second
    // counted as constant. numpy: lstsq([x 2^-e, 1], y), weight = ldexp(w, -e):
    // 2.0199999999999997e-200 (or 2.0199999999999998e+200), intercept 1.0499999999999998.
    String[] parts = solverAndScale.split(" ");
    useSolver(parts[0]);
    String scale = parts[1];
    Path input = tmp.resolve("x.csv");
    Files.writeString(input, "-2" + scale + ",-3\n-1" + scale + ",-1\n1" + scale + ",3.2\n2"
        + scale + ",5\n");
    Cli cli = Cli.run("linreg", "--input", input.toString(), "--label-column", "1", "--output",
        tmp.resolve("x").toString(), "--solver", solver);
    assertEquals(0, cli.exit, cli.err);
    JsonNode model = Cli.json(tmp.resolve("x/model.json"));
    assertClose(scale.equals("e200") ? 2.0199999999999997e-200 : 2.0199999999999998e200,
        model.get("weights").get(0));
    assertClose(1.0499999999999998, model.get("intercept"));
  }

  @Test
  void constantLabelsExplainTheirNaNR2() throws Exception {
    Path input = tmp.resolve("flat.csv");
    Files.writeString(input, "1,5\n2,5\n3,5\n");
    Cli cli = Cli.run("linreg", "--input", input.toString(), "--label-column", "1",
        "--output", tmp.resolve("flat").toString());
    assertEquals(0, cli.exit, cli.err);
    JsonNode s = Cli.json(tmp.resolve("flat/summary.json"));
    assertEquals("NaN", s.get("r2").asText());
    assertTrue(s.get("warnings").toString().contains("r2 is NaN: every label is the same"),
        s.toString());
  }
}
