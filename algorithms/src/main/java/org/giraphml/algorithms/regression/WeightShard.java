package org.giraphml.algorithms.regression;

import org.giraphml.graph.NodeValue;

/**
 * A weight shard (a model vertex) seen by its role: one slice of the coordinates (features, or
 * the intercept alone) and everything sharded L-BFGS keeps for it — the accepted base point
 * with its gradient and pseudo-gradient, the search direction, the trial point with its
 * gradient and pseudo-gradient, the features' scales, which coordinates are penalised, and the
 * correction pairs (oldest first). A view over {@link NodeValue#vectors()}: the arrays are the
 * vertex's own, so writing them changes the vertex; the serialised format is NodeValue's.
 */
final class WeightShard {
  private static final int BASE = 0;
  private static final int BASE_GRADIENT = 1;
  private static final int BASE_PSEUDO_GRADIENT = 2;
  private static final int DIRECTION = 3;
  private static final int TRIAL = 4;
  private static final int GRADIENT = 5;
  private static final int PSEUDO_GRADIENT = 6;
  private static final int SCALE = 7;
  private static final int PENALISED = 8;
  private static final int PAIRS = 9;

  private final double[][] v;

  private WeightShard(double[][] v) {
    this.v = v;
  }

  /** The shard a model vertex holds. */
  static WeightShard of(NodeValue value) {
    return new WeightShard(value.vectors());
  }

  /**
   * Gives a model vertex a new shard of {@code length} coordinates, all zero, with room for
   * {@code history} correction pairs (allocated when first used).
   */
  static WeightShard create(NodeValue value, int length, int history) {
    double[][] v = new double[PAIRS + 2 * history][];
    for (int i = 0; i < PAIRS; i++) {
      v[i] = new double[length];
    }
    value.setVectors(v);
    return new WeightShard(v);
  }

  /** Coordinates in this shard. */
  int length() {
    return v[TRIAL].length;
  }

  /** The trial point: the weights being evaluated (standardised scale). */
  double[] weights() {
    return v[TRIAL];
  }

  /** The objective's gradient at the trial point. */
  double[] gradient() {
    return v[GRADIENT];
  }

  /** The pseudo-gradient (OWL-QN) at the trial point; the gradient without L1. */
  double[] pseudoGradient() {
    return v[PSEUDO_GRADIENT];
  }

  /** The last accepted point. */
  double[] base() {
    return v[BASE];
  }

  double[] baseGradient() {
    return v[BASE_GRADIENT];
  }

  double[] basePseudoGradient() {
    return v[BASE_PSEUDO_GRADIENT];
  }

  /** The search direction from the base point. */
  double[] direction() {
    return v[DIRECTION];
  }

  /** Each coordinate's feature scale (1 for the intercept; 0: a constant feature). */
  double[] scales() {
    return v[SCALE];
  }

  /** Penalty weight of each coordinate: 1 for features, 0 for the intercept and dead ones. */
  double[] penalised() {
    return v[PENALISED];
  }

  /** The step {@code s_i} of correction pair {@code i} (oldest first), or null if unused. */
  double[] step(int i) {
    return v[PAIRS + 2 * i];
  }

  /** The gradient change {@code y_i} of correction pair {@code i}, or null if unused. */
  double[] gradientChange(int i) {
    return v[PAIRS + 2 * i + 1];
  }

  /** Moves the oldest of {@code pairs} pairs to the last place, to be overwritten. */
  void recycleOldestPair(int pairs) {
    double[] s0 = step(0);
    double[] y0 = gradientChange(0);
    for (int i = 0; i < pairs - 1; i++) {
      v[PAIRS + 2 * i] = step(i + 1);
      v[PAIRS + 2 * i + 1] = gradientChange(i + 1);
    }
    v[PAIRS + 2 * (pairs - 1)] = s0;
    v[PAIRS + 2 * (pairs - 1) + 1] = y0;
  }

  /** Allocates pair {@code i} if it has never been used. */
  void allocatePair(int i) {
    if (step(i) == null) {
      v[PAIRS + 2 * i] = new double[length()];
      v[PAIRS + 2 * i + 1] = new double[length()];
    }
  }

  /**
   * The trial weights on the features' original scale ({@code w_j / scale_j}, 0 for constant
   * features), in an array of {@code size >= length()} (zero-padded).
   */
  double[] originalScaleWeights(int size) {
    double[] w = weights();
    double[] scale = scales();
    double[] out = new double[size];
    for (int j = 0; j < w.length; j++) {
      out[j] = scale[j] > 0 ? w[j] / scale[j] : 0;
    }
    return out;
  }
}
