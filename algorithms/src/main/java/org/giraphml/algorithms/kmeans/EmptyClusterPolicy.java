package org.giraphml.algorithms.kmeans;

/** What happens to a centroid that no row chose in an iteration. */
public enum EmptyClusterPolicy {
  /**
   * Move it onto the row farthest from its own centroid (a different row for each empty
   * cluster), which lowers the objective; the choice is logged. scikit-learn does the same.
   */
  FARTHEST_POINT,
  /** Leave it where it is; it may stay empty. */
  KEEP
}
