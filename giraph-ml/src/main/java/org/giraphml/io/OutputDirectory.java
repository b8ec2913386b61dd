package org.giraphml.io;

import java.io.IOException;
import java.util.UUID;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.permission.FsPermission;
import org.giraphml.api.JobFailure;

/**
 * All-or-nothing output: a job writes into a private sibling directory, and only a job that
 * succeeded renames it into place (a rename is atomic on HDFS and local disks). An existing
 * output directory is refused unless overwriting was asked for, and is then replaced only
 * after success, so a failed job never leaves a half-written or half-replaced directory.
 */
public final class OutputDirectory {
  private final FileSystem fs;
  private final Path output;
  private final Path work;
  private final boolean overwrite;

  private OutputDirectory(FileSystem fs, Path output, Path work, boolean overwrite) {
    this.fs = fs;
    this.output = output;
    this.work = work;
    this.overwrite = overwrite;
  }

  /**
   * Checks the output path and creates the private work directory (owner-only permissions).
   *
   * @throws JobFailure if the output exists and {@code overwrite} is false, or is a file
   */
  public static OutputDirectory prepare(Configuration conf, String outputPath, boolean overwrite)
      throws IOException {
    Path output = new Path(outputPath);
    FileSystem fs = output.getFileSystem(conf);
    output = fs.makeQualified(output);
    if (fs.exists(output)) {
      if (!fs.getFileStatus(output).isDirectory()) {
        throw new JobFailure("Output path " + output + " is a file, not a directory");
      }
      if (!overwrite) {
        throw new JobFailure("Output directory " + output
            + " already exists; pass --overwrite to replace it");
      }
    }
    Path parent = output.getParent();
    if (parent != null && !fs.exists(parent)) {
      fs.mkdirs(parent);
    }
    Path work = new Path(parent, "." + output.getName() + ".giraphml-" + UUID.randomUUID());
    if (!fs.mkdirs(work, new FsPermission((short) 0700))) {
      throw new IOException("Cannot create work directory " + work);
    }
    return new OutputDirectory(fs, output, work, overwrite);
  }

  public Path work() {
    return work;
  }

  public Path output() {
    return output;
  }

  /** Moves the finished work directory into place, replacing the old output if allowed. */
  public void commit() throws IOException {
    fs.delete(new Path(work, org.giraphml.api.JobOutput.FAILURE_FILE), false);
    Path old = null;
    if (fs.exists(output)) {
      if (!overwrite) {
        throw new JobFailure("Output directory " + output + " appeared while the job ran; "
            + "results are left in " + work);
      }
      old = new Path(output.getParent(), "." + output.getName() + ".giraphml-old-"
          + UUID.randomUUID());
      if (!fs.rename(output, old)) {
        throw new IOException("Cannot move " + output + " aside; results are left in " + work);
      }
    }
    if (!fs.rename(work, output)) {
      if (old != null) {
        fs.rename(old, output);
      }
      throw new IOException("Cannot rename " + work + " to " + output);
    }
    fs.setPermission(output, new FsPermission((short) 0755));
    if (old != null) {
      fs.delete(old, true);
    }
  }

  /** The reason a failed job recorded in the work directory, if any. */
  public java.util.Optional<String> failureMessage() {
    Path failure = new Path(work, org.giraphml.api.JobOutput.FAILURE_FILE);
    try (java.io.BufferedReader in = new java.io.BufferedReader(new java.io.InputStreamReader(
        fs.open(failure), java.nio.charset.StandardCharsets.UTF_8))) {
      return java.util.Optional.ofNullable(in.readLine());
    } catch (IOException e) {
      return java.util.Optional.empty();
    }
  }

  /** Deletes the work directory; the output directory is untouched. */
  public void abort() {
    try {
      fs.delete(work, true);
    } catch (IOException e) {
      // nothing more to do; the directory is hidden and named as ours
    }
  }
}
