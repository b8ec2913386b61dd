package org.giraphml.algorithms.kmeans;

/**
 * How the assignment step finds each row's nearest centroid. Every choice gives the same
 * clusters, to the bit, as plain Lloyd from the same start; they differ only in speed.
 */
public enum AssignAlgorithm {
  /** Compare every row with every centroid, every iteration (blocked distance kernel). */
  LLOYD,
  /**
   * Keep one upper and one lower distance bound per row between iterations and skip the rows
   * that provably kept their centroid (G. Hamerly, SDM 2010): most rows after the first few
   * iterations when clusters are well separated. Costs 24 bytes a row. Sparse input uses
   * {@link #LLOYD}.
   */
  HAMERLY,
  /** {@link #HAMERLY} for dense input, {@link #LLOYD} for sparse. */
  AUTO
}
