package org.giraphml.algorithms.regression;

/**
 * What {@link DescribePiece} found out about the input, and how the weights are sharded over
 * it: rows, data blocks, the dimension, whether rows are sparse, and the powers of two in whose
 * units label and feature sums are accumulated. Set once by the master, read by every later
 * piece. Immutable.
 */
final class DataShape {
  private long rows;
  private long blocks;
  private int dims;
  private boolean sparse;
  private int shardFeatures;
  private int labelExponent;
  private int[] featureExponents;
  private boolean weighted;
  private double totalWeight;
  private long weightedRows;

  /** For Kryo. */
  private DataShape() {
  }

  DataShape(long rows, long blocks, int dims, boolean sparse, int shardFeatures,
      int labelExponent, int[] featureExponents) {
    this.rows = rows;
    this.blocks = blocks;
    this.dims = dims;
    this.sparse = sparse;
    this.shardFeatures = shardFeatures;
    this.labelExponent = labelExponent;
    this.featureExponents = featureExponents.clone();
    this.totalWeight = rows;
    this.weightedRows = rows;
  }

  /**
   * This shape for rows with sample weights ({@code --weight-column}): every sum over rows is
   * then weighted and every mean divides by {@code totalWeight} instead of the row count.
   *
   * @param totalWeight the sum of the weights, positive
   * @param weightedRows the rows whose weight is positive (zero-weight rows count for nothing)
   */
  DataShape withWeights(double totalWeight, long weightedRows) {
    DataShape s = new DataShape(rows, blocks, dims, sparse, shardFeatures, labelExponent,
        featureExponents);
    s.weighted = true;
    s.totalWeight = totalWeight;
    s.weightedRows = weightedRows;
    return s;
  }

  /** The exponent (see {@link #labelExponent}) for values whose largest magnitude is maxAbs. */
  static int exponentFor(double maxAbs) {
    return maxAbs == 0 || (maxAbs >= 0x1p-400 && maxAbs <= 0x1p400) ? 0
        : Math.getExponent(maxAbs);
  }

  long rows() {
    return rows;
  }

  /** Whether the rows carry sample weights. */
  boolean weighted() {
    return weighted;
  }

  /** The sum of the rows' sample weights: what means divide by ({@link #rows} unweighted). */
  double totalWeight() {
    return totalWeight;
  }

  /** Rows with a positive weight ({@link #rows} unweighted): the sample size of inference. */
  long weightedRows() {
    return weightedRows;
  }

  /** Data blocks (data vertices). */
  long blocks() {
    return blocks;
  }

  /** Number of features. */
  int dims() {
    return dims;
  }

  boolean sparse() {
    return sparse;
  }

  /**
   * Label sums and the error metrics are accumulated in units of {@code 2^labelExponent} (and
   * squares in {@code 2^(2 labelExponent)}) so that labels near the ends of the double range
   * neither overflow nor underflow; 0, which changes nothing, for labels within
   * {@code [2^-400, 2^400]}.
   */
  int labelExponent() {
    return labelExponent;
  }

  /** Per feature, as {@link #labelExponent}: the unit of its sums in {@link MomentsPiece}. */
  int featureExponent(int j) {
    return featureExponents[j];
  }

  /** Whether some feature's sums need scaling. */
  boolean scaledFeatures() {
    for (int e : featureExponents) {
      if (e != 0) {
        return true;
      }
    }
    return false;
  }

  /** Features per weight shard. */
  int shardFeatures() {
    return shardFeatures;
  }

  /** Number of feature shards; the intercept, if fitted, has one more shard of its own. */
  int featureShards() {
    return Math.max(1, (dims + shardFeatures - 1) / shardFeatures);
  }

  /** The index of the intercept's shard (used only when an intercept is fitted). */
  int interceptShard() {
    return featureShards();
  }

  /** Coordinates held by shard {@code s}. */
  int shardLength(int s) {
    if (s == interceptShard()) {
      return 1;
    }
    return Math.min(shardFeatures, dims - s * shardFeatures);
  }

  /**
   * Dense data with an intercept is centred implicitly: blocks compute margins and gradients on
   * {@code x - mean}, which decouples the intercept from the features and conditions L-BFGS far
   * better. Sparse rows are not centred (it would fill them in), as in Spark.
   */
  boolean centred(boolean fitIntercept) {
    return fitIntercept && !sparse;
  }

  /**
   * The L1 weight of the problem L-BFGS solves. Squared loss is fitted to labels scaled by
   * {@code 2^-labelExponent}: with {@code w = 2^e v} the objective is {@code 2^2e} times that
   * of {@code v} with L1 weight {@code l1 / 2^e} (the L2 term scales like the loss).
   */
  double solverL1(double l1) {
    return Math.scalb(l1, -labelExponent);
  }
}
