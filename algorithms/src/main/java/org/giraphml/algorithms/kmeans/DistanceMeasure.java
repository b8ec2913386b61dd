package org.giraphml.algorithms.kmeans;

/** The dissimilarity k-means minimises. */
public enum DistanceMeasure {
  /** Squared Euclidean distance; the objective is the inertia (sum of squared distances). */
  EUCLIDEAN,
  /**
   * Cosine distance {@code 1 - cos(x, c)}: rows and centroids are scaled to unit length, so
   * the objective is the sum of cosine distances. Rows of all zeros are rejected.
   */
  COSINE
}
