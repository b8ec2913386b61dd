package org.giraphml.algorithms.regression;

/** How linear regression is solved. */
public enum Solver {
  /** {@code normal} without L1 and with at most {@value RegressionSettings#NORMAL_MAX_FEATURES} features, else {@code lbfgs}. */
  AUTO,
  /**
   * One pass accumulating the centred Gram matrix X'X and X'y, solved by Cholesky on a model
   * vertex: exact, for up to a few thousand features and no L1 penalty.
   */
  NORMAL,
  /** L-BFGS (OWL-QN with an L1 penalty) over sharded weights; any number of features. */
  LBFGS
}
