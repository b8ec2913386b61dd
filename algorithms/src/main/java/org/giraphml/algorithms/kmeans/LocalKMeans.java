package org.giraphml.algorithms.kmeans;

import java.util.SplittableRandom;
import org.giraphml.math.Vectors;

/**
 * Weighted k-means on a few thousand points in the master: k-means++ seeding by weight times
 * squared distance, then weighted Lloyd iterations. Used to turn k-means|| candidates into k
 * centroids, as Spark's {@code LocalKMeans} does. Deterministic for a given seed.
 *
 * <p>Candidates with values beyond {@code 2^400} (or all below {@code 2^-400}) are clustered
 * scaled by a power of two, exactly, so that squared distances and weighted sums stay finite
 * and precise; the centroids are scaled back.
 */
final class LocalKMeans {
  static final int MAX_ITERATIONS = 30;

  private LocalKMeans() {
  }

  /** @return k * d centroids, row-major */
  static double[] cluster(double[][] points, double[] weights, int k, int d, long seed) {
    double max = 0;
    for (double[] p : points) {
      for (double v : p) {
        max = Math.max(max, Math.abs(v));
      }
    }
    if (max == 0 || (max >= 0x1p-400 && max <= 0x1p400)) {
      return clusterInRange(points, weights, k, d, seed);
    }
    int e = Math.getExponent(max);
    double[][] scaled = new double[points.length][d];
    for (int i = 0; i < points.length; i++) {
      for (int t = 0; t < d; t++) {
        scaled[i][t] = Math.scalb(points[i][t], -e);
      }
    }
    double[] c = clusterInRange(scaled, weights, k, d, seed);
    for (int i = 0; i < c.length; i++) {
      c[i] = Math.scalb(c[i], e);
    }
    return c;
  }

  private static double[] clusterInRange(double[][] points, double[] weights, int k, int d,
      long seed) {
    int m = points.length;
    SplittableRandom random = new SplittableRandom(seed);
    double[] c = new double[k * d];
    double[] min = new double[m];
    int first = pick(weights, null, random);
    System.arraycopy(points[first], 0, c, 0, d);
    for (int i = 0; i < m; i++) {
      min[i] = Vectors.squaredDistance(points[i], 0, c, 0, d);
    }
    for (int j = 1; j < k; j++) {
      int next = pick(weights, min, random);
      System.arraycopy(points[next], 0, c, j * d, d);
      for (int i = 0; i < m; i++) {
        min[i] = Math.min(min[i], Vectors.squaredDistance(points[i], 0, c, j * d, d));
      }
    }
    int[] assign = new int[m];
    for (int iter = 0; iter < MAX_ITERATIONS; iter++) {
      boolean moved = false;
      for (int i = 0; i < m; i++) {
        int best = 0;
        double bestD = Double.POSITIVE_INFINITY;
        for (int j = 0; j < k; j++) {
          double dist = Vectors.squaredDistance(points[i], 0, c, j * d, d);
          if (dist < bestD) {
            bestD = dist;
            best = j;
          }
        }
        moved |= iter == 0 || assign[i] != best;
        assign[i] = best;
      }
      if (!moved) {
        break;
      }
      double[] sums = new double[k * d];
      double[] mass = new double[k];
      for (int i = 0; i < m; i++) {
        Vectors.axpy(weights[i], points[i], 0, sums, assign[i] * d, d);
        mass[assign[i]] += weights[i];
      }
      for (int j = 0; j < k; j++) {
        if (mass[j] > 0) {
          for (int t = 0; t < d; t++) {
            c[j * d + t] = sums[j * d + t] / mass[j];
          }
        }
      }
    }
    return c;
  }

  /** Index drawn with probability proportional to weight (times {@code factor}, if given). */
  private static int pick(double[] weights, double[] factor, SplittableRandom random) {
    double total = 0;
    for (int i = 0; i < weights.length; i++) {
      total += weights[i] * (factor == null ? 1 : factor[i]);
    }
    if (!(total > 0)) {
      return random.nextInt(weights.length);
    }
    double target = random.nextDouble() * total;
    double acc = 0;
    for (int i = 0; i < weights.length; i++) {
      acc += weights[i] * (factor == null ? 1 : factor[i]);
      if (acc > target) {
        return i;
      }
    }
    return weights.length - 1;
  }
}
