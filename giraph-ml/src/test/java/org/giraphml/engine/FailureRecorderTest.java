package org.giraphml.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.apache.hadoop.mapreduce.counters.LimitExceededException;
import org.apache.hadoop.mapreduce.counters.Limits;
import org.junit.jupiter.api.Test;

/** The one-line reasons a failed Giraph task records for the command line. */
class FailureRecorderTest {
  @Test
  void runningOutOfCountersSaysWhyAndHowToRaiseTheLimit() {
    Throwable thrown = new IllegalStateException(
        new LimitExceededException("Too many counters: 2001 max=2000"));
    assertEquals("the Giraph job ran out of Hadoop counters (Too many counters: 2001 max=2000): "
        + "Giraph adds two per superstep, so a job of more than about "
        + Limits.getCountersMax() / 2 + " supersteps needs a higher limit, e.g. -D "
        + "mapreduce.job.counters.max=20000, or a lower --max-iterations",
        FailureRecorder.userMessage(thrown));
  }

  @Test
  void anUnknownFailureIsItsClassAndMessage() {
    assertEquals("java.lang.IllegalArgumentException: odd",
        FailureRecorder.userMessage(new IllegalArgumentException("odd")));
  }
}
