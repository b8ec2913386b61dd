package org.giraphml.api;

/**
 * Receives a running job's progress in the JVM that started it, for a live display (the
 * command line's progress line on a terminal). Registered with {@link Progress#listen}; the
 * engines call it on their own threads: {@link #loaded} once the embedded engine has read the
 * input, {@link #iteration} from the master after each iteration. On a cluster the master runs
 * elsewhere and no listener is called; the status string and counters are what remain.
 * Implementations must be thread-safe and quick (they run inside the superstep barrier).
 */
public interface ProgressListener {
  /** The input is read: {@code rows} rows in {@code seconds}. */
  default void loaded(long rows, double seconds) {
  }

  /** Iteration {@code iteration} (from 1) ended with {@code objective}. */
  default void iteration(String algorithm, int iteration, double objective) {
  }
}
