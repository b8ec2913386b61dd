package org.giraphml.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.Path;
import org.giraphml.conf.StringOption;
import org.giraphml.io.OutputDirectory;

/**
 * Where a running job writes its results: a private work directory that the runner renames
 * into place only when the whole job has succeeded (see {@code OutputDirectory}). The master
 * writes the model and summary here; the runner adds predictions.
 */
public final class JobOutput {
  /** Set by the runner; not a user option. */
  public static final StringOption WORK_DIR = new StringOption("giraphml.internal.work-dir",
      null, null, "Private directory the job writes into before it is committed.");

  private static final ObjectMapper JSON = new ObjectMapper()
      .enable(SerializationFeature.INDENT_OUTPUT);

  private JobOutput() {
  }

  /** Serialises the failure records of this JVM (see {@link #record}). */
  private static final Object RECORD_LOCK = new Object();

  /** A new, ordered JSON object. */
  public static ObjectNode object() {
    return JSON.createObjectNode();
  }

  public static ObjectMapper json() {
    return JSON;
  }

  /** Writes {@code tree} as {@code name} in the work directory (replacing it). */
  public static void writeJson(Configuration conf, String name, Object tree) {
    Path path = new Path(WORK_DIR.get(conf), name);
    try (OutputStream out = OutputFiles.create(conf, path)) {
      JSON.writeValue(out, tree);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot write " + path, e);
    }
  }

  /**
   * Records why the job failed, for the client to report, replacing a reason recorded before.
   * Best effort.
   */
  public static void recordFailure(Configuration conf, String message) {
    record(conf, message, true);
  }

  /**
   * Records a general reason (the job client's "the job failed") unless a task recorded its
   * own. Best effort.
   */
  public static void recordFailureIfNone(Configuration conf, String message) {
    record(conf, message, false);
  }

  /**
   * A local Giraph job's task threads and its job client run in one JVM and may record at the
   * same moment: two writers of one file each from offset 0 left a mix of both messages. One
   * at a time; on a cluster they are separate processes and HDFS lets one writer at a time.
   */
  private static void record(Configuration conf, String message, boolean replace) {
    if (!WORK_DIR.isSet(conf)) {
      return;
    }
    Path path = new Path(WORK_DIR.get(conf), OutputDirectory.FAILURE_FILE);
    synchronized (RECORD_LOCK) {
      try {
        if (!replace && path.getFileSystem(conf).exists(path)) {
          return;
        }
        try (OutputStream out = OutputFiles.create(conf, path)) {
          out.write(message.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }
      } catch (IOException e) {
        // the original failure is what matters
      }
    }
  }
}
