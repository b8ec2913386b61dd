package org.giraphml.algorithms.trust;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.Map;
import org.giraphml.testing.Cli;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Multinomial logistic regression on wine's unscaled features ({@code --standardize=false},
 * proline near 1000) against scikit-learn refined to the optimum (constants from
 * {@code algorithms/src/test/resources/regression/multinomial_reference.py}, "wine raw";
 * scikit-learn's own lbfgs stops 5e-2 from it). The poorly conditioned intercepts take L-BFGS
 * 823 iterations and agree to 3e-6, so the tolerance is 1e-5. Runs in a child JVM: a job of
 * some 2,500 supersteps leaves Hadoop's per-JVM counter pool too full for later local Giraph
 * jobs in the test JVM.
 */
class MultinomialUnscaledWineTest {
  @TempDir
  Path tmp;

  private static final double[][] WINE_RAW_W = {
      {0.17009496909392666, 0.13757579473933762, 0.09456292762080071, -0.17687300715514026,
          -0.01038988971027734, 0.11488148694716256, 0.25174110066519106, -0.0009256772172560177,
          0.040688087819853995, 0.060662252699063085, 0.010656839474776646, 0.19107063750486414,
          0.009637309722110495},
      {-0.23824251245307512, -0.33770001256775045, -0.10749495192422479, 0.0494787029708927,
          0.002306908195237092, 0.06688313573638918, 0.1530586702600906, -0.00529386283492663,
          0.1291013562768503, -0.49987777193058175, 0.07359802025595202, 0.09172944380048123,
          -0.006955370534490942},
      {0.06814754335914663, 0.200124217828413, 0.012932024303423821, 0.12739430418425235,
          0.008082981515044893, -0.18176462268355156, -0.4047997709252817, 0.006219540052182783,
          -0.1697894440967043, 0.4392155192315195, -0.08425485973072877, -0.2828000813053455,
          -0.0026819391875912155}};
  private static final double[] WINE_RAW_B = {-7.225756479189451, 9.745255513415483,
      -2.5194990342363073};

  @Test
  void unscaledWineMatchesScikitLearnWithThePenaltyOnRawCoefficients() throws Exception {
    Path out = tmp.resolve("raw").toAbsolutePath();
    ChildCli child = ChildCli.run(Path.of("").toAbsolutePath(), Map.of(), "logreg", "--input",
        Path.of("..", "datasets", "wine.csv").toString(), "--label-column", "13", "--output",
        out.toString(), "--family", "multinomial", "--l2", "0.1", "--standardize=false",
        "--tolerance", "1e-15", "--max-iterations", "5000");
    assertEquals(0, child.exit, child.err);
    JsonNode model = Cli.json(out.resolve("model.json"));
    for (int c = 0; c < 3; c++) {
      for (int j = 0; j < 13; j++) {
        assertEquals(WINE_RAW_W[c][j], model.get("weights").get(c).get(j).asDouble(),
            1e-5 * Math.max(1, Math.abs(WINE_RAW_W[c][j])), "class " + c + " weight " + j);
      }
      assertEquals(WINE_RAW_B[c], model.get("intercepts").get(c).asDouble(),
          1e-5 * Math.max(1, Math.abs(WINE_RAW_B[c])), "class " + c + " intercept");
    }
  }
}
