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
  };

  abstract double value(double margin, double y);

  abstract double derivative(double margin, double y);

  static double sigmoid(double m) {
    if (m >= 0) {
      return 1 / (1 + Math.exp(-m));
    }
    double e = Math.exp(m);
    return e / (1 + e);
  }
}
