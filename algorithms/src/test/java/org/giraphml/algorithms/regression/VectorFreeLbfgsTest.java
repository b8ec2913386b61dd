package org.giraphml.algorithms.regression;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class VectorFreeLbfgsTest {
  @Test
  void directionFromDotProductsEqualsTheTwoLoopOnVectors() {
    SplittableRandom random = new SplittableRandom(5);
    int n = 12;
    for (int k = 0; k <= 4; k++) {
      double[][] s = new double[k][n];
      double[][] y = new double[k][n];
      for (int i = 0; i < k; i++) {
        for (int j = 0; j < n; j++) {
          s[i][j] = random.nextGaussian();
          y[i][j] = s[i][j] * (1 + random.nextDouble()) + 0.1 * random.nextGaussian();
        }
      }
      double[] g = new double[n];
      for (int j = 0; j < n; j++) {
        g[j] = random.nextGaussian();
      }
      // The textbook recursion on explicit vectors.
      double[] q = g.clone();
      double[] alpha = new double[k];
      for (int i = k - 1; i >= 0; i--) {
        alpha[i] = dot(s[i], q) / dot(s[i], y[i]);
        axpy(-alpha[i], y[i], q);
      }
      if (k > 0) {
        double gamma = dot(s[k - 1], y[k - 1]) / dot(y[k - 1], y[k - 1]);
        for (int j = 0; j < n; j++) {
          q[j] *= gamma;
        }
      }
      for (int i = 0; i < k; i++) {
        double beta = dot(y[i], q) / dot(s[i], y[i]);
        axpy(alpha[i] - beta, s[i], q);
      }
      // The same from the Gram matrix of (s, y, g).
      double[][] basis = new double[2 * k + 1][];
      for (int i = 0; i < k; i++) {
        basis[i] = s[i];
        basis[k + i] = y[i];
      }
      basis[2 * k] = g;
      int b = basis.length;
      double[] gram = new double[b * b];
      for (int p = 0; p < b; p++) {
        for (int r = 0; r < b; r++) {
          gram[p * b + r] = dot(basis[p], basis[r]);
        }
      }
      double[] coef = VectorFreeLbfgs.direction(k, gram);
      double[] direction = new double[n];
      for (int p = 0; p < b; p++) {
        axpy(coef[p], basis[p], direction);
      }
      for (int j = 0; j < n; j++) {
        assertEquals(-q[j], direction[j], 1e-10 * (1 + Math.abs(q[j])), "k=" + k + " j=" + j);
      }
    }
  }

  @Test
  void pseudoGradientFollowsTheL1Kinks() {
    assertEquals(1.5, ShardStatsPiece.pseudoGradient(2, 1, 0.5), 0);
    assertEquals(0.5, ShardStatsPiece.pseudoGradient(-2, 1, 0.5), 0);
    assertEquals(0, ShardStatsPiece.pseudoGradient(0, 0.3, 0.5), 0);
    assertEquals(0.2, ShardStatsPiece.pseudoGradient(0, 0.7, 0.5), 1e-15);
    assertEquals(-0.2, ShardStatsPiece.pseudoGradient(0, -0.7, 0.5), 1e-15);
    assertEquals(0.7, ShardStatsPiece.pseudoGradient(0, 0.7, 0), 0);
  }

  @Test
  void lossesAndDerivativesByHand() {
    assertEquals(2, Loss.SQUARED.value(3, 1), 0);
    assertEquals(2, Loss.SQUARED.derivative(3, 1), 0);
    assertEquals(Math.log(2), Loss.LOGISTIC.value(0, 1), 1e-15);
    assertEquals(-0.5, Loss.LOGISTIC.derivative(0, 1), 1e-15);
    assertEquals(800, Loss.LOGISTIC.value(800, 0), 1e-9); // no overflow
    assertEquals(0, Loss.LOGISTIC.value(800, 1), 1e-9);
    assertEquals(1, Loss.sigmoid(800), 0);
    assertEquals(0, Loss.sigmoid(-800), 1e-300);
  }

  static double dot(double[] a, double[] b) {
    double s = 0;
    for (int i = 0; i < a.length; i++) {
      s += a[i] * b[i];
    }
    return s;
  }

  static void axpy(double alpha, double[] x, double[] y) {
    for (int i = 0; i < x.length; i++) {
      y[i] += alpha * x[i];
    }
  }
}
