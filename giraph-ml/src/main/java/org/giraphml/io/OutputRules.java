package org.giraphml.io;

import java.io.IOException;
import java.nio.file.InvalidPathException;
import java.util.List;
import java.util.Optional;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.giraphml.io.OutputDirectory.NamedPath;

/**
 * The checks an output path must pass before a job starts, each failing with one line that
 * names the path and the reason: the path must be a valid name on its file system, must not
 * equal, contain or lie inside any input, and may replace only what giraph-ml itself wrote.
 */
final class OutputRules {
  private OutputRules() {
  }

  /** Parses a path given on the command line into a Hadoop path. */
  static Path parse(NamedPath given) {
    String text = given.path();
    if (text.indexOf('\uFFFD') >= 0) {
      throw new JobFailure(given.option() + " " + text + ": the path holds characters this JVM "
          + "could not decode (its file-name encoding is " + nameEncoding()
          + ", from the locale); run with a UTF-8 locale, e.g. LANG=C.UTF-8");
    }
    try {
      return new Path(text);
    } catch (IllegalArgumentException e) {
      throw new JobFailure(given.option() + " " + text + ": Hadoop reads the text before the "
          + "first ':' as a URI scheme, and this is no valid URI; write ./" + text
          + " or a full URI such as file:///...");
    }
  }

  /** Fails if a local path has a name the JVM cannot encode (non-ASCII under the C locale). */
  static void checkEncodable(NamedPath given, FileSystem fs, Path qualified) {
    if (!"file".equals(fs.getUri().getScheme())) {
      return;
    }
    try {
      LocalOutputStore.local(qualified);
    } catch (InvalidPathException e) {
      throw new JobFailure(given.option() + " " + given.path() + ": the name cannot be "
          + "written in this JVM's file-name encoding (" + nameEncoding() + ", from the "
          + "locale); run with a UTF-8 locale, e.g. LANG=C.UTF-8");
    }
  }

  /** Refuses an output that equals, contains or lies inside any of {@code inputs}. */
  static void refuseOverlap(Configuration conf, NamedPath given, Path output,
      OutputStore store, List<NamedPath> inputs) {
    Path out = store.realPath(output);
    for (NamedPath input : inputs) {
      Path in;
      try {
        Path raw = new Path(input.path());
        FileSystem fs = raw.getFileSystem(conf);
        in = OutputStore.of(conf, fs).realPath(fs.makeQualified(raw));
      } catch (IOException | IllegalArgumentException e) {
        continue; // not a path that can be read either; the input check will say so
      }
      String relation = relation(out, in);
      if (relation != null) {
        throw new JobFailure(given.option() + " " + given.path() + " " + relation + " "
            + input.option() + " " + input.path() + " (" + out.toUri().getPath() + ", "
            + in.toUri().getPath() + "); the job would overwrite what it reads, so it was "
            + "refused: choose an output outside every input");
      }
    }
  }

  /** How {@code out} overlaps {@code in}, in words, or null if they are apart. */
  static String relation(Path out, Path in) {
    if (!sameFileSystem(out, in)) {
      return null;
    }
    String[] o = components(out);
    String[] i = components(in);
    int common = 0;
    while (common < Math.min(o.length, i.length) && o[common].equals(i[common])) {
      common++;
    }
    if (common == o.length && common == i.length) {
      return "is the same place as";
    }
    if (common == o.length) {
      return "contains";
    }
    if (common == i.length) {
      return "lies inside";
    }
    return null;
  }

  private static boolean sameFileSystem(Path a, Path b) {
    String sa = String.valueOf(a.toUri().getScheme());
    String sb = String.valueOf(b.toUri().getScheme());
    String aa = String.valueOf(a.toUri().getAuthority());
    String ab = String.valueOf(b.toUri().getAuthority());
    return sa.equalsIgnoreCase(sb) && aa.equalsIgnoreCase(ab);
  }

  private static String[] components(Path p) {
    return java.util.Arrays.stream(p.toUri().getPath().split("/"))
        .filter(s -> !s.isEmpty()).toArray(String[]::new);
  }

  /**
   * Refuses an existing output unless {@code --overwrite} was given and it is an empty
   * directory or one whose {@code _GIRAPHML} marker says giraph-ml wrote it and lists every
   * entry it holds: a file a user added to an output is never deleted.
   */
  static void checkExisting(NamedPath given, Path output, OutputStore store, boolean overwrite)
      throws IOException {
    if (!store.exists(output)) {
      return;
    }
    String where = given.option() + " " + given.path();
    if (store.isSymlink(output)) {
      throw new JobFailure(where + " is a symbolic link; name the directory it points to, "
          + "or a new path");
    }
    if (!store.isDirectory(output)) {
      throw new JobFailure(where + " is a file, not a directory; giraph-ml never replaces "
          + "a file");
    }
    String refusal = whyNotReplaceable(output, store);
    if (refusal == null && overwrite) {
      return;
    }
    if (refusal == null) {
      throw new JobFailure("Output directory " + store.show(output)
          + " already exists; pass --overwrite to replace it");
    }
    throw new JobFailure("Output directory " + store.show(output) + " already exists and "
        + refusal);
  }

  /**
   * Why {@code --overwrite} must not replace the directory {@code output}, completing
   * "Output directory X already exists and ...", or null if it may: it is empty, or holds a
   * marker and only the entries that marker lists.
   */
  private static String whyNotReplaceable(Path output, OutputStore store) throws IOException {
    List<String> entries = store.list(output).stream().sorted().toList();
    if (entries.isEmpty()) {
      return null;
    }
    Optional<String> marker = store.read(new Path(output, OutputMarker.NAME));
    String yourself = "; delete it yourself if nothing in it is needed, or choose another "
        + "--output";
    if (!OutputMarker.isMarker(marker)) {
      boolean older = entries.contains("model.json") && entries.contains("summary.json");
      return (older ? "looks like the output of a giraph-ml version older than its "
          + OutputMarker.NAME + " marker, which --overwrite does not replace"
          : "was not written by giraph-ml (it has no " + OutputMarker.NAME
          + " marker), so --overwrite does not replace it") + yourself;
    }
    Optional<List<String>> written = OutputMarker.entries(marker.get());
    if (written.isEmpty()) {
      return "its " + OutputMarker.NAME + " marker, from an earlier giraph-ml version, does "
          + "not list the files the job wrote, so --overwrite cannot tell them from files "
          + "added since and does not replace it" + yourself;
    }
    for (String entry : tree(output, store)) {
      if (!entry.equals(OutputMarker.NAME) && !written.get().contains(entry)) {
        return "holds " + entry + ", which giraph-ml did not write, so --overwrite does not "
            + "replace it; move " + entry + " out of it if the rest may be replaced, or "
            + "choose another --output";
      }
    }
    return null;
  }

  /**
   * Every entry under {@code dir}, as paths relative to it ({@code k=5}, {@code k=5/model.json}),
   * sorted, sub-directories included: a job that writes sub-directories (a k sweep) lists them
   * in its marker whole, so a file added inside one later is not replaced unseen. A symbolic
   * link is listed, never followed.
   */
  static List<String> tree(Path dir, OutputStore store) throws IOException {
    List<String> out = new java.util.ArrayList<>();
    addTree(dir, "", store, out);
    return out.stream().sorted().toList();
  }

  private static void addTree(Path dir, String prefix, OutputStore store, List<String> out)
      throws IOException {
    for (String name : store.list(dir)) {
      Path child = OutputStore.child(dir, name);
      out.add(prefix + name);
      if (!store.isSymlink(child) && store.isDirectory(child)) {
        addTree(child, prefix + name + "/", store, out);
      }
    }
  }

  /** The reason an I/O operation failed, in a few words ("permission denied"). */
  static String reason(IOException e) {
    if (e instanceof java.nio.file.AccessDeniedException
        || e instanceof org.apache.hadoop.security.AccessControlException) {
      return "permission denied";
    }
    if (e instanceof java.nio.file.NoSuchFileException
        || e instanceof java.io.FileNotFoundException) {
      return "no such file or directory";
    }
    if (e instanceof java.nio.file.FileAlreadyExistsException
        || e instanceof org.apache.hadoop.fs.FileAlreadyExistsException) {
      return "it already exists";
    }
    if (e instanceof org.apache.hadoop.fs.ParentNotDirectoryException) {
      return "a parent is a file, not a directory";
    }
    String text = e instanceof java.nio.file.FileSystemException f && f.getReason() != null
        ? f.getReason() : String.valueOf(e.getMessage());
    text = text.lines().findFirst().orElse(e.getClass().getSimpleName());
    text = text.length() > 200 ? text.substring(0, 200) + "..." : text;
    return text.isEmpty() ? text : Character.toLowerCase(text.charAt(0)) + text.substring(1);
  }

  private static String nameEncoding() {
    return System.getProperty("sun.jnu.encoding", "unknown");
  }
}
