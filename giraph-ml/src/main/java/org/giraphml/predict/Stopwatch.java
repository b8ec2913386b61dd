package org.giraphml.predict;

/**
 * Master-side wall clock of a {@code predict} run, from the first master step to the summary.
 * A plain holder passed to the pieces that start and read it; it ships with them as one long.
 */
final class Stopwatch {
  private long startNanos;

  void start() {
    startNanos = System.nanoTime();
  }

  double seconds() {
    return (System.nanoTime() - startNanos) / 1e9;
  }
}
