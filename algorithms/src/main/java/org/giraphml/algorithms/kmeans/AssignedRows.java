package org.giraphml.algorithms.kmeans;

import org.giraphml.graph.DataBlock;
import org.giraphml.graph.NodeValue;

/**
 * A data vertex of k-means seen by its role: a block of rows, each row's cluster (its
 * assignment, which becomes its prediction) and, while seeding, each row's squared distance to
 * the nearest centre chosen so far. A view over the vertex's {@link NodeValue} (the rows' ints
 * and doubles), so the pieces name the data by meaning and the value's serialised form stays
 * as it is.
 */
final class AssignedRows {
  private final NodeValue value;

  private AssignedRows(NodeValue value) {
    this.value = value;
  }

  static AssignedRows of(NodeValue value) {
    return new AssignedRows(value);
  }

  DataBlock block() {
    return value.block();
  }

  /** Replaces the rows (by their unit-length copies, for cosine distance). */
  void setBlock(DataBlock block) {
    value.setBlock(block);
  }

  /** Each row's cluster from the last assignment, or null before the first. */
  int[] assignments() {
    return value.rowInts();
  }

  void setAssignments(int[] clusters) {
    value.setRowInts(clusters);
  }

  /** Each row's squared distance to the nearest seeding centre so far, or null. */
  double[] seedingDistances() {
    return value.rowDoubles();
  }

  void setSeedingDistances(double[] distances) {
    value.setRowDoubles(distances);
  }

  /** Drops the seeding distances once seeding is over (they are never needed again). */
  void clearSeedingDistances() {
    value.setRowDoubles(null);
  }
}
