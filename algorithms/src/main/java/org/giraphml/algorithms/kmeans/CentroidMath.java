package org.giraphml.algorithms.kmeans;

import org.giraphml.math.Vectors;

/** Row operations on a row-major k-by-d centroid table. */
final class CentroidMath {
  private CentroidMath() {
  }

  /** Scales each row to unit length; a zero row is left as it is. */
  static void normalizeRows(double[] c, int k, int d) {
    for (int j = 0; j < k; j++) {
      double norm = Vectors.norm(c, j * d, d);
      if (norm > 0) {
        for (int t = 0; t < d; t++) {
          c[j * d + t] /= norm;
        }
      }
    }
  }

  /** Largest Euclidean distance between corresponding rows of two tables. */
  static double maxShift(double[] a, double[] b, int k, int d) {
    double max = 0;
    for (int j = 0; j < k; j++) {
      max = Math.max(max, Vectors.distance(a, j * d, b, j * d, d));
    }
    return max;
  }
}
