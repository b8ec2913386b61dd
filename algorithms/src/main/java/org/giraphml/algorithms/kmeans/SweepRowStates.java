package org.giraphml.algorithms.kmeans;

import org.giraphml.graph.NodeValue;

/**
 * Where a data vertex keeps the per-row state of every k of a sweep between supersteps, while
 * their Lloyd loops share each pass over the data ({@link SweepLloydPiece}): each row's
 * cluster and the Hamerly bounds ({@link BoundSlots}) of each k, packed into the vertex's
 * {@link NodeValue#vectors()} (serialised with the vertex, so checkpoints keep them), {@link
 * #SLOTS} slots per k: the clusters (as doubles, exact for an int), then the four bound slots;
 * a null slot means "none yet". No vectors at all means no k has state yet.
 *
 * <p>A k's state is put back into the value's own fields ({@link #load}) just before that k's
 * {@link AssignPiece} runs on the vertex and taken out again after ({@link #store}), so the
 * piece sees exactly what it sees in a run with that single k.
 */
final class SweepRowStates {
  static final int SLOTS = 5;
  private static final int BOUND_SLOTS = 4;

  private SweepRowStates() {
  }

  /** The packed state of {@code runs} ks: taken from {@code value}, or all empty. */
  static double[][] take(NodeValue value, int runs) {
    double[][] packed = value.vectors();
    if (packed == null || packed.length != runs * SLOTS) {
      packed = new double[runs * SLOTS][];
    }
    value.setVectors(null);
    value.setRowInts(null);
    return packed;
  }

  /** Sets {@code value}'s clusters and bounds to those of run {@code i} in {@code packed}. */
  static void load(double[][] packed, int i, NodeValue value) {
    int at = i * SLOTS;
    double[] clusters = packed[at];
    if (clusters == null) {
      value.setRowInts(null);
    } else {
      int[] rows = new int[clusters.length];
      for (int r = 0; r < rows.length; r++) {
        rows[r] = (int) clusters[r];
      }
      value.setRowInts(rows);
    }
    if (packed[at + 1] == null) {
      value.setVectors(null);
    } else {
      double[][] bounds = new double[BOUND_SLOTS][];
      System.arraycopy(packed, at + 1, bounds, 0, BOUND_SLOTS);
      value.setVectors(bounds);
    }
  }

  /** Takes run {@code i}'s clusters and bounds from {@code value} back into {@code packed}. */
  static void store(NodeValue value, double[][] packed, int i) {
    int at = i * SLOTS;
    int[] rows = value.rowInts();
    if (rows == null) {
      packed[at] = null;
    } else {
      double[] clusters = new double[rows.length];
      for (int r = 0; r < rows.length; r++) {
        clusters[r] = rows[r];
      }
      packed[at] = clusters;
    }
    double[][] bounds = value.vectors();
    for (int s = 0; s < BOUND_SLOTS; s++) {
      packed[at + 1 + s] = bounds == null ? null : bounds[s];
    }
    value.setRowInts(null);
    value.setVectors(null);
  }

  /** Keeps {@code packed} in {@code value} for the next superstep. */
  static void put(NodeValue value, double[][] packed) {
    value.setVectors(packed);
  }
}
