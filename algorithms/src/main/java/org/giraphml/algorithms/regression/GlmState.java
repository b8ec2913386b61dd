package org.giraphml.algorithms.regression;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import org.apache.giraph.block_app.framework.piece.global_comm.BroadcastHandle;
import org.apache.hadoop.conf.Configuration;
import org.apache.logging.log4j.Logger;
import org.giraphml.reduce.RowTable;

/**
 * What the master knows about a regression run, shared by its pieces (and so checkpointed with
 * them): settings, the data's shape and moments, the L-BFGS line-search state, history for the
 * summary, and the final model. Workers read broadcasts, never this object's copies.
 */
final class GlmState {
  static final double ARMIJO = 1e-4;
  static final int MAX_BACKTRACKS = 60;

  // Settings.
  String algorithm;
  Loss loss;
  double l1;
  double l2;
  boolean fitIntercept;
  boolean standardize;
  boolean unlimitedIterations;
  int maxIterations;
  double tolerance;
  int history;
  int shardFeatures;
  boolean normalSolver;

  // Data.
  long rows;
  int dims;
  boolean sparse;
  double[] mean;
  /** Scale each feature is divided by while fitting (1 without standardisation; 0: constant). */
  double[] scale;
  double labelMean;
  /**
   * Label sums and the error metrics are accumulated in units of {@code 2^labelExponent} (and
   * squares in {@code 2^(2 labelExponent)}) so that labels near the ends of the double range
   * neither overflow nor underflow; 0, which changes nothing, for labels within
   * {@code [2^-400, 2^400]}.
   */
  int labelExponent;
  /** Per feature, as {@link #labelExponent}: the unit of its sums in {@link MomentsPiece}. */
  int[] featureExponents;
  BroadcastHandle<RowTable> scalesHandle;

  // L-BFGS.
  int pairs;
  double baseObjective = Double.NaN;
  double baseGradientNorm;
  Step pending;
  int backtracks;
  int iteration;
  int evaluations;
  BroadcastHandle<Step> stepHandle;
  boolean acceptFinalTrial;
  /** Messages and payload bytes of the last evaluation: weights out, gradients back. */
  long weightMessages;
  long weightBytes;
  long gradientMessages;
  long gradientBytes;
  long blocks;
  /** Mean loss at the point being evaluated, from {@link GradientPiece}. */
  double pendingLoss;

  // Progress and results.
  List<Double> objectiveHistory = new ArrayList<>();
  List<Double> gradientNormHistory = new ArrayList<>();
  List<Double> iterationSeconds = new ArrayList<>();
  String stopReason;
  /** Problems with the result the user must hear about (logged, and in the summary). */
  List<String> warnings = new ArrayList<>();
  long startNanos;
  long iterationStartNanos;
  double[] weights;
  double intercept;
  /** Normal solver: the penalty at the solution, added to the objective the metrics give. */
  double normalPenalty;
  BroadcastHandle<RowTable> modelHandle;
  /** Logistic: the smallest signed margin over the rows at the final model. */
  double smallestMargin;

  GlmState() {
  }

  static GlmState fromConf(Configuration conf, String algorithm, Loss loss, boolean normal) {
    GlmState s = new GlmState();
    s.algorithm = algorithm;
    s.loss = loss;
    s.normalSolver = normal;
    s.l1 = RegressionSettings.L1.get(conf);
    s.l2 = RegressionSettings.L2.get(conf);
    s.fitIntercept = RegressionSettings.FIT_INTERCEPT.get(conf);
    s.standardize = RegressionSettings.STANDARDIZE.get(conf);
    OptionalInt cap = RegressionSettings.MAX_ITERATIONS.get(conf);
    s.unlimitedIterations = cap.isEmpty();
    s.maxIterations = cap.orElse(Integer.MAX_VALUE);
    s.tolerance = RegressionSettings.TOLERANCE.get(conf);
    s.history = RegressionSettings.HISTORY.get(conf);
    s.shardFeatures = RegressionSettings.SHARD_FEATURES.get(conf);
    return s;
  }

  /** Number of feature shards; the intercept, if fitted, has one more shard of its own. */
  int featureShards() {
    return Math.max(1, (dims + shardFeatures - 1) / shardFeatures);
  }

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
  boolean centred() {
    return fitIntercept && !sparse;
  }

  /** Row 0: each feature's scale; row 1: its mean (zeros when not centring). */
  RowTable scalesAndMeans() {
    RowTable t = new RowTable(2, dims);
    t.set(0, scale);
    t.set(1, centred() ? mean : new double[dims]);
    return t;
  }

  /**
   * The L1 weight of the problem L-BFGS solves. Squared loss is fitted to labels scaled by
   * {@code 2^-labelExponent}: with {@code w = 2^e v} the objective is {@code 2^2e} times that
   * of {@code v} with L1 weight {@code l1 / 2^e} (the L2 term scales like the loss).
   */
  double solverL1() {
    return Math.scalb(l1, -labelExponent);
  }

  /** The {@link #labelExponent} for labels whose largest magnitude is {@code maxAbs}. */
  static int exponentFor(double maxAbs) {
    return maxAbs == 0 || (maxAbs >= 0x1p-400 && maxAbs <= 0x1p400) ? 0
        : Math.getExponent(maxAbs);
  }

  /** Adds a warning to the summary and the log. */
  void warn(Logger log, String message) {
    warnings.add(message);
    log.warn("{}: {}", algorithm, message);
  }

  double seconds() {
    return (System.nanoTime() - startNanos) / 1e9;
  }
}
