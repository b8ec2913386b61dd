package org.giraphml.io;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Paths;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;

/**
 * Lists the files behind the input paths in a fixed order: a directory is read recursively
 * (the layout Hive and Spark write: {@code part-00000} beside {@code year=2024/part-00001}),
 * entries sorted by name at every level, names starting with {@code _} or {@code .} skipped
 * at every level (as Hadoop's FileInputFormat does with
 * {@code mapreduce.input.fileinputformat.input.dir.recursive}), empty files in a directory
 * passed over. Anything that is not a regular file is refused by name (a dangling symbolic
 * link and a name the JVM cannot decode too), and so is a file met
 * twice (named twice, or reached again through a symbolic link), whose rows would count twice.
 */
final class InputLister {
  /** Deeper nesting than this is taken for a symbolic-link loop. */
  static final int MAX_DEPTH = 64;

  private final Configuration conf;
  private final List<FileStatus> files = new ArrayList<>();
  /** Each file's identity (its real path on a local disk) and the name it was first met by. */
  private final Map<String, Path> seen = new HashMap<>();
  /** The directories being walked, by real path, with the name each was entered by. */
  private final Map<String, Path> walking = new HashMap<>();

  InputLister(Configuration conf) {
    this.conf = conf;
  }

  /** Lists every input path of the comma-separated {@code paths}, in order. */
  List<FileStatus> list(String paths) throws IOException {
    this.paths = paths;
    for (String p : paths.split(",")) {
      String trimmed = p.trim();
      if (!trimmed.isEmpty()) {
        add(trimmed);
      }
    }
    if (files.isEmpty()) {
      throw new InputException(paths, 0, "no input files given");
    }
    return files;
  }

  /** The whole --input value, for hints about how it was split. */
  private String paths = "";

  /**
   * A hint when the JVM's file-name encoding is not UTF-8 and the name holds characters it
   * may have lost decoding the command line (shown as ?): the file may well exist.
   */
  private static String encodingHint(String name) {
    String encoding = System.getProperty("sun.jnu.encoding");
    boolean lossy = name.chars().anyMatch(c -> c == '?' || c == '\uFFFD' || c > 127);
    return lossy && !"UTF-8".equalsIgnoreCase(encoding) ? " (or its name holds characters"
        + " this JVM's file-name encoding, " + encoding + ", cannot represent: run with a"
        + " UTF-8 locale, e.g. LANG=C.UTF-8)" : "";
  }

  /** A hint when the whole value, split at its commas, names one existing file. */
  private String commaHint(FileSystem fs) throws IOException {
    String whole = paths.trim();
    return whole.contains(",") && fs.exists(new Path(whole)) ? " (input paths are separated"
        + " by commas, and '" + whole + "' exists as one name: rename it or name its"
        + " directory)" : "";
  }

  private void add(String name) throws IOException {
    Path path = new Path(name);
    FileSystem fs = InputStreams.fileSystem(conf, path);
    FileStatus status;
    try {
      status = fs.getFileStatus(path);
    } catch (FileNotFoundException e) {
      throw new InputException(name, 0, "input path does not exist" + commaHint(fs)
          + encodingHint(name));
    }
    if (!status.isDirectory()) {
      checkRegular(fs, status);
      if (status.getLen() == 0) {
        throw new InputException(name, 0, "no data rows (the file is empty)");
      }
      addFile(fs, status);
      return;
    }
    int before = files.size();
    List<Path> empty = new ArrayList<>();
    walk(fs, status.getPath(), 0, empty);
    if (files.size() == before) {
      throw new InputException(name, 0, empty.isEmpty() ? "directory holds no input files"
          + " (names starting with _ or . are skipped)" : "no data rows (the directory's "
          + empty.size() + " file(s) are all empty: " + names(empty) + ")");
    }
  }

  private void walk(FileSystem fs, Path dir, int depth, List<Path> empty) throws IOException {
    if (depth > MAX_DEPTH) {
      throw new InputException(dir.toString(), 0, "directories nested more than " + MAX_DEPTH
          + " levels deep (a symbolic link loop?)");
    }
    String real = "file".equals(fs.getUri().getScheme())
        ? local(dir).toRealPath().toString() : dir.toString();
    Path ancestor = walking.putIfAbsent(real, dir);
    if (ancestor != null) {
      throw new InputException(dir.toString(), 0, "is a symbolic link loop back to " + ancestor);
    }
    FileStatus[] children = fs.listStatus(dir);
    if ("file".equals(fs.getUri().getScheme())) {
      checkNothingDropped(dir, children);
    }
    Arrays.sort(children, Comparator.comparing(s -> s.getPath().getName()));
    for (FileStatus child : children) {
      String name = child.getPath().getName();
      if (name.startsWith("_") || name.startsWith(".")) {
        continue;
      }
      if (child.isDirectory()) {
        walk(fs, child.getPath(), depth + 1, empty);
        continue;
      }
      checkRegular(fs, child);
      if (child.getLen() == 0) {
        empty.add(child.getPath());
      } else {
        addFile(fs, child);
      }
    }
    walking.remove(real);
  }

  /** Adds a file unless it was met before: its rows would silently count twice. */
  private void addFile(FileSystem fs, FileStatus status) throws IOException {
    String identity = "file".equals(fs.getUri().getScheme())
        ? local(status.getPath()).toRealPath().toString()
        : status.getPath().toString();
    Path first = seen.putIfAbsent(identity, status.getPath());
    if (first != null) {
      throw new InputException(status.getPath().toString(), 0, first.equals(status.getPath())
          ? "is read twice (named twice, or inside two of the input paths); each file is read"
              + " once" : "is the same file as " + first + " (named twice, or reached again"
              + " through a symbolic link); each file is read once");
    }
    files.add(status);
  }

  /** Local FIFOs, sockets and devices look like empty files to Hadoop: refuse them by kind. */
  private static void checkRegular(FileSystem fs, FileStatus status) throws IOException {
    if (!"file".equals(fs.getUri().getScheme())) {
      if (!status.isFile()) {
        throw new InputException(status.getPath().toString(), 0, "not a regular file");
      }
      return;
    }
    java.nio.file.Path local = local(status.getPath());
    BasicFileAttributes attributes = Files.readAttributes(local, BasicFileAttributes.class);
    if (!attributes.isRegularFile()) {
      throw new InputException(status.getPath().toString(), 0, "not a regular file ("
          + kind(local) + ")");
    }
  }

  /**
   * The local file behind a {@code file:} path. Built from the decoded path string, not from
   * the URI: {@code Paths.get(URI)} rejects the raw non-ASCII characters Hadoop's URIs hold.
   *
   * @throws InputException if the name cannot be encoded for this JVM's file-name encoding
   */
  private static java.nio.file.Path local(Path path) {
    String name = path.toUri().getPath();
    try {
      return Paths.get(name);
    } catch (InvalidPathException e) {
      throw new InputException(path.toString(), 0, "the file name cannot be encoded in this"
          + " JVM's file-name encoding (" + System.getProperty("sun.jnu.encoding") + "); run"
          + " with a UTF-8 locale (e.g. LANG=C.UTF-8) or rename the file");
    }
  }

  /**
   * Hadoop's local listing silently drops an entry it cannot stat: a dangling symbolic link, or
   * a name not valid in the JVM's file-name encoding (its bytes are lost when decoded, so the
   * file cannot even be opened). Their rows would be missing from the model without a word, so
   * each is refused by name, as other files that cannot be read are.
   */
  private static void checkNothingDropped(Path dir, FileStatus[] listed) throws IOException {
    Set<String> names = new HashSet<>();
    for (FileStatus s : listed) {
      names.add(s.getPath().getName());
    }
    try (DirectoryStream<java.nio.file.Path> entries = Files.newDirectoryStream(local(dir))) {
      for (java.nio.file.Path entry : entries) {
        String name = entry.getFileName().toString();
        if (name.startsWith("_") || name.startsWith(".") || names.contains(name)) {
          continue;
        }
        String shown = dir + "/" + name.replace('\uFFFD', '?');
        if (name.indexOf('\uFFFD') >= 0) {
          throw new InputException(shown, 0, "the file name is not valid in this JVM's"
              + " file-name encoding (" + System.getProperty("sun.jnu.encoding") + "), so the"
              + " file cannot be read; rename it (or run with LANG=C.UTF-8 if the name is UTF-8)");
        }
        if (Files.isSymbolicLink(entry) && !Files.exists(entry)) {
          throw new InputException(shown, 0, "is a symbolic link to "
              + Files.readSymbolicLink(entry) + ", which does not exist");
        }
        throw new InputException(shown, 0, "cannot be read (it vanished or cannot be"
            + " examined while the directory was listed)");
      }
    }
  }

  private static String kind(java.nio.file.Path local) {
    try {
      int type = (Integer) Files.getAttribute(local, "unix:mode") & 0170000;
      switch (type) {
        case 0010000:
          return "a FIFO";
        case 0140000:
          return "a socket";
        case 0020000:
          return "a character device";
        case 0060000:
          return "a block device";
        default:
          return "type " + Integer.toOctalString(type);
      }
    } catch (IOException | UnsupportedOperationException | IllegalArgumentException e) {
      return "a special file";
    }
  }

  static String names(List<Path> paths) {
    StringBuilder s = new StringBuilder();
    for (int i = 0; i < Math.min(3, paths.size()); i++) {
      s.append(i > 0 ? ", " : "").append(paths.get(i).getName());
    }
    return paths.size() > 3 ? s + ", ..." : s.toString();
  }
}
