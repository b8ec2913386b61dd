package org.giraphml.algorithms.regression;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.apache.hadoop.conf.Configuration;
import org.giraphml.api.Shared;
import org.giraphml.conf.EnumOption;
import org.junit.jupiter.api.Test;

/**
 * The L-BFGS master's decisions after the first evaluation, which need no master API: a
 * vanishing gradient converges at once, a non-finite objective diverges with a warning, and
 * otherwise the shards are told to move along the steepest descent.
 */
class LbfgsMasterTest {
  private final Shared<DataShape> shape = Shared.of("shape",
      new DataShape(10, 1, 2, false, 16, 0, new int[2]));
  private final Shared<Step> step = Shared.of("step", Step.start());
  private final Evaluation evaluation = new Evaluation();
  private final IterationHistory history = new IterationHistory();
  private final Warnings warnings = new Warnings("linreg");
  private final LbfgsMaster master = new LbfgsMaster(settings(), shape, step, evaluation,
      history, warnings);

  private static GlmSettings settings() {
    Configuration conf = new Configuration(false);
    conf.set(RegressionSettings.L2.key(), "0.5");
    return GlmSettings.from(conf, "linreg", Loss.SQUARED, Solver.LBFGS);
  }

  /** Reduced shard statistics with no pairs: the penalty terms and |pg|^2 only. */
  private static double[] stats(double l2Term, double pgSquared) {
    int b = ShardStatsPiece.basisSize(0);
    double[] r = new double[ShardStatsPiece.HEADER + b * b];
    r[ShardStatsPiece.L2_TERM] = l2Term;
    r[ShardStatsPiece.HEADER + b * b - 1] = pgSquared;
    return r;
  }

  @Test
  void aVanishingGradientAtTheStartConvergesWithoutAnIteration() {
    evaluation.gradientsSent(3, 0, 0);
    master.afterEvaluation(null, stats(4, 0));
    assertEquals(Optional.of(StopReason.CONVERGED), master.stopReason());
    assertEquals(0, master.iterations());
    assertEquals(1, master.evaluations());
    assertEquals(List.of(3 + 0.5 * 0.5 * 4), history.objectives());
    assertEquals(Step.Kind.FINAL, step.get().kind);
    assertTrue(step.get().acceptTrial, "the starting point is the answer");
    assertEquals(List.of(), warnings.all());
  }

  @Test
  void anInfiniteObjectiveAtTheStartDivergesWithAWarning() {
    evaluation.gradientsSent(Double.POSITIVE_INFINITY, 0, 0);
    master.afterEvaluation(null, stats(0, 1));
    assertEquals(Optional.of(StopReason.DIVERGED), master.stopReason());
    assertEquals("diverged", EnumOption.nameOf(master.stopReason().get()));
    assertFalse(step.get().acceptTrial);
    assertEquals(List.of("the objective became infinite or NaN"), warnings.all());
  }

  @Test
  void otherwiseTheFirstStepIsSteepestDescentScaledByTheGradientNorm() {
    evaluation.gradientsSent(1, 0, 0);
    master.afterEvaluation(null, stats(0, 16));
    assertEquals(Optional.empty(), master.stopReason());
    Step next = step.get();
    assertEquals(Step.Kind.ACCEPT, next.kind);
    assertEquals(0, next.pairs);
    assertEquals(-1, next.coefficients[0], 0);
    assertEquals(0.25, next.step, 0); // 1 / |pg|
    assertEquals(List.of(4.0), history.gradientNorms());
  }
}
