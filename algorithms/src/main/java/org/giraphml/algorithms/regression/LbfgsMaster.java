package org.giraphml.algorithms.regression;

import org.apache.giraph.block_app.framework.api.BlockMasterApi;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import org.giraphml.api.Progress;

/**
 * The master's side of sharded (OWL-)L-BFGS, run after every evaluation of a trial point:
 * backtracking line search with the Armijo condition, the decision to keep the step's
 * correction pair, the next direction by {@link VectorFreeLbfgs} on the reduced Gram matrix,
 * and the stopping rules. Its decision goes to the shards as a broadcast {@link Step}.
 */
final class LbfgsMaster {
  private static final Logger LOG = LogManager.getLogger(LbfgsMaster.class);

  private LbfgsMaster() {
  }

  static void afterEvaluation(GlmState st, BlockMasterApi api, double[] r) {
    int k = st.pairs;
    int b = ShardStatsPiece.basisSize(k);
    double[] gram = new double[b * b];
    System.arraycopy(r, ShardStatsPiece.HEADER, gram, 0, b * b);
    // f and pgNorm are those of the scaled problem (GlmState.solverL1); histories and the log
    // are in the user's units, where a value beyond a double is Infinity.
    double f = st.pendingLoss + 0.5 * st.l2 * r[ShardStatsPiece.L2_TERM]
        + st.solverL1() * r[ShardStatsPiece.L1_TERM];
    double userF = Math.scalb(f, 2 * st.labelExponent);
    int pgIndex = 2 * k + 2;
    double pgNorm = Math.sqrt(Math.max(0, gram[pgIndex * b + pgIndex]));
    double userPgNorm = Math.scalb(pgNorm, st.labelExponent);
    st.evaluations++;
    Step last = st.pending;
    if (last.kind == Step.Kind.START) {
      st.iterationStartNanos = System.nanoTime();
      st.objectiveHistory.add(userF);
      st.gradientNormHistory.add(userPgNorm);
      if (!Double.isFinite(f)) {
        finish(st, api, "diverged", false);
        return;
      }
      if (pgNorm <= st.tolerance) {
        finish(st, api, "converged", true);
        return;
      }
      nextDirection(st, api, f, pgNorm, gram, k, false);
      return;
    }
    boolean decreased = Double.isFinite(f)
        && f <= st.baseObjective + GlmState.ARMIJO * r[ShardStatsPiece.DIRECTIONAL];
    if (!decreased) {
      if (st.backtracks >= GlmState.MAX_BACKTRACKS) {
        // No decrease along a descent direction: at machine precision, or blown up.
        finish(st, api, Double.isFinite(st.baseObjective) ? "converged" : "diverged", false);
        return;
      }
      st.backtracks++;
      Step retry = new Step();
      retry.kind = Step.Kind.BACKTRACK;
      retry.step = last.step * 0.5;
      retry.pairs = k;
      publish(st, api, retry);
      return;
    }
    st.iteration++;
    double seconds = (System.nanoTime() - st.iterationStartNanos) / 1e9;
    st.iterationStartNanos = System.nanoTime();
    st.objectiveHistory.add(userF);
    st.gradientNormHistory.add(userPgNorm);
    st.iterationSeconds.add(seconds);
    double improvement = (st.baseObjective - f) / Math.max(Math.abs(f), Double.MIN_NORMAL);
    LOG.info(String.format(java.util.Locale.ROOT,
        "%s iteration %d: objective %.12g, |gradient| %.4g, step %.3g, %d evaluations, %.3f s",
        st.algorithm, st.iteration, userF, userPgNorm, last.step, st.backtracks + 1, seconds));
    Progress.iteration(api, st.algorithm, st.iteration, userF);
    if (improvement < st.tolerance || pgNorm <= st.tolerance) {
      finish(st, api, "converged", true);
    } else if (!st.unlimitedIterations && st.iteration >= st.maxIterations) {
      finish(st, api, "max-iterations", true);
    } else {
      nextDirection(st, api, f, pgNorm, gram, k, true);
    }
  }

  /** Accepts the evaluated point and sends the shards the next direction. */
  private static void nextDirection(GlmState st, BlockMasterApi api, double f, double pgNorm,
      double[] gram, int k, boolean hasPair) {
    int b = 2 * k + 3;
    double sy = gram[(2 * k) * b + (2 * k + 1)];
    double yy = gram[(2 * k + 1) * b + (2 * k + 1)];
    boolean addPair = hasPair && sy > 1e-10 * yy && yy > 0;
    boolean dropOldest = addPair && k == st.history;
    int newK = addPair ? (dropOldest ? k : k + 1) : k;
    int[] idx = new int[2 * newK + 1];
    int from = dropOldest ? 1 : 0;
    int p = 0;
    for (int i = from; i < k; i++) {
      idx[p++] = i;
    }
    if (addPair) {
      idx[p++] = 2 * k;
    }
    for (int i = from; i < k; i++) {
      idx[p++] = k + i;
    }
    if (addPair) {
      idx[p++] = 2 * k + 1;
    }
    idx[p] = 2 * k + 2;
    int nb = idx.length;
    double[] sub = new double[nb * nb];
    for (int a = 0; a < nb; a++) {
      for (int c = 0; c < nb; c++) {
        sub[a * nb + c] = gram[idx[a] * b + idx[c]];
      }
    }
    double[] coef = VectorFreeLbfgs.direction(newK, sub);
    double slope = VectorFreeLbfgs.dot(sub, nb, nb - 1, coef);
    if (!(slope < 0)) {
      // Not a descent direction (curvature information gone stale): restart from -pg.
      LOG.info("{}: L-BFGS history reset", st.algorithm);
      newK = 0;
      coef = new double[] {-1};
    }
    Step next = new Step();
    next.kind = Step.Kind.ACCEPT;
    next.addPair = addPair && newK > 0;
    next.dropOldest = dropOldest && newK > 0;
    next.pairs = newK;
    next.coefficients = coef;
    next.step = newK == 0 && st.iteration == 0 ? 1 / Math.max(pgNorm, 1e-300) : 1;
    st.pairs = newK;
    st.baseObjective = f;
    st.baseGradientNorm = pgNorm;
    st.backtracks = 0;
    publish(st, api, next);
  }

  private static void finish(GlmState st, BlockMasterApi api, String reason,
      boolean acceptTrial) {
    st.stopReason = reason;
    if ("max-iterations".equals(reason)) {
      st.warn(LOG, "did not converge in " + st.maxIterations + " iterations");
    } else if ("diverged".equals(reason)) {
      st.warn(LOG, "the objective became infinite or NaN");
    }
    Step last = new Step();
    last.kind = Step.Kind.FINAL;
    last.acceptTrial = acceptTrial;
    last.pairs = st.pairs;
    publish(st, api, last);
  }

  private static void publish(GlmState st, BlockMasterApi api, Step step) {
    st.pending = step;
    st.stepHandle = api.broadcast(step);
  }
}
