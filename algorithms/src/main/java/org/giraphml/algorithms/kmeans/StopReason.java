package org.giraphml.algorithms.kmeans;

/** Why Lloyd iterations ended. */
public enum StopReason {
  /** No centroid moved more than the tolerance. */
  CONVERGED,
  /** The iteration cap was reached first. */
  MAX_ITERATIONS
}
