package org.giraphml.engine;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.giraphml.api.JobOutput;
import org.giraphml.api.OutputFiles;
import org.giraphml.io.LoadStats;
import org.giraphml.io.SplitReader;

/**
 * What each split held, written by the worker that read it into {@code _input/} of the work
 * directory (rows, skipped rows, the total sample weight, the skipped rows' keys on one line,
 * then the first problems, one per line) and summed by the client. A retried task rewrites its split's file, so
 * nothing is counted twice.
 */
final class SplitStats {
  static final String DIR = "_input";

  private SplitStats() {
  }

  static void write(Configuration conf, int ordinal, SplitReader.Result result)
      throws IOException {
    Path path = new Path(new Path(JobOutput.WORK_DIR.get(conf), DIR), "split-" + ordinal);
    StringBuilder text = new StringBuilder();
    text.append(result.rows()).append('\n').append(result.skipped()).append('\n')
        .append(result.weight()).append('\n');
    for (long key : result.takeSkippedKeys()) {
      text.append(key).append(' ');
    }
    text.append('\n');
    for (String problem : result.problems()) {
      text.append(problem.replace('\n', ' ')).append('\n');
    }
    try (OutputStream out = OutputFiles.create(conf, path)) {
      out.write(text.toString().getBytes(StandardCharsets.UTF_8));
    }
  }

  /** Sums every split's record and deletes them. */
  static LoadStats readAll(Configuration conf) throws IOException {
    Path dir = new Path(JobOutput.WORK_DIR.get(conf), DIR);
    FileSystem fs = dir.getFileSystem(conf);
    LoadStats stats = new LoadStats();
    if (!fs.exists(dir)) {
      return stats;
    }
    FileStatus[] files = fs.listStatus(dir);
    // In split order, so the total weight is summed the same way for any number of workers.
    java.util.Arrays.sort(files, java.util.Comparator.comparingInt(
        f -> Integer.parseInt(f.getPath().getName().substring("split-".length()))));
    for (FileStatus file : files) {
      try (BufferedReader in = new BufferedReader(new InputStreamReader(fs.open(file.getPath()),
          StandardCharsets.UTF_8))) {
        SplitReader.Result r = new SplitReader.Result();
        r.add(Long.parseLong(in.readLine()), Long.parseLong(in.readLine()));
        r.addWeight(Double.parseDouble(in.readLine()));
        for (String key : in.readLine().trim().split(" ")) {
          if (!key.isEmpty()) {
            r.addSkippedKey(Long.parseLong(key));
          }
        }
        String line;
        while ((line = in.readLine()) != null) {
          r.problems().add(line);
        }
        stats.add(r);
      }
    }
    fs.delete(dir, true);
    return stats;
  }
}
