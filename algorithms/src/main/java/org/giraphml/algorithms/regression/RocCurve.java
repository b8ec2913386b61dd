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
   * @throws IllegalArgumentException if either class has no row, or a score is NaN
   */
  static RocCurve of(double[] scores, boolean[] positive) {
    // Each class's scores sorted on their own (primitive sorts, no boxing of millions of
    // rows), then merged from the top.
    int positives = 0;
    for (boolean p : positive) {
      positives += p ? 1 : 0;
    }
    int negatives = scores.length - positives;
    if (positives == 0 || negatives == 0) {
      throw new IllegalArgumentException("an ROC curve needs rows of both classes; got "
          + positives + " positive and " + negatives + " negative");
    }
    double[] pos = new double[positives];
    double[] neg = new double[negatives];
    for (int i = 0, a = 0, b = 0; i < scores.length; i++) {
      if (Double.isNaN(scores[i])) {
        throw new IllegalArgumentException("score " + i + " is NaN");
      }
      if (positive[i]) {
        pos[a++] = scores[i];
      } else {
        neg[b++] = scores[i];
      }
    }
    Arrays.sort(pos);
    Arrays.sort(neg);
    double[] fpr = new double[scores.length + 1];
    double[] tpr = new double[scores.length + 1];
    int points = 1;
    int tp = 0;
    int fp = 0;
    double area = 0;
    while (tp < positives || fp < negatives) {
      double next = Math.max(tp < positives ? pos[positives - 1 - tp] : Double.NEGATIVE_INFINITY,
          fp < negatives ? neg[negatives - 1 - fp] : Double.NEGATIVE_INFINITY);
      int tpBefore = tp;
      int fpBefore = fp;
      while (tp < positives && pos[positives - 1 - tp] == next) {
        tp++;
      }
      while (fp < negatives && neg[negatives - 1 - fp] == next) {
        fp++;
      }
      area += (fp - fpBefore) * ((double) tp + tpBefore) / 2;
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
