package org.giraphml.engine;

import java.io.IOException;
import org.apache.hadoop.conf.Configuration;
import org.giraphml.api.EngineKind;
import org.giraphml.io.LoadStats;

/**
 * Runs a job's vertex program: reads the input the job plans, runs the algorithm's block
 * (whose last master step saves the model and summary hand-off in the work directory) and,
 * when the job asks for them, writes {@code predictions.csv} there. Both engines take the same
 * {@link EngineJob}; {@link #of} picks one from {@code --engine}.
 */
public interface Engine {
  /**
   * Refuses, before anything starts, a configuration this engine cannot run (the default
   * accepts every one).
   *
   * @throws org.giraphml.conf.InvalidOptionException naming the setting and why
   */
  default void check(Configuration conf) {
  }

  /**
   * Runs {@code job} to the end.
   *
   * @return the rows read and skipped
   * @throws IOException if the input or the work directory cannot be read or written
   * @throws org.giraphml.io.JobFailure if the job failed, with its reason
   */
  LoadStats run(EngineJob job) throws IOException;

  /** The engine {@code kind} names. */
  static Engine of(EngineKind kind) {
    return switch (kind) {
      case MEMORY -> new MemoryEngine();
      case GIRAPH -> new GiraphEngine();
    };
  }
}
