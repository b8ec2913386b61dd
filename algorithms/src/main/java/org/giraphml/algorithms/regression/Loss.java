package org.giraphml.algorithms.regression;

/** Per-row losses of the generalised linear models, as functions of the margin x.w + b. */
enum Loss {
  /** {@code (m - y)^2 / 2}: least squares. */
  SQUARED {
    @Override
    double value(double margin, double y) {
      double r = margin - y;
      return 0.5 * r * r;
    }

    @Override
    double derivative(double margin, double y) {
      return margin - y;
    }

    @Override
    double target(double label, int labelExponent) {
      return Math.scalb(label, -labelExponent);
    }

    @Override
    String objectiveName() {
      return "half mean squared error + penalties";
    }
  },
  /** {@code log(1 + e^m) - y m} for y in {0, 1}: the logistic negative log-likelihood. */
  LOGISTIC {
    @Override
    double value(double margin, double y) {
      // log(1 + e^m) computed without overflow
      return Math.max(margin, 0) + Math.log1p(Math.exp(-Math.abs(margin))) - y * margin;
    }

    @Override
    double derivative(double margin, double y) {
      return sigmoid(margin) - y;
    }

    @Override
    double target(double label, int labelExponent) {
      return binary(label);
    }

    @Override
    String objectiveName() {
      return "mean log-loss + penalties";
    }
  };

  abstract double value(double margin, double y);

  abstract double derivative(double margin, double y);

  /**
   * The label as the loss takes it: least squares fits labels in units of
   * {@code 2^labelExponent} (see {@link DataShape#labelExponent}); the logistic loss takes the
   * class, 0 or 1, of a label that passed {@link BinaryLabels#check}.
   */
  abstract double target(double label, int labelExponent);

  /** The objective's name in summary.json. */
  abstract String objectiveName();

  /** The 0/1 class of a label that passed {@link BinaryLabels#check} (0 or -1, and 1). */
  static double binary(double label) {
    return label > 0 ? 1 : 0;
  }

  static double sigmoid(double m) {
    if (m >= 0) {
      return 1 / (1 + Math.exp(-m));
    }
    double e = Math.exp(m);
    return e / (1 + e);
  }
}
