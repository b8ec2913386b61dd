package org.giraphml.engine;

import org.apache.giraph.graph.GraphTaskManager;
import org.apache.giraph.conf.DefaultImmutableClassesGiraphConfigurable;
import org.apache.hadoop.conf.Configuration;
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
    }
    return String.valueOf(error);
  }
}
