package org.giraphml.algorithms.regression;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Optional;

/**
 * The normal equations' run, for the summary: solved in one pass (one evaluation, no
 * iterations), with the L2 penalty at the solution, which the final objective adds to the
 * loss the metrics measure. A master-only holder, set by {@link SolvePiece}.
 */
final class NormalSolution implements SolverRun {
  private IterationHistory history;
  private boolean solved;
  private double penalty;
  private double[] inverseDiagonal;
  private String noInference;

  /** For Kryo. */
  private NormalSolution() {
  }

  NormalSolution(IterationHistory history) {
    this.history = history;
  }

  /** Records the solution's penalty term, {@code (l2/2)|w|^2} on the standardised scale. */
  void solved(double penalty) {
    this.solved = true;
    this.penalty = penalty;
  }

  /** Keeps {@code diag((X'X)^-1)} for the inference (see {@link NormalInference}). */
  void inverseDiagonal(double[] diagonal) {
    this.inverseDiagonal = diagonal;
  }

  /** Records why an unpenalised fit has no inference (a warning in the summary). */
  void noInference(String reason) {
    this.noInference = reason;
  }

  @Override
  public Optional<double[]> inverseGramDiagonal() {
    return Optional.ofNullable(inverseDiagonal);
  }

  @Override
  public Optional<String> noInferenceReason() {
    return Optional.ofNullable(noInference);
  }

  @Override
  public Optional<StopReason> stopReason() {
    return solved ? Optional.of(StopReason.SOLVED) : Optional.empty();
  }

  @Override
  public int iterations() {
    return 0;
  }

  @Override
  public int evaluations() {
    return solved ? 1 : 0;
  }

  @Override
  public void finalObjective(double meanLoss) {
    history.recordObjective(meanLoss + penalty);
  }

  @Override
  public void describe(ObjectNode details) {
  }
}
