package org.giraphml.algorithms.regression;

import org.apache.hadoop.conf.Configuration;

/**
 * Binary logistic regression (labels 0/1, or -1/1) with optional L2 and L1 penalties, by
 * sharded L-BFGS/OWL-QN. Predictions are the probability of class 1.
 */
public final class LogisticRegression extends GlmAlgorithm {
  public static final String NAME = "logreg";

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public String description() {
    return "Binary logistic regression (L1/L2 penalties, L-BFGS/OWL-QN).";
  }

  @Override
  Loss loss() {
    return Loss.LOGISTIC;
  }

  @Override
  Solver solver(Configuration conf) {
    return Solver.LBFGS;
  }
}
