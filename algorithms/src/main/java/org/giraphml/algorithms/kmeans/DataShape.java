package org.giraphml.algorithms.kmeans;

/**
 * What {@link DescribePiece} found out about the input: how many rows and blocks, the
 * dimension and whether rows are sparse, and the scale at which sums are accumulated. Set once
 * by the master, read by every later piece. Immutable.
 */
final class DataShape {
  private long rows;
  private long blocks;
  private int dims;
  private boolean sparse;
  private int scaleExponent;

  /** For Kryo. */
  private DataShape() {
  }

  DataShape(long rows, long blocks, int dims, boolean sparse, int scaleExponent) {
    this.rows = rows;
    this.blocks = blocks;
    this.dims = dims;
    this.sparse = sparse;
    this.scaleExponent = scaleExponent;
  }

  /**
   * The {@link #scaleExponent} for data whose largest magnitude is {@code maxAbs}: 0 if a sum
   * over all rows of squared distances (at most {@code 4 dims maxAbs^2} each) stays below
   * {@code 2^1000}, else the exponent of {@code maxAbs}.
   */
  static int scaleFor(double maxAbs, long rows, int dims) {
    double bound = 4.0 * rows * Math.max(1, dims) * maxAbs * maxAbs;
    return bound <= 0x1p1000 || maxAbs == 0 ? 0 : Math.getExponent(maxAbs);
  }

  long rows() {
    return rows;
  }

  /** Data vertices (blocks of rows). */
  long blocks() {
    return blocks;
  }

  /** Features per row (for sparse rows, the largest feature index). */
  int dims() {
    return dims;
  }

  boolean sparse() {
    return sparse;
  }

  /**
   * Centroid sums are accumulated in units of {@code 2^scaleExponent} and seeding costs (sums
   * of squared distances) in units of {@code 2^(2 scaleExponent)}, so that neither overflows
   * on data near {@link Double#MAX_VALUE}; 0 (no scaling, results to the bit as without it)
   * unless {@link #scaleFor} finds they could.
   */
  int scaleExponent() {
    return scaleExponent;
  }
}
