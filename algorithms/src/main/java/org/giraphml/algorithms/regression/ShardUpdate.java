package org.giraphml.algorithms.regression;

/**
 * The shard-local half of (OWL-)L-BFGS: applying a {@link Step} to one shard's slots. Every
 * operation is element-wise or a combination of the shard's own slices, which is what lets the
 * weights live sharded across model vertices.
 */
final class ShardUpdate {
  private ShardUpdate() {
  }

  static void apply(Step step, double[][] v, boolean l1) {
    switch (step.kind) {
      case START:
        java.util.Arrays.fill(v[ShardSlots.W], 0);
        return;
      case ACCEPT:
        accept(step, v, l1);
        trial(step.step, v, l1);
        return;
      case BACKTRACK:
        trial(step.step, v, l1);
        return;
      case FINAL:
        if (step.acceptTrial) { // the last trial was accepted: it is the final point
          System.arraycopy(v[ShardSlots.W], 0, v[ShardSlots.W_BASE], 0, v[ShardSlots.W].length);
        } else {
          System.arraycopy(v[ShardSlots.W_BASE], 0, v[ShardSlots.W], 0, v[ShardSlots.W].length);
        }
        return;
      default:
        throw new IllegalStateException("unknown step " + step.kind);
    }
  }

  private static void accept(Step step, double[][] v, boolean l1) {
    int n = v[ShardSlots.W].length;
    int pairs = step.pairs;
    if (step.addPair) {
      if (step.dropOldest) {
        double[] s0 = v[ShardSlots.s(0)];
        double[] y0 = v[ShardSlots.y(0)];
        for (int i = 0; i < pairs - 1; i++) {
          v[ShardSlots.s(i)] = v[ShardSlots.s(i + 1)];
          v[ShardSlots.y(i)] = v[ShardSlots.y(i + 1)];
        }
        v[ShardSlots.s(pairs - 1)] = s0;
        v[ShardSlots.y(pairs - 1)] = y0;
      }
      int last = pairs - 1;
      if (v[ShardSlots.s(last)] == null) {
        v[ShardSlots.s(last)] = new double[n];
        v[ShardSlots.y(last)] = new double[n];
      }
      double[] s = v[ShardSlots.s(last)];
      double[] y = v[ShardSlots.y(last)];
      for (int j = 0; j < n; j++) {
        s[j] = v[ShardSlots.W][j] - v[ShardSlots.W_BASE][j];
        y[j] = v[ShardSlots.G][j] - v[ShardSlots.G_BASE][j];
      }
    }
    System.arraycopy(v[ShardSlots.W], 0, v[ShardSlots.W_BASE], 0, n);
    System.arraycopy(v[ShardSlots.G], 0, v[ShardSlots.G_BASE], 0, n);
    System.arraycopy(v[ShardSlots.PG], 0, v[ShardSlots.PG_BASE], 0, n);
    // direction = sum of coefficients times basis (s_0..s_{k-1}, y_0..y_{k-1}, pg)
    double[] d = v[ShardSlots.DIRECTION];
    double[] c = step.coefficients;
    double[] pg = v[ShardSlots.PG_BASE];
    for (int j = 0; j < n; j++) {
      d[j] = c[2 * pairs] * pg[j];
    }
    for (int i = 0; i < pairs; i++) {
      double cs = c[i];
      double cy = c[pairs + i];
      double[] s = v[ShardSlots.s(i)];
      double[] y = v[ShardSlots.y(i)];
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
  private static void trial(double step, double[][] v, boolean l1) {
    double[] w = v[ShardSlots.W];
    double[] base = v[ShardSlots.W_BASE];
    double[] d = v[ShardSlots.DIRECTION];
    double[] pg = v[ShardSlots.PG_BASE];
    double[] penalised = v[ShardSlots.PENALISED];
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
