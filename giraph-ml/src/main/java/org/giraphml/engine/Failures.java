package org.giraphml.engine;

import org.giraphml.conf.InvalidOptionException;
import org.giraphml.io.InputException;
import org.giraphml.io.JobFailure;

/** Digs the user-facing cause out of the wrappers Giraph puts around exceptions. */
final class Failures {
  private Failures() {
  }

  static RuntimeException unwrap(RuntimeException e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof JobFailure || t instanceof InputException
          || t instanceof InvalidOptionException) {
        return (RuntimeException) t;
      }
    }
    return e;
  }
}
