package org.giraphml.algorithms.regression;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Optional;

/**
 * How a solver's run went, for the summary: the master-side record the metrics pieces read
 * when they build the {@link org.giraphml.api.TrainingResult}. Implemented by the L-BFGS
 * master and by the normal equations' solution.
 */
interface SolverRun {
  /** Why the solver stopped; empty while it runs. */
  Optional<StopReason> stopReason();

  /** Iterations completed (0 for an exact solution). */
  int iterations();

  /** Passes over the data that evaluated the objective. */
  int evaluations();

  /**
   * Completes the objective history with the objective at the final model, given the
   * unpenalised mean loss the metrics measured there, if the solver did not record it itself.
   */
  void finalObjective(double meanLoss);

  /** Adds the solver's own summary details (after {@code iteration_seconds}). */
  void describe(ObjectNode details);

  /**
   * {@code diag((X'X)^-1)} of an unpenalised least-squares fit, features then intercept, for
   * the summary's inference ({@link NormalInference}); empty where the solver has none.
   */
  default Optional<double[]> inverseGramDiagonal() {
    return Optional.empty();
  }

  /** Why an unpenalised fit by this solver has no inference, if it should have had one. */
  default Optional<String> noInferenceReason() {
    return Optional.empty();
  }
}
