package org.giraphml.algorithms.regression;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Arrays;
import org.apache.commons.math3.linear.RealMatrix;

/**
 * Classical OLS inference for an unpenalised fit by the normal equations ({@link OlsInference}),
 * in two halves. On the solver vertex, right after the Cholesky solve, {@link #inverseDiagonal}
 * turns the factor it already has into {@code diag((X'X)^-1)} of the raw design (the features
 * and, with an intercept, a column of ones last) without forming {@code X'X}: with the centred
 * features {@code Xc = X - 1 mu'}, {@code (X'X)^-1} has {@code (Xc'Xc)^-1} as its feature block
 * and {@code 1/n + mu' (Xc'Xc)^-1 mu} as its intercept entry (the block inverse), and
 * {@code Xc'Xc = n S} in the solver's units ({@code S} the unit-diagonal scaled
 * {@code Z'Z / n}, {@code Z} the centred features divided by their scales). That costs one
 * triangular inverse ({@code d^3/6} multiply-adds) and is far better conditioned than inverting
 * the raw {@code X'X}. On the master, {@link #describe} adds the {@code inference} object to the
 * summary once the metrics pass has the residual and total sums of squares.
 */
final class NormalInference {
  private NormalInference() {
  }

  /**
   * @param lower the Cholesky factor {@code L} of the scaled system {@code S = L L'}, d x d
   * @param unit the scaling of the system: {@code S = U (Z'Z/n) U}, {@code U = diag(unit)}
   * @param moments the features' centring means and scales (all scales non-zero)
   * @param intercept whether the intercept is fitted (the features were centred)
   * @param n the number of rows; with sample weights, their total
   * @return d + 1 values: {@code diag((X'X)^-1)} for the features, then the intercept's entry
   *     (0 without an intercept)
   */
  static double[] inverseDiagonal(RealMatrix lower, double[] unit, FeatureMoments moments,
      boolean intercept, double n) {
    int d = unit.length;
    double[][] l = lower.getData();
    double[] out = new double[d + 1];
    double[] x = new double[d];
    for (int j = 0; j < d; j++) {
      // Column j of L^-1: forward substitution of L x = e_j (zero above row j).
      double sum = 0;
      for (int i = j; i < d; i++) {
        double r = i == j ? 1 : 0;
        for (int k = j; k < i; k++) {
          r -= l[i][k] * x[k];
        }
        x[i] = r / l[i][i];
        sum += x[i] * x[i];
      }
      double scale = moments.scale(j);
      out[j] = sum * unit[j] * unit[j] / (n * scale * scale);
    }
    if (intercept) {
      // mu' (Xc'Xc)^-1 mu = |L^-1 U v|^2 / n, v_i = mu_i / scale_i.
      double quadratic = 0;
      for (int i = 0; i < d; i++) {
        double r = unit[i] * moments.mean(i) / moments.scale(i);
        for (int k = 0; k < i; k++) {
          r -= l[i][k] * x[k];
        }
        x[i] = r / l[i][i];
        quadratic += x[i] * x[i];
      }
      out[d] = 1 / n + quadratic / n;
    }
    return out;
  }

  /**
   * Adds {@code inference}: {@code standard_errors}, {@code t_values} and {@code p_values} per
   * feature in feature order, the intercept's {@code intercept_standard_error},
   * {@code intercept_t_value} and {@code intercept_p_value} when it is fitted, then
   * {@code r2}, {@code adjusted_r2}, {@code log_likelihood}, {@code aic} and
   * {@code df_residual}.
   *
   * @param inverseDiagonal from {@link #inverseDiagonal}
   * @param weights the d weights then the intercept
   * @param rss residual sum of squares, in units of {@code 2^(2 e)}
   * @param tss total sum of squares (about the label's mean with an intercept, about 0
   *     without), in units of {@code 2^(2 e)}
   * @param logWeights the sum of the logs of the positive sample weights, 0 unweighted
   * @param e the label's scale exponent: labels near 1e200 have squares beyond a double, so
   *     the fit is described in units of {@code 2^e} (coefficients and standard errors scale
   *     with the label; t, p and R² do not; the log-likelihood shifts by {@code n e ln 2}) and
   *     only the standard errors and the log-likelihood are scaled back
   */
  static void describe(ObjectNode details, double[] inverseDiagonal, double[] weights,
      boolean intercept, double rss, double tss, long n, double logWeights, int e) {
    int d = weights.length - 1;
    int m = intercept ? d + 1 : d;
    double[] coefficients = new double[m];
    for (int j = 0; j < m; j++) {
      coefficients[j] = Math.scalb(weights[j], -e);
    }
    double[] diagonal = Arrays.copyOf(inverseDiagonal, m);
    OlsInference scaled = OlsInference.ofInverseDiagonal(diagonal, coefficients, intercept, rss,
        tss, n);
    double[] standardErrors = new double[m];
    for (int j = 0; j < m; j++) {
      standardErrors[j] = Math.scalb(scaled.standardErrors()[j], e);
    }
    // Weighted (statsmodels' WLS): the log-likelihood adds sum(log w) / 2.
    double shift = n * e * Math.log(2) - 0.5 * logWeights;
    OlsInference f = new OlsInference(standardErrors, scaled.tValues(), scaled.pValues(),
        scaled.rSquared(), scaled.adjustedRSquared(), scaled.logLikelihood() - shift,
        scaled.aic() + 2 * shift, scaled.dfResidual());
    ObjectNode out = details.putObject("inference");
    ArrayNode se = out.putArray("standard_errors");
    ArrayNode t = out.putArray("t_values");
    ArrayNode p = out.putArray("p_values");
    for (int j = 0; j < d; j++) {
      se.add(f.standardErrors()[j]);
      t.add(f.tValues()[j]);
      p.add(f.pValues()[j]);
    }
    if (intercept) {
      out.put("intercept_standard_error", f.standardErrors()[d]);
      out.put("intercept_t_value", f.tValues()[d]);
      out.put("intercept_p_value", f.pValues()[d]);
    }
    out.put("r2", f.rSquared());
    out.put("adjusted_r2", f.adjustedRSquared());
    out.put("log_likelihood", f.logLikelihood());
    out.put("aic", f.aic());
    out.put("df_residual", f.dfResidual());
  }
}
