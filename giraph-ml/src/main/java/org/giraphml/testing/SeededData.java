package org.giraphml.testing;

import java.util.SplittableRandom;

/**
 * Reproducible synthetic data for tests and benchmarks: Gaussian blobs around random centres.
 * The same arguments always give the same rows.
 */
public final class SeededData {
  private SeededData() {
  }

  /** Rows and the blob each came from. */
  public static final class Blobs {
    private final double[][] rows;
    private final int[] labels;
    private final double[][] centres;

    Blobs(double[][] rows, int[] labels, double[][] centres) {
      this.rows = rows;
      this.labels = labels;
      this.centres = centres;
    }

    public double[][] rows() {
      return rows;
    }

    public int[] labels() {
      return labels;
    }

    public double[][] centres() {
      return centres;
    }
  }

  /**
   * {@code n} rows in {@code d} dimensions from {@code k} isotropic Gaussian blobs with standard
   * deviation {@code spread}, centres uniform in [-10, 10]^d, blob of row i chosen uniformly.
   */
  public static Blobs blobs(int n, int d, int k, double spread, long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    double[][] centres = new double[k][d];
    for (double[] c : centres) {
      for (int t = 0; t < d; t++) {
        c[t] = random.nextDouble(-10, 10);
      }
    }
    double[][] rows = new double[n][d];
    int[] labels = new int[n];
    for (int i = 0; i < n; i++) {
      labels[i] = random.nextInt(k);
      for (int t = 0; t < d; t++) {
        rows[i][t] = centres[labels[i]][t] + spread * gaussian(random);
      }
    }
    return new Blobs(rows, labels, centres);
  }

  private static double gaussian(SplittableRandom random) {
    // Box-Muller; one of the pair is enough here.
    double u = random.nextDouble();
    double v = random.nextDouble();
    return Math.sqrt(-2 * Math.log1p(-u)) * Math.cos(2 * Math.PI * v);
  }
}
