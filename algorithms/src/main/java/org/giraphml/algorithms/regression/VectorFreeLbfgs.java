package org.giraphml.algorithms.regression;

/**
 * The L-BFGS two-loop recursion carried out on dot products only. The search direction is a
 * linear combination of the basis {@code s_1..s_k, y_1..y_k, g} (k stored correction pairs and
 * the current (pseudo-)gradient); given the Gram matrix of that basis, the coefficients are
 * computed here on the master, and each weight shard forms its slice of the direction itself.
 * No full-length vector passes through the master.
 *
 * <p>W. Chen, Z. Wang and J. Zhou, "Large-scale L-BFGS using MapReduce", NIPS 2014;
 * J. Nocedal and S. J. Wright, Numerical Optimization, 2nd ed., Algorithm 7.4.
 */
final class VectorFreeLbfgs {
  private VectorFreeLbfgs() {
  }

  /**
   * @param k number of stored pairs (basis: s_0..s_{k-1}, y_0..y_{k-1}, g; oldest first)
   * @param gram (2k+1) x (2k+1) dot products of the basis, row-major
   * @return coefficients of the direction {@code -H g} over the basis
   */
  static double[] direction(int k, double[] gram) {
    int b = 2 * k + 1;
    double[] q = new double[b];
    q[2 * k] = 1; // q = g
    double[] alpha = new double[k];
    double[] rho = new double[k];
    for (int i = 0; i < k; i++) {
      rho[i] = 1 / gram[i * b + (k + i)]; // 1 / (s_i . y_i)
    }
    for (int i = k - 1; i >= 0; i--) {
      alpha[i] = rho[i] * dot(gram, b, i, q); // s_i . q
      q[k + i] -= alpha[i]; // q -= alpha_i y_i
    }
    if (k > 0) {
      double sy = gram[(k - 1) * b + (2 * k - 1)];
      double yy = gram[(2 * k - 1) * b + (2 * k - 1)];
      double gamma = sy / yy;
      for (int j = 0; j < b; j++) {
        q[j] *= gamma;
      }
    }
    for (int i = 0; i < k; i++) {
      double beta = rho[i] * dot(gram, b, k + i, q); // y_i . r
      q[i] += alpha[i] - beta; // r += s_i (alpha_i - beta)
    }
    for (int j = 0; j < b; j++) {
      q[j] = -q[j];
    }
    return q;
  }

  /** (basis vector {@code row}) . (sum_j coef_j basis_j). */
  static double dot(double[] gram, int b, int row, double[] coef) {
    double s = 0;
    for (int j = 0; j < b; j++) {
      s += gram[row * b + j] * coef[j];
    }
    return s;
  }

  /** coefA . coefB under the Gram matrix. */
  static double dot(double[] gram, int b, double[] coefA, double[] coefB) {
    double s = 0;
    for (int i = 0; i < b; i++) {
      s += coefA[i] * dot(gram, b, i, coefB);
    }
    return s;
  }
}
