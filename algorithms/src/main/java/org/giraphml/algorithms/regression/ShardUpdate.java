package org.giraphml.algorithms.regression;


/**
 * The shard-local half of (OWL-)L-BFGS: applying a {@link Step} to one {@link WeightShard}.
 * Every operation is element-wise or a combination of the shard's own slices, which is what
 * lets the weights live sharded across model vertices.
 */
final class ShardUpdate {
  private ShardUpdate() {
  }

  static void apply(Step step, WeightShard shard, boolean l1) {
    switch (step.kind) {
      case START:
        // The trial weights are the starting point ConnectPiece gave: zeros, or a warm start's.
        return;
      case ACCEPT:
        accept(step, shard, l1);
        trial(step.step, shard, l1);
        return;
      case BACKTRACK:
        trial(step.step, shard, l1);
        return;
      case FINAL:
        if (step.acceptTrial) { // the last trial was accepted: it is the final point
          System.arraycopy(shard.weights(), 0, shard.base(), 0, shard.length());
        } else {
          System.arraycopy(shard.base(), 0, shard.weights(), 0, shard.length());
        }
        return;
      default:
        throw new IllegalStateException("unknown step " + step.kind);
    }
  }

  private static void accept(Step step, WeightShard shard, boolean l1) {
    int n = shard.length();
    int pairs = step.pairs;
    if (step.addPair) {
      if (step.dropOldest) {
        shard.recycleOldestPair(pairs);
      }
      int last = pairs - 1;
      shard.allocatePair(last);
      double[] s = shard.step(last);
      double[] y = shard.gradientChange(last);
      double[] w = shard.weights();
      double[] base = shard.base();
      double[] g = shard.gradient();
      double[] gBase = shard.baseGradient();
      for (int j = 0; j < n; j++) {
        s[j] = w[j] - base[j];
        y[j] = g[j] - gBase[j];
      }
    }
    System.arraycopy(shard.weights(), 0, shard.base(), 0, n);
    System.arraycopy(shard.gradient(), 0, shard.baseGradient(), 0, n);
    System.arraycopy(shard.pseudoGradient(), 0, shard.basePseudoGradient(), 0, n);
    // direction = sum of coefficients times basis (s_0..s_{k-1}, y_0..y_{k-1}, pg)
    double[] d = shard.direction();
    double[] c = step.coefficients;
    double[] pg = shard.basePseudoGradient();
    for (int j = 0; j < n; j++) {
      d[j] = c[2 * pairs] * pg[j];
    }
    for (int i = 0; i < pairs; i++) {
      double cs = c[i];
      double cy = c[pairs + i];
      double[] s = shard.step(i);
      double[] y = shard.gradientChange(i);
      for (int j = 0; j < n; j++) {
        d[j] += cs * s[j] + cy * y[j];
      }
    }
    if (l1) {
      // OWL-QN: keep only coordinates where the direction descends along -pg.
      for (int j = 0; j < n; j++) {
        if (d[j] * pg[j] >= 0) {
          d[j] = 0;
        }
      }
    }
  }

  /** w = base + step * direction, projected onto the base point's orthant under L1. */
  private static void trial(double step, WeightShard shard, boolean l1) {
    double[] w = shard.weights();
    double[] base = shard.base();
    double[] d = shard.direction();
    double[] pg = shard.basePseudoGradient();
    double[] penalised = shard.penalised();
    for (int j = 0; j < w.length; j++) {
      double next = base[j] + step * d[j];
      if (l1 && penalised[j] > 0) {
        double orthant = base[j] != 0 ? Math.signum(base[j]) : -Math.signum(pg[j]);
        if (next * orthant <= 0) {
          next = 0;
        }
      }
      w[j] = next;
    }
  }
}
