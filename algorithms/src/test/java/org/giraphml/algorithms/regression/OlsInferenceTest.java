package org.giraphml.algorithms.regression;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * OLS inference on the shipped diabetes data (442 rows, 10 features) against statsmodels'
 * formulas evaluated with numpy and scipy (statsmodels itself is not packaged here); the
 * intercept is the last column. The script (numpy 1.24.2, scipy 1.10.1):
 * <pre>
 * import numpy as np
 * from scipy import stats
 * D = np.loadtxt('datasets/diabetes.csv', delimiter=',', skiprows=1)
 * X, y = D[:, :10], D[:, 10]
 * n = len(y)
 * for intercept in (True, False):
 *     A = np.hstack([X, np.ones((n, 1))]) if intercept else X
 *     beta = np.linalg.lstsq(A, y, rcond=None)[0]
 *     rss = float(((y - A @ beta) ** 2).sum())
 *     tss = float(((y - y.mean()) ** 2).sum()) if intercept else float((y ** 2).sum())
 *     m = A.shape[1]; df = n - m
 *     se = np.sqrt(rss / df * np.diag(np.linalg.inv(A.T @ A)))   # OLSResults.bse
 *     t = beta / se                                              # tvalues
 *     p = 2 * stats.t.sf(np.abs(t), df)                          # pvalues
 *     r2 = 1 - rss / tss                                         # rsquared
 *     adj = 1 - (n - intercept) / df * (1 - r2)                  # rsquared_adj
 *     llf = -n / 2 * (np.log(2 * np.pi) + np.log(rss / n) + 1)   # llf
 *     aic = -2 * llf + 2 * m                                     # aic
 * </pre>
 * The test computes X'X, TSS and RSS itself from the rows, as the job's reductions would.
 */
class OlsInferenceTest {
  private static final Path DIABETES = Path.of("..", "datasets", "diabetes.csv");

  static final double[] BETA = {-0.03636122422363035, -22.85964809049836,
      5.602962091923685, 1.1168079933181823, -1.089996334063229, 0.7464504555142145,
      0.37200471508914024, 6.533831935990371, 68.48312496478805, 0.2801169893215069,
      -334.5671385187864};
  static final double[] SE = {0.21704143540876233, 5.835821285014887,
      0.7171055005609229, 0.22523816918827033, 0.5733318585495679, 0.5308343897655904,
      0.78246384562619, 5.958637837215968, 15.669719238694132, 0.2733139503593678,
      67.45462110429366};
  static final double[] T = {-0.1675312557491609, -3.9171261377035202,
      7.813302348874782, 4.958342528457837, -1.9011612869738905, 1.406183302939053,
      0.47542735318515883, 1.09653113924493, 4.370411742648123, 1.0248909320332684,
      -4.9598846312026845};
  static final double[] P = {0.8670306337000664, 0.00010416711927693975,
      4.2963914195234784e-14, 1.0242783922116958e-06, 0.057947605368985224,
      0.16039024001463048, 0.6347232557749881, 0.2734586936606475, 1.5558990865145792e-05,
      0.3059895261964209, 1.0166172919865542e-06};

  static final double[] BETA0 = {0.022296429852863845, -26.07278858449584,
      5.3537259175668686, 1.0177970496721362, 1.263585906379277, -1.2849362113535077,
      -3.0682781661189344, -5.508041676893495, 5.5033814628575275, 0.1233851795651068};
  static final double[] SE0 = {0.22256002903240957, 5.956068462453531,
      0.7346227247780655, 0.23039857645696832, 0.3304437501508457, 0.34680442817617996,
      0.37189113152320097, 5.588251533106228, 9.42926396988438, 0.2787980470336568};
  static final double[] P0 = {0.92024659229997, 1.5073690981005969e-05,
      1.511170463347318e-12, 1.2635310805693968e-05, 0.00015068321583885938,
      0.0002387683567998572, 1.9258578591536454e-15, 0.3248582183914076, 0.5597610116814283,
      0.6583047016562895};

  /** Rows with a trailing 1 when {@code intercept}, and the labels. */
  private static double[][] design(boolean intercept, double[] y) throws IOException {
    List<String> lines = Files.readAllLines(DIABETES);
    double[][] a = new double[lines.size() - 1][];
    for (int i = 1; i < lines.size(); i++) {
      String[] cells = lines.get(i).split(",");
      a[i - 1] = new double[intercept ? 11 : 10];
      for (int t = 0; t < 10; t++) {
        a[i - 1][t] = Double.parseDouble(cells[t]);
      }
      if (intercept) {
        a[i - 1][10] = 1;
      }
      y[i - 1] = Double.parseDouble(cells[10]);
    }
    return a;
  }

  private static OlsInference fit(boolean intercept, double[] beta) throws IOException {
    double[] y = new double[442];
    double[][] a = design(intercept, y);
    int m = beta.length;
    double[][] gram = new double[m][m];
    double rss = 0;
    double sum = 0;
    double squares = 0;
    for (int i = 0; i < a.length; i++) {
      double fitted = 0;
      for (int j = 0; j < m; j++) {
        fitted += a[i][j] * beta[j];
        for (int l = 0; l < m; l++) {
          gram[j][l] += a[i][j] * a[i][l];
        }
      }
      rss += (y[i] - fitted) * (y[i] - fitted);
      sum += y[i];
      squares += y[i] * y[i];
    }
    double tss = intercept ? squares - sum * sum / a.length : squares;
    return OlsInference.of(gram, beta, intercept, rss, tss, a.length);
  }

  private static void assertClose(double[] expected, double[] actual, double relative) {
    for (int j = 0; j < expected.length; j++) {
      assertEquals(expected[j], actual[j], Math.abs(expected[j]) * relative, "coefficient " + j);
    }
  }

  @Test
  void withInterceptEqualsStatsmodelsFormulas() throws IOException {
    OlsInference r = fit(true, BETA);
    assertEquals(431, r.dfResidual());
    assertClose(SE, r.standardErrors(), 1e-9);
    assertClose(T, r.tValues(), 1e-9);
    assertClose(P, r.pValues(), 1e-7);
    assertEquals(0.5177484222203498, r.rSquared(), 1e-9);
    assertEquals(0.5065592904853231, r.adjustedRSquared(), 1e-9);
    assertEquals(4793.985724247038, r.aic(), 4793.985724247038 * 1e-12);
  }

  @Test
  void withoutInterceptUsesTheUncenteredTotalAndNoConstantInAdjustedRSquared()
      throws IOException {
    OlsInference r = fit(false, BETA0);
    assertEquals(432, r.dfResidual());
    assertClose(SE0, r.standardErrors(), 1e-9);
    assertClose(P0, r.pValues(), 1e-7);
    assertEquals(0.8960283788293706, r.rSquared(), 1e-9);
    assertEquals(0.8936216283393097, r.adjustedRSquared(), 1e-9);
    assertEquals(4816.520322732394, r.aic(), 4816.520322732394 * 1e-12);
  }

  @Test
  void aSingularGramOrTooFewRowsIsRefused() {
    double[][] singular = {{1, 2}, {2, 4}};
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> OlsInference.of(singular, new double[] {1, 1}, false, 1, 2, 10));
    assertTrue(e.getMessage().contains("singular"), e.getMessage());
    assertThrows(IllegalArgumentException.class,
        () -> OlsInference.of(new double[][] {{1, 0}, {0, 1}}, new double[] {1, 1}, true, 1, 2,
            2));
  }
}
