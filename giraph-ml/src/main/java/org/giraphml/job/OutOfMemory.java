package org.giraphml.job;

import java.io.IOException;
import java.util.Locale;
import org.apache.hadoop.conf.Configuration;
import org.giraphml.io.InputOptions;
import org.giraphml.io.InputPlan;

/**
 * The message for a job that ran out of Java heap: how much input it was loading, how large the
 * heap was, and the two ways past it (a larger heap for this JVM, or {@code --engine giraph} on
 * a cluster, which spreads the rows over many machines). Built after the job's objects are gone,
 * when the heap has room again.
 */
final class OutOfMemory {
  private static final double MB = 1 << 20;
  private static final double GB = 1 << 30;

  private OutOfMemory() {
  }

  /** The {@link OutOfMemoryError} among {@code e} and its causes, or null. */
  static OutOfMemoryError find(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof OutOfMemoryError oom) {
        return oom;
      }
    }
    return null;
  }

  static String message(Configuration conf, OutOfMemoryError e) {
    long heap = Runtime.getRuntime().maxMemory();
    String input;
    try {
      InputPlan plan = InputPlan.create(conf, InputOptions.INPUT.get(conf),
          InputOptions.SPLIT_BYTES.get(conf));
      long bytes = plan.files().stream().mapToLong(InputPlan.InputFile::length).sum();
      input = String.format(Locale.ROOT, "%.1f MB of input in %d file(s)", bytes / MB,
          plan.files().size());
    } catch (IOException | RuntimeException unknown) {
      input = "the input";
    }
    // The embedded engine holds every value as an 8-byte double, plus working space.
    long suggested = Math.max(1, (long) Math.ceil(2.0 * heap / GB));
    return String.format(Locale.ROOT, "out of memory (%s) with a Java heap of %.0f MB while "
        + "running on %s (%s). Give the JVM more heap, e.g. GIRAPHML_JAVA_OPTS=-Xmx%dg "
        + "bin/giraph-ml ... (under 'hadoop jar': HADOOP_CLIENT_OPTS=-Xmx%dg); or, past what "
        + "one machine holds, run on a cluster with --engine giraph, which spreads the rows "
        + "over its workers", e.getMessage(), heap / MB, input, InputOptions.INPUT.get(conf),
        suggested, suggested);
  }
}
