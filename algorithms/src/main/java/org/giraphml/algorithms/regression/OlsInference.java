package org.giraphml.algorithms.regression;

import org.apache.commons.math3.distribution.TDistribution;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.DecompositionSolver;
import org.apache.commons.math3.linear.LUDecomposition;
import org.apache.commons.math3.linear.RealMatrix;

/**
 * Classical inference for an ordinary least-squares fit (what Spark's
 * {@code LinearRegressionSummary} and statsmodels' {@code OLSResults} report), from what the
 * normal solver already has: the Gram matrix {@code X'X}, the coefficients, the residual sum of
 * squares and the row count. With {@code m} fitted coefficients (the {@code p} weights, plus the
 * intercept if fitted) and {@code df = n - m} residual degrees of freedom:
 * <ul>
 *   <li>{@code sigma^2 = RSS / df}; standard errors {@code sqrt(sigma^2 diag((X'X)^-1))};</li>
 *   <li>t-values {@code coefficient / standard error}; two-sided p-values
 *       {@code 2 P(T > |t|)}, T Student's t with {@code df} degrees of freedom;</li>
 *   <li>R² {@code 1 - RSS / TSS}, TSS about the mean with an intercept and about 0 without one;
 *       adjusted R² {@code 1 - (n - c) / df (1 - R²)}, c = 1 with an intercept, else 0;</li>
 *   <li>AIC in statsmodels' convention {@code -2 llf + 2 m}, with the Gaussian log-likelihood at
 *       the maximum-likelihood variance {@code llf = -n/2 (log(2 pi) + log(RSS / n) + 1)}.</li>
 * </ul>
 * Valid for an unpenalised fit ({@code --l2 0}) on the original (unstandardised) scale: the
 * formulas assume the coefficients solve {@code X'X b = X'y}.
 *
 * @param standardErrors one per coefficient, in the coefficients' order
 * @param dfResidual n - m
 */
public record OlsInference(double[] standardErrors, double[] tValues, double[] pValues,
    double rSquared, double adjustedRSquared, double logLikelihood, double aic,
    long dfResidual) {

  /**
   * @param gram {@code X'X}, m x m, over the columns of the coefficients (with a column of
   *     ones where the intercept is fitted)
   * @param coefficients the m fitted coefficients
   * @param intercept whether one of the coefficients is an intercept (for TSS and adjusted R²)
   * @param rss the residual sum of squares
   * @param tss the total sum of squares: about the label's mean with an intercept, about 0
   *     (the sum of squared labels) without
   * @param n the number of rows
   * @throws IllegalArgumentException if {@code n <= m}, the shapes disagree, or {@code X'X} is
   *     singular (a feature that is constant or a combination of others)
   */
  public static OlsInference of(double[][] gram, double[] coefficients, boolean intercept,
      double rss, double tss, long n) {
    int m = coefficients.length;
    if (gram.length != m) {
      throw new IllegalArgumentException("X'X is " + gram.length + " x " + gram.length
          + " but there are " + m + " coefficients");
    }
    if (n <= m) {
      throw new IllegalArgumentException("inference needs more rows than coefficients: " + n
          + " rows, " + m + " coefficients");
    }
    RealMatrix a = new Array2DRowRealMatrix(gram, true);
    DecompositionSolver solver = new LUDecomposition(a).getSolver();
    if (!solver.isNonSingular()) {
      throw new IllegalArgumentException("X'X is singular: a feature is constant or a linear "
          + "combination of others, so its coefficient has no standard error");
    }
    RealMatrix inverse = solver.getInverse();
    double[] diagonal = new double[m];
    for (int j = 0; j < m; j++) {
      diagonal[j] = inverse.getEntry(j, j);
    }
    return ofInverseDiagonal(diagonal, coefficients, intercept, rss, tss, n);
  }

  /**
   * As {@link #of}, from the diagonal of {@code (X'X)^-1} alone (all the standard errors
   * need), for a solver that inverted the system in a better-conditioned form itself.
   *
   * @param inverseDiagonal {@code diag((X'X)^-1)}, in the coefficients' order
   * @throws IllegalArgumentException if {@code n <= m} or the shapes disagree
   */
  public static OlsInference ofInverseDiagonal(double[] inverseDiagonal, double[] coefficients,
      boolean intercept, double rss, double tss, long n) {
    int m = coefficients.length;
    if (inverseDiagonal.length != m || n <= m) {
      throw new IllegalArgumentException("inference needs one inverse-diagonal entry per "
          + "coefficient and more rows than coefficients: " + inverseDiagonal.length
          + " entries, " + m + " coefficients, " + n + " rows");
    }
    long df = n - m;
    double sigma2 = rss / df;
    TDistribution t = new TDistribution(null, df);
    double[] se = new double[m];
    double[] tv = new double[m];
    double[] pv = new double[m];
    for (int j = 0; j < m; j++) {
      se[j] = Math.sqrt(sigma2 * inverseDiagonal[j]);
      tv[j] = coefficients[j] / se[j];
      pv[j] = 2 * t.cumulativeProbability(-Math.abs(tv[j]));
    }
    double r2 = 1 - rss / tss;
    double adjusted = 1 - (double) (n - (intercept ? 1 : 0)) / df * (1 - r2);
    double llf = -n / 2.0 * (Math.log(2 * Math.PI) + Math.log(rss / n) + 1);
    return new OlsInference(se, tv, pv, r2, adjusted, llf, -2 * llf + 2 * m, df);
  }
}
