package org.giraphml.io;

import java.io.IOException;
import java.util.UUID;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;

/**
 * One output file (any Hadoop FileSystem URI) written whole or not at all: the text goes to a
 * hidden temporary file beside it, which is then renamed into place (atomically on a local
 * disk and on HDFS). An existing file is refused unless the caller allows replacing it; a
 * directory, a symbolic link, a parent directory that does not exist, and a place inside the
 * output directory of a giraph-ml job are always refused. On failure the
 * temporary file is removed and an existing file is left as it was.
 *
 * <p>Use: {@link #prepare} (checks only, touches nothing), then {@link #write}.
 */
public final class OutputFile {
  private final OutputStore store;
  private final Path path;
  private final String flag;
  private final boolean replace;

  private OutputFile(OutputStore store, Path path, String flag, boolean replace) {
    this.store = store;
    this.path = path;
    this.flag = flag;
    this.replace = replace;
  }

  /**
   * Checks that {@code location} can be written.
   *
   * @param flag the option that named it, for messages ({@code --output})
   * @param replace whether an existing file may be replaced
   * @throws JobFailure naming the path and the problem
   */
  public static OutputFile prepare(Configuration conf, String location, String flag,
      boolean replace) throws IOException {
    Path given = new Path(location);
    FileSystem fs = given.getFileSystem(conf);
    OutputStore store = OutputStore.of(conf, fs);
    Path path = fs.makeQualified(given);
    if (store.isSymlink(path)) {
      // As for a job's output directory (OutputRules): replacing the link would leave its
      // target as it was, writing through it would write where the command did not say.
      throw new JobFailure(flag + " " + store.show(path) + " is a symbolic link; name the file "
          + "it points to, or a new path");
    }
    if (store.isDirectory(path)) {
      throw new JobFailure(flag + " " + store.show(path) + " is a directory; give a file name");
    }
    if (store.exists(path) && !replace) {
      throw new JobFailure(flag + " " + store.show(path) + " exists; give --overwrite to "
          + "replace it");
    }
    Path parent = path.getParent();
    if (parent == null || !store.isDirectory(parent)) {
      throw new JobFailure(flag + " " + store.show(path) + ": the directory "
          + (parent == null ? "" : store.show(parent) + " ") + "does not exist");
    }
    if (store.exists(OutputStore.child(parent, OutputMarker.NAME))) {
      throw new JobFailure(flag + " " + store.show(path) + " is inside " + store.show(parent)
          + ", the output of a giraph-ml job (it holds " + OutputMarker.NAME + "); write it "
          + "elsewhere: a file added there would stop --overwrite from replacing that output");
    }
    return new OutputFile(store, path, flag, replace);
  }

  /** The file, fully qualified. */
  public Path path() {
    return path;
  }

  /** The file as a user would write it. */
  public String show() {
    return store.show(path);
  }

  /** Whether the file lies in {@code dir} or below it (both qualified). */
  public boolean isWithin(Path dir) {
    String d = dir.toUri().getPath();
    String p = path.toUri().getPath();
    return p.startsWith(d.endsWith("/") ? d : d + "/");
  }

  /** Writes {@code text} (UTF-8) through a temporary file and renames it into place. */
  public void write(String text) throws IOException {
    Path temp = OutputStore.child(path.getParent(),
        "." + path.getName() + "." + UUID.randomUUID() + ".tmp");
    boolean done = false;
    try {
      store.write(temp, text);
      if (replace) {
        store.renameReplacing(temp, path);
      } else {
        try {
          store.renameNoReplace(temp, path);
        } catch (IOException e) {
          if (OutputStore.isAlreadyExists(e)) {
            throw new JobFailure(flag + " " + store.show(path) + " appeared while it was being "
                + "written; give --overwrite to replace it", e);
          }
          throw e;
        }
      }
      done = true;
    } finally {
      if (!done) {
        try {
          store.deleteTree(temp);
        } catch (IOException e) {
          // The failure that brought us here is the one to report.
        }
      }
    }
  }
}
