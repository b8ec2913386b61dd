package org.giraphml.job;

import java.io.IOException;
import java.util.Locale;
import org.apache.hadoop.conf.Configuration;
import org.giraphml.graph.Precision;
import org.giraphml.io.InputOptions;
import org.giraphml.io.InputPlan;

/**
 * The message for a job that ran out of Java heap: how much input it was loading, how large the
 * heap was, and the two ways past it (a larger heap for this JVM, or {@code --engine giraph} on
 * a cluster, which spreads the rows over many machines).
 *
 * <p>The runner {@linkplain #prepare prepares} the message once the input is planned, while the
 * heap has room: everything but the error's own few words is formatted then, so saying it
 * after the error needs no file system, no configuration lookup and no formatter.
 */
final class OutOfMemory {
  private static final double MB = 1 << 20;
  private static final double GB = 1 << 30;

  private final String before;
  private final String after;

  private OutOfMemory(String before, String after) {
    this.before = before;
    this.after = after;
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

  /** The message for a job reading {@code plan}. */
  static OutOfMemory prepare(Configuration conf, InputPlan plan) {
    long bytes = plan.files().stream().mapToLong(InputPlan.InputFile::length).sum();
    return prepare(conf, String.format(Locale.ROOT, "%.1f MB of input in %d file(s)",
        bytes / MB, plan.files().size()));
  }

  /** The message for a job that failed before its input was planned (plans it if it can). */
  static OutOfMemory prepare(Configuration conf) {
    try {
      return prepare(conf, InputPlan.create(conf, InputOptions.INPUT.get(conf),
          InputOptions.SPLIT_BYTES.get(conf)));
    } catch (IOException | RuntimeException unknown) {
      return prepare(conf, "the input");
    }
  }

  private static OutOfMemory prepare(Configuration conf, String input) {
    long heap = Runtime.getRuntime().maxMemory();
    // The embedded engine holds every value as an 8-byte double (4 with --precision float),
    // plus working space.
    long suggested = Math.max(1, (long) Math.ceil(2.0 * heap / GB));
    return new OutOfMemory("out of memory (", String.format(Locale.ROOT, ") with a Java heap "
        + "of %.0f MB while running on %s (%s). Give the JVM more heap, e.g. "
        + "GIRAPHML_JAVA_OPTS=-Xmx%dg bin/giraph-ml ... (under 'hadoop jar': "
        + "HADOOP_CLIENT_OPTS=-Xmx%dg); or, past what one machine holds, run on a cluster "
        + "with --engine giraph, which spreads the rows over its workers%s", heap / MB, input,
        InputOptions.INPUT.get(conf), suggested, suggested,
        InputOptions.PRECISION.get(conf) == Precision.DOUBLE
            ? "; kmeans on dense rows: --precision float stores them in half the memory" : ""));
  }

  /** The one line for {@code e}. */
  String line(OutOfMemoryError e) {
    return before + e.getMessage() + after;
  }
}
