package org.giraphml.engine;

import org.apache.giraph.graph.GraphTaskManager;
import org.apache.giraph.conf.DefaultImmutableClassesGiraphConfigurable;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.mapreduce.counters.LimitExceededException;
import org.apache.hadoop.mapreduce.counters.Limits;
import org.giraphml.api.JobOutput;
import org.giraphml.conf.InvalidOptionException;
import org.giraphml.io.InputException;
import org.giraphml.io.JobFailure;

/**
 * Giraph asks this before it ends a task over an uncaught exception (it then calls
 * {@code System.exit}). It records the user-facing reason (an algorithm's {@link JobFailure},
 * bad input) in the work directory, where the runner finds it to report; then lets Giraph fail
 * the task as usual.
 */
@SuppressWarnings("rawtypes")
public final class FailureRecorder extends DefaultImmutableClassesGiraphConfigurable
    implements GraphTaskManager.CheckerIfWorkerShouldFailAfterException {

  @Override
  public boolean checkIfWorkerShouldFail(Thread thread, Throwable error) {
    Configuration conf = getConf();
    if (conf != null) {
      JobOutput.recordFailure(conf, userMessage(error));
    }
    return true;
  }

  static String userMessage(Throwable error) {
    for (Throwable t = error; t != null; t = t.getCause()) {
      if (t instanceof JobFailure || t instanceof InputException
          || t instanceof InvalidOptionException) {
        return t.getMessage();
      }
      if (t instanceof LimitExceededException) {
        // Giraph 1.3's block framework adds two timer counters per superstep, unconditionally.
        return "the Giraph job ran out of Hadoop counters (" + t.getMessage() + "): Giraph "
            + "adds two per superstep, so a job of more than about "
            + Limits.getCountersMax() / 2 + " supersteps needs a higher limit, e.g. -D "
            + GiraphEngine.COUNTERS_MAX + "=20000, or a lower --max-iterations";
      }
    }
    return String.valueOf(error);
  }
}
