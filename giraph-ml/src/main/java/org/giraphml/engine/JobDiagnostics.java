package org.giraphml.engine;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.giraph.conf.DefaultImmutableClassesGiraphConfigurable;
import org.apache.giraph.job.GiraphJobObserver;
import org.apache.hadoop.mapreduce.Job;
import org.apache.hadoop.mapreduce.TaskAttemptID;
import org.apache.hadoop.mapreduce.TaskCompletionEvent;
import org.giraphml.api.JobOutput;

/**
 * Giraph's job observer in the submitting JVM. While the job runs, a {@link StallWatchdog}
 * kills it if its supersteps stop advancing. When a job fails without a reason recorded by
 * {@link FailureRecorder} (a task was lost rather than failing in our code: a crashed JVM, a
 * killed container, an unreachable ZooKeeper), it records what Hadoop knows instead: how often
 * each task failed and the diagnostics of its last failed attempt.
 */
@SuppressWarnings("rawtypes")
public final class JobDiagnostics extends DefaultImmutableClassesGiraphConfigurable
    implements GiraphJobObserver {
  /** Diagnostics can be long (stack traces); the first lines say what happened. */
  private static final int MAX_CHARS = 400;
  private static final Pattern STACK_FRAME = Pattern.compile("\\n\\s*at ");
  /** What Hadoop reports as failure information when it has none. */
  private static final String NO_INFO = "NA";
  private static final Pattern EXIT_CODE = Pattern.compile("Exit code: (-?\\d+)");

  private StallWatchdog watchdog;

  @Override
  public void launchingJob(Job job) {
    watchdog = StallWatchdog.start(job, getConf());
  }

  @Override
  public void jobRunning(Job job) {
  }

  @Override
  public void jobGotAllMappers(Job job) {
  }

  @Override
  public void jobFinished(Job job, boolean passed) {
    if (watchdog != null) {
      watchdog.stop();
    }
    if (passed || !JobOutput.WORK_DIR.isSet(getConf())) {
      return;
    }
    try {
      JobOutput.recordFailureIfNone(getConf(), describe(job, GiraphEngine.isLocal(getConf())));
    } catch (IOException e) {
      // The job client could not say more: the generic "job failed" message still reaches
      // the user.
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /**
   * "The Giraph job failed: task ..._m_000001 failed 4 times (last: exit code 57). Hadoop: ...
   * Container logs: yarn logs -applicationId ...", from the job's history. A job of the local
   * job runner ({@code local}) ran its task in this JVM: its log is the one above, and there is
   * neither a YARN application nor Hadoop failure information ("NA") to point to.
   */
  static String describe(Job job, boolean local) throws IOException, InterruptedException {
    Map<String, Integer> failures = new LinkedHashMap<>();
    Map<String, TaskAttemptID> last = new LinkedHashMap<>();
    int from = 0;
    TaskCompletionEvent[] events;
    while ((events = job.getTaskCompletionEvents(from, 100)).length > 0) {
      for (TaskCompletionEvent event : events) {
        if (event.getStatus() == TaskCompletionEvent.Status.FAILED
            || event.getStatus() == TaskCompletionEvent.Status.TIPFAILED) {
          String task = event.getTaskAttemptId().getTaskID().toString();
          failures.merge(task, 1, Integer::sum);
          last.put(task, event.getTaskAttemptId());
        }
      }
      from += events.length;
    }
    StringBuilder message = new StringBuilder("The Giraph job failed");
    String separator = ": ";
    for (Map.Entry<String, Integer> failed : failures.entrySet()) {
      message.append(separator).append("task ").append(failed.getKey()).append(" failed ")
          .append(failed.getValue()).append(failed.getValue() == 1 ? " time" : " times");
      String[] diagnostics = job.getTaskDiagnostics(last.get(failed.getKey()));
      if (diagnostics != null && diagnostics.length > 0) {
        message.append(" (last: ").append(summary(diagnostics[diagnostics.length - 1]))
            .append(')');
      }
      separator = "; ";
    }
    String info = job.getStatus().getFailureInfo();
    if (info != null && !info.isBlank() && !NO_INFO.equals(info.strip())) {
      message.append(". Hadoop: ").append(summary(info));
    }
    return message.append(local ? "; the log above says why (the task ran in this process)"
        : ". " + logsCommand(job)).toString();
  }

  /** "Container logs: yarn logs -applicationId application_..." for a YARN job. */
  static String logsCommand(Job job) {
    return "Container logs: yarn logs -applicationId "
        + job.getJobID().toString().replaceFirst("^job_", "application_");
  }

  /** A container's diagnostics repeat the launch boilerplate; its exit code is the news. */
  private static String summary(String diagnostics) {
    Matcher exit = EXIT_CODE.matcher(diagnostics);
    if (exit.find()) {
      return "container exit code " + exit.group(1);
    }
    // Of a stack trace, the exception is the news; frames and causes are for the container log.
    Matcher frame = STACK_FRAME.matcher(diagnostics);
    String head = frame.find() ? diagnostics.substring(0, frame.start()) : diagnostics;
    String flat = head.strip().replaceAll("\\s*\\n\\s*", "; ");
    return flat.length() <= MAX_CHARS ? flat : flat.substring(0, MAX_CHARS) + " ...";
  }
}
