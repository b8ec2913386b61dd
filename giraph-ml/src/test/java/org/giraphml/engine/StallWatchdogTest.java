package org.giraphml.engine;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.timeout;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.giraph.counters.GiraphStats;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.mapreduce.Counters;
import org.apache.hadoop.mapreduce.Job;
import org.apache.hadoop.mapreduce.JobID;
import org.apache.hadoop.mapreduce.JobStatus;
import org.giraphml.api.JobOutput;
import org.giraphml.io.OutputDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The watchdog against a mocked job whose superstep counter the test moves. */
class StallWatchdogTest {
  @TempDir
  Path tmp;

  private final AtomicLong superstep = new AtomicLong();
  private final AtomicReference<JobStatus.State> state =
      new AtomicReference<>(JobStatus.State.RUNNING);

  private Job job() throws Exception {
    Job job = mock(Job.class);
    when(job.getJobID()).thenReturn(JobID.forName("job_1700000000000_0003"));
    JobStatus status = mock(JobStatus.class);
    when(status.getState()).thenAnswer(call -> state.get());
    when(job.getStatus()).thenReturn(status);
    when(job.getCounters()).thenAnswer(call -> {
      Counters counters = new Counters();
      counters.findCounter(GiraphStats.GROUP_NAME, GiraphStats.SUPERSTEP_NAME)
          .setValue(superstep.get());
      return counters;
    });
    return job;
  }

  private Configuration conf() {
    Configuration conf = new Configuration(false);
    JobOutput.WORK_DIR.set(conf, tmp.toString());
    return conf;
  }

  @Test
  void aSuperstepCounterThatStopsMovingGetsTheJobKilledWithTheReasonRecorded() throws Exception {
    Job job = job();
    superstep.set(7);
    StallWatchdog watchdog = StallWatchdog.start(job, conf(), TimeUnit.MILLISECONDS.toNanos(200),
        10);
    verify(job, timeout(5_000)).killJob();
    watchdog.stop();
    String reason = Files.readString(tmp.resolve(OutputDirectory.FAILURE_FILE));
    assertTrue(reason.startsWith("No superstep finished in 30 min (stuck at superstep 7;"),
        reason);
    assertTrue(reason.endsWith("yarn logs -applicationId application_1700000000000_0003"),
        reason);
  }

  @Test
  void aJobThatKeepsAdvancingOrWaitsInTheQueueIsLeftAlone() throws Exception {
    Job job = job();
    state.set(JobStatus.State.PREP);
    StallWatchdog watchdog = StallWatchdog.start(job, conf(), TimeUnit.SECONDS.toNanos(2), 10);
    Thread.sleep(3_000); // in YARN's queue: not counted
    state.set(JobStatus.State.RUNNING);
    for (int i = 0; i <= 12; i++) {
      superstep.set(i);
      Thread.sleep(50);
    }
    watchdog.stop();
    verify(job, never()).killJob();
    assertFalse(Files.exists(tmp.resolve(OutputDirectory.FAILURE_FILE)));
  }
}
