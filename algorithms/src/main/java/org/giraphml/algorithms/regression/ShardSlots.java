package org.giraphml.algorithms.regression;

import org.giraphml.graph.NodeValue;

/**
 * What a weight shard (a model vertex) keeps, as slots of {@link NodeValue#vectors()}: the
 * accepted point and its gradients, the search direction, the trial point and its gradient,
 * the per-feature scales, and the L-BFGS correction pairs (oldest first).
 */
final class ShardSlots {
  static final int W_BASE = 0;
  static final int G_BASE = 1;
  static final int PG_BASE = 2;
  static final int DIRECTION = 3;
  static final int W = 4;
  static final int G = 5;
  static final int PG = 6;
  static final int SCALE = 7;
  /** Penalty weight of each coordinate: 1 for features, 0 for the intercept and dead ones. */
  static final int PENALISED = 8;
  static final int HISTORY = 9;

  private ShardSlots() {
  }

  static int s(int i) {
    return HISTORY + 2 * i;
  }

  static int y(int i) {
    return HISTORY + 2 * i + 1;
  }

  static double[][] create(int length, int history) {
    double[][] v = new double[HISTORY + 2 * history][];
    for (int i = 0; i < HISTORY; i++) {
      v[i] = new double[length];
    }
    return v;
  }
}
