package org.giraphml.graph;

/**
 * The two sides of the bipartite graph: data vertices hold blocks of training rows, model
 * vertices hold parameters (a centroid, a shard of a weight vector).
 */
public enum NodeKind {
  DATA,
  MODEL;

  private static final NodeKind[] VALUES = values();

  static NodeKind fromOrdinal(int ordinal) {
    if (ordinal < 0 || ordinal >= VALUES.length) {
      throw new IllegalArgumentException("Unknown node kind ordinal " + ordinal);
    }
    return VALUES[ordinal];
  }
}
