package org.giraphml.io;

/**
 * The job cannot go on for a reason the user can fix (k larger than the number of rows, an
 * initial-centroids file of the wrong shape). Thrown from master or worker code; the runner
 * reports the message alone, without a stack trace, and exits non-zero.
 */
public class JobFailure extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public JobFailure(String message) {
    super(message);
  }

  public JobFailure(String message, Throwable cause) {
    super(message, cause);
  }
}
