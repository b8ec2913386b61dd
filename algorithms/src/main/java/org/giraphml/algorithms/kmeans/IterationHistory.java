package org.giraphml.algorithms.kmeans;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * What the master records of a run for its summary: timing, and per Lloyd iteration the
 * objective, how far centroids moved, how many rows changed cluster, the seconds taken and the
 * empty-cluster events. A master-side holder, handed to the pieces that write or read it; it
 * travels with them through Kryo, so a checkpoint keeps it.
 */
final class IterationHistory {
  private long startNanos;
  private long iterationStartNanos;
  private double initSeconds;
  private double trainSeconds = Double.NaN;
  private double scoringSeconds;
  private int iterations;
  private final List<Double> objectives = new ArrayList<>();
  private final List<Double> shifts = new ArrayList<>();
  private final List<Long> rowsMoved = new ArrayList<>();
  private final List<Double> iterationSeconds = new ArrayList<>();
  private final List<String> emptyClusterEvents = new ArrayList<>();
  /** Of the assignment whose update has not been recorded yet. */
  private double lastObjective = Double.NaN;
  private long lastMoved;

  /** Training starts (the clock of {@code train_seconds}). */
  void start() {
    startNanos = System.nanoTime();
  }

  /** Seconds since {@link #start}. */
  double seconds() {
    return (System.nanoTime() - startNanos) / 1e9;
  }

  /** The initial centroids are known: seeding took {@link #seconds} so far. */
  void seeded() {
    initSeconds = seconds();
  }

  double initSeconds() {
    return initSeconds;
  }

  /**
   * Training is over (seeding, the iterations and the final assignment): {@link #seconds} so
   * far are {@code train_seconds}. What follows, scoring the summary, is timed apart.
   */
  void trained() {
    trainSeconds = seconds();
  }

  /** {@code train_seconds}: seeding, iterations and final assignment (see {@link #trained}). */
  double trainSeconds() {
    return trainSeconds;
  }

  /** The summary's quality scores took this long (after {@link #trained}). */
  void scored(double seconds) {
    scoringSeconds = seconds;
  }

  /** Seconds spent on the quality scores, outside {@code train_seconds}. */
  double scoringSeconds() {
    return scoringSeconds;
  }

  /** A Lloyd iteration's assignment starts. */
  void iterationStarted() {
    iterationStartNanos = System.nanoTime();
  }

  /** The assignment of a Lloyd iteration ended with this objective and rows moved. */
  void assigned(double objective, long moved) {
    objectives.add(objective);
    lastObjective = objective;
    lastMoved = moved;
  }

  /** The final assignment (to the saved centroids) ended with this objective. */
  void finalAssigned(double objective) {
    objectives.add(objective);
  }

  /** Records an empty-cluster event of the current iteration. */
  void emptyCluster(String event) {
    emptyClusterEvents.add(event);
  }

  /**
   * The update of the current iteration moved centroids at most {@code shift}: records it and
   * returns the iteration's seconds.
   */
  double updated(double shift) {
    iterations++;
    shifts.add(shift);
    rowsMoved.add(lastMoved);
    double s = (System.nanoTime() - iterationStartNanos) / 1e9;
    iterationSeconds.add(s);
    return s;
  }

  /** Lloyd iterations completed (the number of the current one minus 1 while it runs). */
  int iterations() {
    return iterations;
  }

  /** Objective of the last assignment. */
  double lastObjective() {
    return lastObjective;
  }

  /** Rows that changed cluster in the last assignment. */
  long lastMoved() {
    return lastMoved;
  }

  /** One objective per assignment, the final one last. */
  List<Double> objectives() {
    return Collections.unmodifiableList(objectives);
  }

  List<Double> shifts() {
    return Collections.unmodifiableList(shifts);
  }

  List<Long> rowsMoved() {
    return Collections.unmodifiableList(rowsMoved);
  }

  List<Double> iterationSeconds() {
    return Collections.unmodifiableList(iterationSeconds);
  }

  List<String> emptyClusterEvents() {
    return Collections.unmodifiableList(emptyClusterEvents);
  }
}
