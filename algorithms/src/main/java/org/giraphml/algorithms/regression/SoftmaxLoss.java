package org.giraphml.algorithms.regression;

/**
 * The multinomial (softmax) negative log-likelihood of one row, next to the per-margin
 * {@link Loss}: with margins {@code m_c = x.w_c + b_c} for K classes and true class y,
 * {@code loss = log sum_c e^{m_c} - m_y}, whose derivative in {@code m_c} is
 * {@code p_c - [c = y]} with {@code p_c = e^{m_c} / sum e^{m}} (the softmax). Computed with
 * the largest margin subtracted, so no margin overflows.
 */
final class SoftmaxLoss {
  private SoftmaxLoss() {
  }

  /**
   * Turns the {@code k} margins at {@code from} into class probabilities in place and returns
   * {@code log sum_c e^{m_c}} (the log-partition).
   */
  static double softmax(double[] margins, int from, int k) {
    double max = Double.NEGATIVE_INFINITY;
    for (int c = 0; c < k; c++) {
      max = Math.max(max, margins[from + c]);
    }
    if (max == Double.POSITIVE_INFINITY || Double.isNaN(max)) {
      for (int c = 0; c < k; c++) {
        margins[from + c] = Double.NaN;
      }
      return Double.NaN;
    }
    double sum = 0;
    for (int c = 0; c < k; c++) {
      double e = Math.exp(margins[from + c] - max);
      margins[from + c] = e;
      sum += e;
    }
    for (int c = 0; c < k; c++) {
      margins[from + c] /= sum;
    }
    return max + Math.log(sum);
  }

  /**
   * The row's loss, given the log-partition {@code logPartition} and the true class's margin:
   * {@code logPartition - m_y}.
   */
  static double value(double logPartition, double trueMargin) {
    return logPartition - trueMargin;
  }

  /** The class with the largest probability; the lowest such class on ties (as argmax). */
  static int argmax(double[] p, int from, int k) {
    int best = 0;
    for (int c = 1; c < k; c++) {
      if (p[from + c] > p[from + best]) {
        best = c;
      }
    }
    return best;
  }
}
