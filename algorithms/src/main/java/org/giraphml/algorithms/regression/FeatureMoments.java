package org.giraphml.algorithms.regression;

/**
 * What {@link MomentsPiece} learns about the features and the label: each feature's mean and
 * the scale it is divided by while fitting (its standard deviation with standardisation, 1
 * without, 0 for a constant feature, whose weight stays zero), and the label's mean. Set once
 * by the master. Immutable.
 */
final class FeatureMoments {
  private double[] mean;
  private double[] scale;
  private double labelMean;

  /** For Kryo. */
  private FeatureMoments() {
  }

  FeatureMoments(double[] mean, double[] scale, double labelMean) {
    this.mean = mean.clone();
    this.scale = scale.clone();
    this.labelMean = labelMean;
  }

  /** Mean of feature {@code j}. */
  double mean(int j) {
    return mean[j];
  }

  /** A copy of the means. */
  double[] means() {
    return mean.clone();
  }

  /** Scale of feature {@code j}; 0 if it is constant and left out of the fit. */
  double scale(int j) {
    return scale[j];
  }

  /** Number of features with a non-zero scale (those the fit solves for). */
  int liveFeatures() {
    int m = 0;
    for (double s : scale) {
      m += s > 0 ? 1 : 0;
    }
    return m;
  }

  /** The label's mean. */
  double labelMean() {
    return labelMean;
  }
}
