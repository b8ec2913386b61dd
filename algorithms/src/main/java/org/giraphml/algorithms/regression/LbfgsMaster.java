package org.giraphml.algorithms.regression;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Locale;
import java.util.Optional;
import org.apache.giraph.block_app.framework.api.BlockMasterApi;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import org.giraphml.api.Progress;
import org.giraphml.api.Shared;

/**
 * The master's side of sharded (OWL-)L-BFGS, run after every evaluation of a trial point:
 * backtracking line search with the Armijo condition, the decision to keep the step's
 * correction pair, the next direction by {@link VectorFreeLbfgs} on the reduced Gram matrix,
 * and the stopping rules. Its decision goes to the shards as the shared {@link Step}. A
 * master-only holder: the line search's state lives here, and nowhere else.
 */
final class LbfgsMaster implements SolverRun {
  private static final Logger LOG = LogManager.getLogger(LbfgsMaster.class);
  static final double ARMIJO = 1e-4;
  static final int MAX_BACKTRACKS = 60;

  private GlmSettings settings;
  private Shared<DataShape> shape;
  private Shared<Step> step;
  private Evaluation evaluation;
  private IterationHistory history;
  private Warnings warnings;

  private double baseObjective = Double.NaN;
  private int backtracks;
  private int iteration;
  private int evaluations;
  private long iterationStartNanos;
  private StopReason stopReason;

  /** For Kryo. */
  private LbfgsMaster() {
  }

  LbfgsMaster(GlmSettings settings, Shared<DataShape> shape, Shared<Step> step,
      Evaluation evaluation, IterationHistory history, Warnings warnings) {
    this.settings = settings;
    this.shape = shape;
    this.step = step;
    this.evaluation = evaluation;
    this.history = history;
    this.warnings = warnings;
  }

  @Override
  public Optional<StopReason> stopReason() {
    return Optional.ofNullable(stopReason);
  }

  @Override
  public int iterations() {
    return iteration;
  }

  @Override
  public int evaluations() {
    return evaluations;
  }

  /** L-BFGS records the objective at every accepted point, the final one included. */
  @Override
  public void finalObjective(double meanLoss) {
  }

  @Override
  public void describe(ObjectNode details) {
    DataShape data = shape.get();
    ObjectNode traffic = details.putObject("messages_per_evaluation");
    traffic.put("data_blocks", data.blocks());
    traffic.put("weight_shards", data.featureShards() + (settings.fitIntercept() ? 1 : 0));
    traffic.put("weight_messages", evaluation.weightMessages());
    traffic.put("weight_bytes", evaluation.weightBytes());
    traffic.put("gradient_messages", evaluation.gradientMessages());
    traffic.put("gradient_bytes", evaluation.gradientBytes());
    // What sending every block the whole weight vector (a dense broadcast) would cost.
    traffic.put("dense_broadcast_bytes", data.blocks() * (long) (data.dims() + 1) * Double.BYTES);
  }

  /**
   * Decides the next step from the reduced shard statistics ({@link ShardStatsPiece}: the
   * penalty terms, the directional derivative and the basis Gram matrix).
   */
  void afterEvaluation(BlockMasterApi api, double[] r) {
    DataShape data = shape.get();
    Step last = step.get();
    int k = last.pairs;
    int b = ShardStatsPiece.basisSize(k);
    double[] gram = new double[b * b];
    System.arraycopy(r, ShardStatsPiece.HEADER, gram, 0, b * b);
    // f and pgNorm are those of the scaled problem (DataShape.solverL1); histories and the log
    // are in the user's units, where a value beyond a double is Infinity.
    double f = evaluation.meanLoss() + 0.5 * settings.l2() * r[ShardStatsPiece.L2_TERM]
        + data.solverL1(settings.l1()) * r[ShardStatsPiece.L1_TERM];
    double userF = Math.scalb(f, 2 * data.labelExponent());
    int pgIndex = 2 * k + 2;
    double pgNorm = Math.sqrt(Math.max(0, gram[pgIndex * b + pgIndex]));
    double userPgNorm = Math.scalb(pgNorm, data.labelExponent());
    evaluations++;
    if (last.kind == Step.Kind.START) {
      iterationStartNanos = System.nanoTime();
      history.record(userF, userPgNorm);
      if (!Double.isFinite(f)) {
        finish(StopReason.DIVERGED, false);
        return;
      }
      if (pgNorm <= settings.tolerance()) {
        finish(StopReason.CONVERGED, true);
        return;
      }
      nextDirection(f, pgNorm, gram, k, false);
      return;
    }
    boolean decreased = Double.isFinite(f)
        && f <= baseObjective + ARMIJO * r[ShardStatsPiece.DIRECTIONAL];
    if (!decreased) {
      if (backtracks >= MAX_BACKTRACKS) {
        // No decrease along a descent direction: at machine precision, or blown up.
        finish(Double.isFinite(baseObjective) ? StopReason.CONVERGED : StopReason.DIVERGED,
            false);
        return;
      }
      backtracks++;
      step.set(Step.backtrack(last.step * 0.5, k));
      return;
    }
    iteration++;
    double seconds = (System.nanoTime() - iterationStartNanos) / 1e9;
    iterationStartNanos = System.nanoTime();
    history.record(userF, userPgNorm);
    history.recordIterationSeconds(seconds);
    double improvement = (baseObjective - f) / Math.max(Math.abs(f), Double.MIN_NORMAL);
    LOG.info(String.format(Locale.ROOT,
        "%s iteration %d: objective %.12g, |gradient| %.4g, step %.3g, %d evaluations, %.3f s",
        settings.algorithm(), iteration, userF, userPgNorm, last.step, backtracks + 1,
        seconds));
    Progress.iteration(api, settings.algorithm(), iteration, userF);
    if (improvement < settings.tolerance() || pgNorm <= settings.tolerance()) {
      finish(StopReason.CONVERGED, true);
    } else if (settings.maxIterations().isPresent()
        && iteration >= settings.maxIterations().getAsInt()) {
      finish(StopReason.MAX_ITERATIONS, true);
    } else {
      nextDirection(f, pgNorm, gram, k, true);
    }
  }

  /** Accepts the evaluated point and sends the shards the next direction. */
  private void nextDirection(double f, double pgNorm, double[] gram, int k, boolean hasPair) {
    int b = 2 * k + 3;
    double sy = gram[(2 * k) * b + (2 * k + 1)];
    double yy = gram[(2 * k + 1) * b + (2 * k + 1)];
    boolean addPair = hasPair && sy > 1e-10 * yy && yy > 0;
    boolean dropOldest = addPair && k == settings.history();
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
      LOG.info("{}: L-BFGS history reset", settings.algorithm());
      newK = 0;
      coef = new double[] {-1};
    }
    Step next = new Step();
    next.kind = Step.Kind.ACCEPT;
    next.addPair = addPair && newK > 0;
    next.dropOldest = dropOldest && newK > 0;
    next.pairs = newK;
    next.coefficients = coef;
    next.step = newK == 0 && iteration == 0 ? firstStep(pgNorm) : 1;
    baseObjective = f;
    backtracks = 0;
    step.set(next);
  }

  /**
   * The first step's length along {@code -pg}, before there is any curvature to go by: from
   * zero, a step of length 1 (in standardised units); from a warm start, which is presumably
   * near the optimum already, a plain gradient step ({@code -pg} itself) unless that is longer.
   */
  private double firstStep(double pgNorm) {
    double unitLength = 1 / Math.max(pgNorm, 1e-300);
    return settings.initModel().isPresent() ? Math.min(1, unitLength) : unitLength;
  }

  private void finish(StopReason reason, boolean acceptTrial) {
    stopReason = reason;
    if (reason == StopReason.MAX_ITERATIONS) {
      warnings.warn("did not converge in " + settings.maxIterations().getAsInt()
          + " iterations");
    } else if (reason == StopReason.DIVERGED) {
      warnings.warn("the objective became infinite or NaN");
    }
    step.set(Step.last(acceptTrial, step.get().pairs));
  }
}
