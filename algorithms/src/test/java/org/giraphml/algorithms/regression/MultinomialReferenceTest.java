package org.giraphml.algorithms.regression;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import org.giraphml.testing.Cli;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code logreg --family multinomial} against scikit-learn's multinomial
 * {@code LogisticRegression(solver="lbfgs", C = 1/(n l2))} on iris and wine, refined to the
 * exact optimum by Newton's method: the constants are printed by
 * {@code algorithms/src/test/resources/regression/multinomial_reference.py}, whose docstring
 * says how the penalty is matched (raw coefficients with {@code --standardize=false};
 * scikit-learn on X / s, s the sample standard deviation, with standardisation). scikit-learn's
 * own solution stops 5e-4 (iris) to 8e-3 (wine) from that optimum; ours is within 1e-6.
 */
public class MultinomialReferenceTest {
  static final Path IRIS = Path.of("..", "datasets", "iris.csv");
  static final Path WINE = Path.of("..", "datasets", "wine.csv");

  public static final double[][] IRIS_RAW_W = {
      {-0.4158304946752052, 0.8238623281494342, -2.2465108183887774, -0.9491902265563591},
      {0.43839903983300926, -0.34788193353686403, -0.14864965739405325, -0.7817269483559972},
      {-0.02256854515780315, -0.4759803946125678, 2.395160475782863, 1.730917174912361}};
  public static final double[] IRIS_RAW_B = {9.06440895136759, 2.1619158697145906, -11.226324821082398};

  static final double[][] IRIS_STD_W = {
      {-1.1809127931250532, 2.389717752787518, -0.9605071747451042, -2.0833183100024177},
      {0.5934862006955073, -0.8619881258659622, -0.13693590007544915, -0.9359070429264791},
      {0.58742659242956, -1.5277296269215332, 1.0974430748205553, 3.019225352928906}};
  static final double[] IRIS_STD_B = {5.466099868466602, 2.591341495988786, -8.05744136445556};

  static final double[][] WINE_STD_W = {
      {0.874342491441034, 0.14072414743332606, 1.4901589337434795, -0.21786619598918336,
          0.0031146487178836083, 0.3617856554751959, 0.5568570529850021, -1.522161243034339,
          0.20263542390924089, 0.061453432189014466, 0.5462742474528856, 0.8773694258196298,
          0.002973449737270727},
      {-1.1041795568608135, -0.35196648038253336, -2.5760178436870764, 0.14584308454538497,
          -0.007737712852427318, 0.05251306695013322, 0.28115940790217175, 1.3195748663591576,
          0.41625279217667727, -0.3781374547398694, 2.5241435681674687, 0.08188555461832966,
          -0.003072774248579515},
      {0.2298370654197848, 0.2112423329492067, 1.0858589099435823, 0.07202311144379851,
          0.004623064134543382, -0.41429872242532795, -0.838016460887171, 0.20258637667517634,
          -0.6188882160859155, 0.3166840225508552, -3.070417815620332, -0.9592549804379561,
          9.932451130878519e-05}};
  static final double[] WINE_STD_B = {-18.048420516994614, 19.60259035879209,
      -1.5541698418085388};

  @TempDir
  Path tmp;

  private JsonNode fit(String name, Path data, String labelColumn, String... options)
      throws Exception {
    Path out = tmp.resolve(name);
    String[] base = {"logreg", "--input", data.toString(), "--label-column", labelColumn,
        "--output", out.toString(), "--family", "multinomial", "--tolerance", "1e-15",
        "--max-iterations", "5000"};
    Cli cli = Cli.run(LinearRegressionTest.concat(base, options));
    assertEquals(0, cli.exit, cli.err);
    return Cli.json(out.resolve("model.json"));
  }

  public static void assertModel(double[][] w, double[] b, JsonNode model, double tolerance) {
    assertEquals(w.length, model.get("classes").size());
    for (int c = 0; c < w.length; c++) {
      for (int j = 0; j < w[c].length; j++) {
        double ours = model.get("weights").get(c).get(j).asDouble();
        assertEquals(w[c][j], ours, tolerance * Math.max(1, Math.abs(w[c][j])),
            "class " + c + " weight " + j);
      }
      assertEquals(b[c], model.get("intercepts").get(c).asDouble(),
          tolerance * Math.max(1, Math.abs(b[c])), "class " + c + " intercept");
    }
  }

  @Test
  void irisMatchesScikitLearnWithThePenaltyOnRawAndOnStandardisedCoefficients()
      throws Exception {
    assertModel(IRIS_RAW_W, IRIS_RAW_B,
        fit("raw", IRIS, "4", "--l2", "0.01", "--standardize=false"), 1e-6);
    assertModel(IRIS_STD_W, IRIS_STD_B, fit("std", IRIS, "4", "--l2", "0.01"), 1e-6);
  }

  @Test
  void wineMatchesScikitLearnWithThePenaltyOnStandardisedCoefficients()
      throws Exception {
    assertModel(WINE_STD_W, WINE_STD_B, fit("std", WINE, "13", "--l2", "0.01"), 1e-6);
    // Unscaled wine (--standardize=false) takes 823 L-BFGS iterations: its test,
    // trust.MultinomialUnscaledWineTest, runs in a child JVM (see there).
  }
}
