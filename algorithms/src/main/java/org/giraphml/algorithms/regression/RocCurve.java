package org.giraphml.algorithms.regression;

import java.util.Arrays;

/**
 * The ROC curve of a binary classifier's scores against the true classes: one point per
 * distinct score, from (0, 0) to (1, 1), sweeping the threshold down from the highest score.
 * Rows with equal scores move together, so a tie between the classes is a diagonal step and
 * counts half in the area, the Mann-Whitney convention (Fawcett, "An introduction to ROC
 * analysis", Pattern Recognition Letters 27, 2006, algorithm 2).
 */
final class RocCurve {
  private final double[] falsePositiveRate;
  private final double[] truePositiveRate;
  private final double area;

  private RocCurve(double[] fpr, double[] tpr, double area) {
    this.falsePositiveRate = fpr;
    this.truePositiveRate = tpr;
    this.area = area;
  }

  /**
   * @param scores one score per row, higher meaning more likely positive (finite)
   * @param positive whether each row is of the positive class
   * @throws IllegalArgumentException if either class has no row
   */
  static RocCurve of(double[] scores, boolean[] positive) {
    int n = scores.length;
    Integer[] order = new Integer[n];
    Arrays.setAll(order, i -> i);
    Arrays.sort(order, (a, b) -> Double.compare(scores[b], scores[a]));
    long positives = 0;
    for (boolean p : positive) {
      positives += p ? 1 : 0;
    }
    long negatives = n - positives;
    if (positives == 0 || negatives == 0) {
      throw new IllegalArgumentException("an ROC curve needs rows of both classes; got "
          + positives + " positive and " + negatives + " negative");
    }
    double[] fpr = new double[n + 1];
    double[] tpr = new double[n + 1];
    int points = 1;
    long tp = 0;
    long fp = 0;
    double area = 0;
    for (int i = 0; i < n; ) {
      double score = scores[order[i]];
      long tpBefore = tp;
      long fpBefore = fp;
      for (; i < n && scores[order[i]] == score; i++) {
        if (positive[order[i]]) {
          tp++;
        } else {
          fp++;
        }
      }
      area += (fp - fpBefore) * (tp + tpBefore) / 2.0;
      fpr[points] = (double) fp / negatives;
      tpr[points] = (double) tp / positives;
      points++;
    }
    return new RocCurve(Arrays.copyOf(fpr, points), Arrays.copyOf(tpr, points),
        area / ((double) positives * negatives));
  }

  /** The false-positive rate of each point, from 0 to 1. */
  double[] falsePositiveRate() {
    return falsePositiveRate.clone();
  }

  /** The true-positive rate of each point, from 0 to 1. */
  double[] truePositiveRate() {
    return truePositiveRate.clone();
  }

  /** The area under the curve: the chance a positive row scores above a negative one. */
  double area() {
    return area;
  }
}
