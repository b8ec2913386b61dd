package org.giraphml.algorithms.regression;

import java.util.ArrayList;
import java.util.List;

/**
 * The master's record of a run for its summary: when it started, the objective and gradient
 * norm at the start and after every iteration, and each iteration's seconds. A master-only
 * holder, handed to the pieces that write it.
 */
final class IterationHistory {
  private long startNanos;
  private final List<Double> objectives = new ArrayList<>();
  private final List<Double> gradientNorms = new ArrayList<>();
  private final List<Double> iterationSeconds = new ArrayList<>();

  /** Marks the start of training. */
  void start() {
    startNanos = System.nanoTime();
  }

  /** Seconds since {@link #start}. */
  double seconds() {
    return (System.nanoTime() - startNanos) / 1e9;
  }

  /** Records the objective and gradient norm at the start or after an iteration. */
  void record(double objective, double gradientNorm) {
    objectives.add(objective);
    gradientNorms.add(gradientNorm);
  }

  /** Records the objective of an exact solution (no gradient norm). */
  void recordObjective(double objective) {
    objectives.add(objective);
  }

  void recordIterationSeconds(double seconds) {
    iterationSeconds.add(seconds);
  }

  /** The last objective recorded. */
  double objective() {
    return objectives.get(objectives.size() - 1);
  }

  List<Double> objectives() {
    return List.copyOf(objectives);
  }

  List<Double> gradientNorms() {
    return List.copyOf(gradientNorms);
  }

  List<Double> iterationSeconds() {
    return List.copyOf(iterationSeconds);
  }
}
