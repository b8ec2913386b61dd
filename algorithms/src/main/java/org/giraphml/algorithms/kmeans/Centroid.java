package org.giraphml.algorithms.kmeans;

import org.giraphml.graph.NodeValue;

/**
 * A model vertex of k-means seen by its role: cluster j's centroid, and the sums and count of
 * the rows assigned to it in the last assignment. A view over the vertex's {@link NodeValue}
 * (centroid in its parameters, sums and count in its statistics), so the pieces name the data
 * by meaning and the value's serialised form stays as it is.
 */
final class Centroid {
  private final NodeValue value;

  private Centroid(NodeValue value) {
    this.value = value;
  }

  static Centroid of(NodeValue value) {
    return new Centroid(value);
  }

  /** The centroid's d coordinates, or null before the first update. */
  double[] centroid() {
    return value.params();
  }

  void setCentroid(double[] centroid) {
    value.setParams(centroid);
  }

  /** Sum of the rows assigned to this cluster, in units of 2^scaleExponent (see DataShape). */
  double[] clusterSums() {
    return value.stats();
  }

  /** Number of rows assigned to this cluster. */
  long clusterRows() {
    return value.count();
  }

  void setClusterSums(double[] sums, long rows) {
    value.setStats(sums, rows);
  }
}
