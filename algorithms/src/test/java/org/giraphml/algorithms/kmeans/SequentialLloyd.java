package org.giraphml.algorithms.kmeans;

import java.util.ArrayList;
import java.util.List;

/**
 * The reference: Lloyd's algorithm as a plain loop, exact squared distances, ties to the lower
 * index, the same stopping rule as giraph-ml (stop once no centroid moves more than the
 * tolerance), empty clusters kept. Objectives are summed in order; comparisons use relative
 * tolerances.
 */
final class SequentialLloyd {
  private final double[][] rows;
  final double[][] centroids;
  final List<Double> objectives = new ArrayList<>();
  int iterations;
  int[] assignment;

  SequentialLloyd(double[][] rows, double[][] init, int maxIterations, double tolerance) {
    this.rows = rows;
    int k = init.length;
    int d = init[0].length;
    double[][] c = new double[k][];
    for (int j = 0; j < k; j++) {
      c[j] = init[j].clone();
    }
    while (true) {
      assignment = assign(rows, c);
      objectives.add(objective(rows, c, assignment));
      if (iterations == maxIterations) {
        break;
      }
      double[][] next = new double[k][d];
      int[] count = new int[k];
      for (int i = 0; i < rows.length; i++) {
        count[assignment[i]]++;
        for (int t = 0; t < d; t++) {
          next[assignment[i]][t] += rows[i][t];
        }
      }
      double shift = 0;
      for (int j = 0; j < k; j++) {
        if (count[j] == 0) {
          next[j] = c[j].clone();
        } else {
          for (int t = 0; t < d; t++) {
            next[j][t] /= count[j];
          }
        }
        shift = Math.max(shift, Math.sqrt(squared(next[j], c[j])));
      }
      c = next;
      iterations++;
      if (shift <= tolerance) {
        break;
      }
    }
    assignment = assign(rows, c);
    centroids = c;
  }

  static int[] assign(double[][] rows, double[][] c) {
    int[] a = new int[rows.length];
    for (int i = 0; i < rows.length; i++) {
      double best = Double.POSITIVE_INFINITY;
      for (int j = 0; j < c.length; j++) {
        double dist = squared(rows[i], c[j]);
        if (dist < best) {
          best = dist;
          a[i] = j;
        }
      }
    }
    return a;
  }

  static double objective(double[][] rows, double[][] c, int[] a) {
    double s = 0;
    for (int i = 0; i < rows.length; i++) {
      s += squared(rows[i], c[a[i]]);
    }
    return s;
  }

  static double squared(double[] x, double[] y) {
    double s = 0;
    for (int t = 0; t < x.length; t++) {
      double diff = x[t] - y[t];
      s += diff * diff;
    }
    return s;
  }

  double finalObjective() {
    return objective(rows, centroids, assignment);
  }
}
