package org.giraphml.algorithms.cluster;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.apache.giraph.conf.DefaultImmutableClassesGiraphConfigurable;
import org.apache.giraph.worker.WorkerObserver;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.mapreduce.TaskAttemptID;

/**
 * Test-only fault injector: the worker in map task {@value #TASK} crashes (the JVM halts, as on
 * a lost machine: no clean-up, no ZooKeeper goodbye) before superstep {@code SUPERSTEP}, in task
 * attempts below {@code ATTEMPTS}. Installed with {@code giraph.worker.observers}. Every worker
 * also appends "task attempt superstep" to a local trace file before each superstep, so a test
 * can see where a retried attempt resumed (the mini cluster's containers share this machine).
 */
public class WorkerCrash extends DefaultImmutableClassesGiraphConfigurable
    implements WorkerObserver {
  /** The superstep before which the worker dies. */
  static final String SUPERSTEP = "giraphml.test.crash.superstep";
  /** How many attempts of the task die (1: only the first; the retry runs normally). */
  static final String ATTEMPTS = "giraphml.test.crash.attempts";
  /** The map task that crashes (the Giraph master runs in another task and is not observed). */
  static final int TASK = 1;

  /** The local file that collects "task attempt superstep" lines. */
  static final String TRACE = "giraphml.test.crash.trace";

  static void install(Configuration conf, long superstep, int attempts, Path trace) {
    conf.set("giraph.worker.observers", WorkerCrash.class.getName());
    conf.setLong(SUPERSTEP, superstep);
    conf.setInt(ATTEMPTS, attempts);
    conf.set(TRACE, trace.toAbsolutePath().toString());
  }

  @Override
  public void preSuperstep(long superstep) {
    String id = getConf().get("mapreduce.task.attempt.id");
    if (id == null) {
      return;
    }
    TaskAttemptID attempt = TaskAttemptID.forName(id);
    int task = attempt.getTaskID().getId();
    try {
      Files.writeString(Path.of(getConf().get(TRACE)),
          task + " " + attempt.getId() + " " + superstep + "\n", StandardCharsets.UTF_8,
          StandardOpenOption.CREATE, StandardOpenOption.APPEND);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (task == TASK && superstep == getConf().getLong(SUPERSTEP, -1)
        && attempt.getId() < getConf().getInt(ATTEMPTS, 0)) {
      Runtime.getRuntime().halt(57);
    }
  }

  @Override
  public void preLoad() {
  }

  @Override
  public void preApplication() {
  }

  @Override
  public void postSuperstep(long superstep) {
  }

  @Override
  public void postApplication() {
  }

  @Override
  public void postSave() {
  }
}
