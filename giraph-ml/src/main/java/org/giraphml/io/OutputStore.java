package org.giraphml.io;

import java.io.IOException;
import java.util.List;
import java.util.Optional;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;

/**
 * The few file operations that committing an output needs, with the semantics the commit
 * relies on: {@link #renameNoReplace} fails when the target exists and never moves a source
 * into an existing directory (Hadoop's {@code FileSystem.rename} does), and deletes never
 * follow symbolic links. Local paths use {@code java.nio} (rename(2), reasons such as
 * "permission denied"); other file systems use Hadoop's {@code FileContext}.
 */
interface OutputStore {

  static OutputStore of(Configuration conf, FileSystem fs) throws IOException {
    return "file".equals(fs.getUri().getScheme()) ? new LocalOutputStore()
        : new HadoopOutputStore(conf, fs);
  }

  /** The path as a user would write it: a plain local path, else the full URI. */
  String show(Path path);

  /** Whether anything (a symbolic link included, even a dangling one) is at {@code path}. */
  boolean exists(Path path) throws IOException;

  /** Whether {@code path} is a directory, following symbolic links. */
  boolean isDirectory(Path path) throws IOException;

  boolean isSymlink(Path path) throws IOException;

  /** The names of the entries of a directory. */
  List<String> list(Path dir) throws IOException;

  /** Creates {@code dir} and its missing parents; returns those created, outermost first. */
  List<Path> mkdirs(Path dir) throws IOException;

  /** Creates one directory that only the owner may read; fails if anything is there. */
  void mkdirPrivate(Path dir) throws IOException;

  /**
   * Creates {@code dir} as an ordinary directory and removes it again: proves that the file
   * system takes this name, and learns the permissions a new directory gets here.
   */
  void probe(Path dir) throws IOException;

  /** Gives a private directory the permissions {@link #probe} saw. */
  void publish(Path dir) throws IOException;

  /**
   * Renames atomically where the file system can ({@code rename(2)}, HDFS's rename with
   * {@code Options.Rename.NONE}).
   *
   * @throws java.nio.file.FileAlreadyExistsException or
   *     {@code org.apache.hadoop.fs.FileAlreadyExistsException} if {@code to} exists
   */
  void renameNoReplace(Path from, Path to) throws IOException;

  /**
   * Renames a file over {@code to}, replacing what is there: atomically where the file system
   * can ({@code rename(2)}; HDFS's rename with {@code Options.Rename.OVERWRITE}), so a reader
   * sees the old file or the new one, never neither.
   */
  void renameReplacing(Path from, Path to) throws IOException;

  /** Deletes a tree without following symbolic links; a missing path is no error. */
  void deleteTree(Path path) throws IOException;

  /** Deletes {@code dir} if it is an empty directory; returns whether it did. */
  boolean deleteIfEmpty(Path dir);

  /** Writes a new small text file; fails if it exists. */
  void write(Path file, String text) throws IOException;

  /** The text of a small file, or empty if it is missing, unreadable or not small. */
  Optional<String> read(Path file);

  /** {@code path} with the symbolic links of its existing ancestors resolved. */
  Path realPath(Path path);

  /**
   * {@code parent}/{@code name} for any file name: {@code new Path(parent, name)} parses the
   * name as a URI, so a name such as {@code run:1} would be read as scheme "run".
   */
  static Path child(Path parent, String name) {
    java.net.URI uri = parent.toUri();
    String dir = uri.getPath().endsWith("/") ? uri.getPath() : uri.getPath() + "/";
    return new Path(uri.getScheme(), uri.getAuthority(), dir + name);
  }

  /** Whether the exception says that the target of a rename already existed. */
  static boolean isAlreadyExists(IOException e) {
    return e instanceof java.nio.file.FileAlreadyExistsException
        || e instanceof java.nio.file.DirectoryNotEmptyException
        || e instanceof org.apache.hadoop.fs.FileAlreadyExistsException;
  }
}
