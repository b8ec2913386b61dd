package org.giraphml.algorithms.regression;

/**
 * Why a regression stopped, written to summary.json as {@code stop_reason} by the enum's
 * option name ({@code converged}, {@code max-iterations}, {@code diverged}, {@code solved}).
 */
enum StopReason {
  /** L-BFGS: the objective stopped improving or the (pseudo-)gradient vanished. */
  CONVERGED,
  /** L-BFGS: the iteration cap was reached first (a warning says so). */
  MAX_ITERATIONS,
  /** L-BFGS: the objective became infinite or NaN (a warning says so). */
  DIVERGED,
  /** The normal equations were solved exactly. */
  SOLVED
}
