package org.giraphml.api;

import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.giraph.block_app.framework.api.BlockMasterApi;
import org.apache.hadoop.conf.Configuration;

/**
 * Reports an iteration where a user can see it: the job's status string (YARN UI,
 * {@code mapred job -status}) and counters in the {@value #GROUP} group, and the
 * {@link ProgressListener} registered for the job in this JVM, if any. In the embedded engine
 * the status and counters are no-ops; the log line is the algorithm's own.
 *
 * <p>The master gets only its {@code BlockMasterApi}, so a listener cannot be handed to it:
 * {@link #listen} keeps it in a JVM-wide table under a fresh id and writes the id into the
 * job's configuration ({@value #LISTENER_KEY}), which the master reads back. Each job has its
 * own id, so jobs running side by side (tests) never see each other's listener.
 */
public final class Progress {
  public static final String GROUP = "giraph-ml";
  /** The configuration key holding the id of the job's listener. */
  public static final String LISTENER_KEY = "giraphml.internal.progress.listener";

  private static final Map<String, ProgressListener> LISTENERS = new ConcurrentHashMap<>();

  private Progress() {
  }

  /** Stops sending a job's progress to its listener. */
  public interface Registration extends AutoCloseable {
    @Override
    void close();
  }

  /**
   * Sends the progress of the job configured by {@code conf} (set before the job is started)
   * to {@code listener}, until the returned registration is closed.
   */
  public static Registration listen(Configuration conf, ProgressListener listener) {
    String id = UUID.randomUUID().toString();
    LISTENERS.put(id, listener);
    conf.set(LISTENER_KEY, id);
    return () -> {
      LISTENERS.remove(id);
      conf.unset(LISTENER_KEY);
    };
  }

  private static ProgressListener listenerOf(Configuration conf) {
    String id = conf.get(LISTENER_KEY);
    return id == null ? null : LISTENERS.get(id);
  }

  /** The embedded engine has read {@code rows} rows in {@code seconds}. */
  public static void loaded(Configuration conf, long rows, double seconds) {
    ProgressListener listener = listenerOf(conf);
    if (listener != null) {
      listener.loaded(rows, seconds);
    }
  }

  public static void iteration(BlockMasterApi api, String algorithm, int iteration,
      double objective) {
    api.setStatus(String.format(Locale.ROOT, "%s iteration %d: objective %.10g", algorithm,
        iteration, objective));
    api.getCounter(GROUP, "iterations").setValue(iteration);
    if (Double.isFinite(objective) && Math.abs(objective) < 9e15) {
      api.getCounter(GROUP, "objective (rounded)").setValue(Math.round(objective));
    }
    ProgressListener listener = listenerOf(api.getConf());
    if (listener != null) {
      listener.iteration(algorithm, iteration, objective);
    }
  }
}
