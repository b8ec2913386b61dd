package org.giraphml.predict;

import org.giraphml.graph.NodeValue;

/**
 * The typed view of a data vertex's distances to the model's centroids during
 * {@code predict --distances}: {@code rows * k} values, row-major, kept in the vertex's first
 * extra vector (predict uses no other), so NodeValue's format does not change.
 */
final class RowDistances {
  private RowDistances() {
  }

  static void set(NodeValue value, double[] distances) {
    value.setVectors(new double[][] {distances});
  }

  /** Row {@code row}'s distance to centroid {@code j} of {@code k}. */
  static double at(NodeValue value, int row, int j, int k) {
    return value.vectors()[0][row * k + j];
  }
}
