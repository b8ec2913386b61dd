package org.giraphml.algorithms.kmeans;

import org.giraphml.graph.NodeValue;
import org.giraphml.math.HamerlyBounds;

/**
 * Where a data vertex keeps its {@link HamerlyBounds} between iterations: slots of
 * {@link NodeValue#vectors()} (serialised with the vertex, so checkpoints keep them). Slot 0
 * holds the upper bounds, 1 the lower bounds, 2 each row's centre (as a double, exact for an
 * int), 3 the centres the bounds refer to. No slots means no bounds yet.
 */
final class BoundSlots {
  private static final int UPPER = 0;
  private static final int LOWER = 1;
  private static final int ASSIGNMENT = 2;
  private static final int CENTRES = 3;
  private static final int SLOTS = 4;

  private BoundSlots() {
  }

  /**
   * The bounds kept in {@code value}, or fresh ones for its {@code n} rows.
   *
   * @param buffer where the rows' centres are unpacked if it holds at least {@code n} ints
   *     (the caller's, reused block after block), else a new array is
   */
  static HamerlyBounds.State read(NodeValue value, int n, int[] buffer) {
    double[][] v = value.vectors();
    if (v == null || v.length != SLOTS || v[UPPER].length != n) {
      return new HamerlyBounds.State(n);
    }
    double[] saved = v[ASSIGNMENT];
    int[] assign = buffer.length >= n ? buffer : new int[n];
    for (int r = 0; r < n; r++) {
      assign[r] = (int) saved[r];
    }
    return HamerlyBounds.State.of(v[UPPER], v[LOWER], assign, v[CENTRES]);
  }

  /** Keeps {@code state} in {@code value} for the next iteration. */
  static void write(NodeValue value, HamerlyBounds.State state) {
    double[][] v = value.vectors();
    int n = state.upper().length;
    if (v == null || v.length != SLOTS || v[UPPER].length != n) {
      v = new double[SLOTS][];
      v[ASSIGNMENT] = new double[n];
    }
    v[UPPER] = state.upper();
    v[LOWER] = state.lower();
    int[] assign = state.assignment();
    for (int r = 0; r < n; r++) {
      v[ASSIGNMENT][r] = assign[r];
    }
    v[CENTRES] = state.centres();
    value.setVectors(v);
  }
}
