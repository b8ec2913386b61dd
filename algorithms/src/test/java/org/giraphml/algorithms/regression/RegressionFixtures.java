package org.giraphml.algorithms.regression;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.SplittableRandom;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.ArrayRealVector;
import org.apache.commons.math3.linear.QRDecomposition;
import org.apache.commons.math3.linear.RealMatrix;
import org.apache.commons.math3.linear.RealVector;
import org.giraphml.testing.DataFiles;

/** Generated regression data with known weights, and direct dense reference solutions. */
final class RegressionFixtures {
  final double[][] x;
  final double[] y;

  private RegressionFixtures(double[][] x, double[] y) {
    this.x = x;
    this.y = y;
  }

  /** y = x.w + b + noise; feature j has mean 3j and scale 1 + j (so scaling matters). */
  static RegressionFixtures linear(int n, double[] w, double b, double noise, long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    double[][] x = new double[n][w.length];
    double[] y = new double[n];
    for (int i = 0; i < n; i++) {
      double m = b;
      for (int j = 0; j < w.length; j++) {
        x[i][j] = 3 * j + (1 + j) * random.nextGaussian();
        m += x[i][j] * w[j];
      }
      y[i] = m + noise * random.nextGaussian();
    }
    return new RegressionFixtures(x, y);
  }

  /** Labels 0/1 drawn from the logistic model with these weights. */
  static RegressionFixtures logistic(int n, double[] w, double b, long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    double[][] x = new double[n][w.length];
    double[] y = new double[n];
    for (int i = 0; i < n; i++) {
      double m = b;
      for (int j = 0; j < w.length; j++) {
        x[i][j] = random.nextGaussian() + (j == 0 ? 1 : 0);
        m += x[i][j] * w[j];
      }
      y[i] = random.nextDouble() < Loss.sigmoid(m) ? 1 : 0;
    }
    return new RegressionFixtures(x, y);
  }

  /** Least squares with intercept by Householder QR of [X 1]: weights then intercept. */
  double[] leastSquares() {
    int n = x.length;
    int d = x[0].length;
    RealMatrix a = new Array2DRowRealMatrix(n, d + 1);
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < d; j++) {
        a.setEntry(i, j, x[i][j]);
      }
      a.setEntry(i, d, 1);
    }
    return new QRDecomposition(a).getSolver().solve(new ArrayRealVector(y)).toArray();
  }

  /** Ridge (l2/2 |w|^2 + |y - Xw - b|^2 / 2n, raw scale) in closed form on centred data. */
  double[] ridge(double l2) {
    int n = x.length;
    int d = x[0].length;
    double[] mean = new double[d];
    double yMean = 0;
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < d; j++) {
        mean[j] += x[i][j] / n;
      }
      yMean += y[i] / n;
    }
    RealMatrix a = new Array2DRowRealMatrix(d, d);
    RealVector c = new ArrayRealVector(d);
    for (int i = 0; i < n; i++) {
      for (int p = 0; p < d; p++) {
        c.addToEntry(p, (x[i][p] - mean[p]) * (y[i] - yMean) / n);
        for (int q = 0; q < d; q++) {
          a.addToEntry(p, q, (x[i][p] - mean[p]) * (x[i][q] - mean[q]) / n);
        }
      }
    }
    for (int p = 0; p < d; p++) {
      a.addToEntry(p, p, l2);
    }
    double[] w = new QRDecomposition(a).getSolver().solve(c).toArray();
    double b = yMean;
    for (int j = 0; j < d; j++) {
      b -= mean[j] * w[j];
    }
    double[] out = java.util.Arrays.copyOf(w, d + 1);
    out[d] = b;
    return out;
  }

  Path writeCsv(Path file) throws IOException {
    return DataFiles.writeLabelledCsv(file, x, y);
  }

  Path writeLibsvm(Path file) throws IOException {
    return DataFiles.writeLibsvm(file, x, y);
  }
}
