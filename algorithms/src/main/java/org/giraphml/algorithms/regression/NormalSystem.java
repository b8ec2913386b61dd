package org.giraphml.algorithms.regression;

import org.giraphml.graph.NodeValue;
import org.giraphml.reduce.VectorSum;

/**
 * The solver vertex of the normal equations ({@code MODEL:0}) seen by its role: the summed
 * centred Gram matrix {@code Z'Z} (packed upper triangle) followed by {@code Z'(y - mean y)},
 * and the number of rows they sum. A view over {@link NodeValue}'s statistics.
 */
final class NormalSystem {
  private final NodeValue value;

  private NormalSystem(NodeValue value) {
    this.value = value;
  }

  static NormalSystem of(NodeValue value) {
    return new NormalSystem(value);
  }

  /** Keeps the summed system. */
  void store(VectorSum sums) {
    value.setStats(sums.toArray(), sums.count());
  }

  /** {@code Z'Z} packed (see {@link GramPiece#packedLength}), then {@code Z'y}. */
  double[] sums() {
    return value.stats();
  }

  /** Rows summed. */
  long rows() {
    return value.count();
  }
}
