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
  /**
   * {@link #HAMERLY} for dense input of at most {@link #AUTO_MAX_BOUNDED_DIMS} features,
   * {@link #LLOYD} for wider rows and for sparse input. The bounds pay where most rows keep
   * their centroid and a skipped row saves a large share of its work; in many dimensions
   * distances concentrate, the bounds skip fewer rows, and each row still pays the distance
   * to its own centre plus the bound upkeep. Measured on the issue 11 benchmark (2 cores,
   * 20 iterations, steady seconds per iteration, Hamerly vs Lloyd): 150,000 x 10, k = 8 and
   * 1,000,000 x 20, k = 16, Hamerly faster (see bench/run.sh); Fashion-MNIST 70,000 x 784,
   * k = 10, Lloyd faster (0.083 vs 0.095 s). The threshold sits between, where Hamerly's
   * paper (SDM 2010) also sees its advantage fade; the number of centres k did not change
   * the choice on these sets.
   */
  AUTO;

  /** The widest dense rows for which {@link #AUTO} keeps Hamerly's bounds. */
  public static final int AUTO_MAX_BOUNDED_DIMS = 64;

  /** Whether rows of {@code dims} features keep distance bounds under this choice. */
  public boolean bounded(int dims) {
    return switch (this) {
      case LLOYD -> false;
      case HAMERLY -> true;
      case AUTO -> dims <= AUTO_MAX_BOUNDED_DIMS;
    };
  }
}
