package org.giraphml.engine;

import java.io.IOException;
import java.util.concurrent.TimeUnit;
import org.apache.giraph.counters.GiraphStats;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.mapreduce.Counters;
import org.apache.hadoop.mapreduce.Job;
import org.apache.hadoop.mapreduce.JobStatus;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import org.giraphml.api.JobOptions;
import org.giraphml.api.JobOutput;

/**
 * Watches a submitted Giraph job from the submitting JVM and kills it when its superstep counter
 * (set by the Giraph master) has not moved for {@code --stall-minutes}, counted from when the
 * job runs (YARN's queue does not count; start-up and input loading do). The case it is
 * for: when the master's task dies, the ZooKeeper Giraph runs inside it dies too, and the
 * workers wait forever for the next superstep's partition assignment, reporting progress all the
 * while, so Hadoop's task timeout never fires.
 */
final class StallWatchdog implements Runnable {
  private static final Logger LOG = LogManager.getLogger(StallWatchdog.class);
  private static final long POLL_MILLIS = 5_000;

  private final Job job;
  private final Configuration conf;
  private final long stallNanos;
  private final long pollMillis;
  private volatile boolean finished;

  /** Tests give a stall and a poll interval below the option's one-minute granularity. */
  private StallWatchdog(Job job, Configuration conf, long stallNanos, long pollMillis) {
    this.job = job;
    this.conf = conf;
    this.stallNanos = stallNanos;
    this.pollMillis = pollMillis;
  }

  /** Starts watching on a daemon thread; {@link #stop} when the job has ended. */
  static StallWatchdog start(Job job, Configuration conf) {
    return start(job, conf, TimeUnit.MINUTES.toNanos(JobOptions.STALL_MINUTES.get(conf)),
        POLL_MILLIS);
  }

  static StallWatchdog start(Job job, Configuration conf, long stallNanos, long pollMillis) {
    StallWatchdog watchdog = new StallWatchdog(job, conf, stallNanos, pollMillis);
    Thread thread = new Thread(watchdog, "giraphml-stall-watchdog");
    thread.setDaemon(true);
    thread.start();
    return watchdog;
  }

  void stop() {
    finished = true;
  }

  @Override
  public void run() {
    long lastSuperstep = Long.MIN_VALUE;
    long lastChange = 0;
    while (!finished) {
      try {
        Thread.sleep(pollMillis);
        Long superstep = superstep();
        long now = System.nanoTime();
        if (superstep == null) {
          continue; // not submitted yet, or waiting in YARN's queue
        }
        if (superstep != lastSuperstep) {
          lastSuperstep = superstep;
          lastChange = now;
        } else if (now - lastChange > stallNanos && !finished) {
          String message = "No superstep finished in " + JobOptions.STALL_MINUTES.get(conf)
              + " min (stuck at superstep " + superstep + "; a lost Giraph master or "
              + "ZooKeeper leaves the workers waiting), so the job was killed. --stall-minutes "
              + "sets how long to wait. " + JobDiagnostics.logsCommand(job);
          LOG.error(message);
          JobOutput.recordFailure(conf, message);
          job.killJob();
          return;
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      } catch (IOException | IllegalStateException e) {
        // The job client can be briefly unreachable (AM restarting); try again next poll.
        LOG.debug("Stall watchdog could not read the job's counters", e);
      }
    }
  }

  /** The master's superstep counter (0 until it is set), or null while the job is not running. */
  private Long superstep() throws IOException, InterruptedException {
    if (job.getJobID() == null || job.getStatus().getState() != JobStatus.State.RUNNING) {
      return null;
    }
    Counters counters = job.getCounters();
    return counters == null ? null
        : counters.findCounter(GiraphStats.GROUP_NAME, GiraphStats.SUPERSTEP_NAME).getValue();
  }
}
