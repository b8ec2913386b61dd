package org.giraphml.io;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The file {@code _GIRAPHML} that the committer writes into every output it commits. It is
 * what lets {@code --overwrite} replace an output: giraph-ml replaces only an empty directory
 * or one holding this marker and nothing but the entries the marker lists as written by the
 * job, so it never deletes someone else's files, nor a file a user added to an output.
 * Markers of format 1 list no entries; {@code --overwrite} does not replace their directories.
 * Input listing skips names starting with '_', so the marker is never read as data.
 */
final class OutputMarker {
  static final String NAME = "_GIRAPHML";
  /** The first line; the rest are {@code key=value} lines for people and future versions. */
  static final String HEADER = "giraph-ml output";
  static final int FORMAT = 2;
  /** The key of the lines that name, one each, the entries the job wrote (format 2 on). */
  static final String FILE_KEY = "file=";
  private static final String POM_PROPERTIES =
      "/META-INF/maven/org.giraphml/giraph-ml/pom.properties";

  private OutputMarker() {
  }

  /**
   * The marker's text for an output that {@code algorithm} wrote now, holding the
   * {@code entries} of the output (the marker itself aside): every file and directory, those
   * inside sub-directories as relative paths ({@code k=5/model.json}).
   *
   * @throws IllegalArgumentException if an entry's name holds a line break
   */
  static String text(String algorithm, List<String> entries) {
    StringBuilder text = new StringBuilder(HEADER + "\n"
        + "format=" + FORMAT + "\n"
        + "version=" + version() + "\n"
        + "algorithm=" + algorithm + "\n"
        + "written=" + Instant.now().truncatedTo(ChronoUnit.SECONDS) + "\n");
    for (String entry : entries.stream().sorted().toList()) {
      if (entry.indexOf('\n') >= 0 || entry.indexOf('\r') >= 0) {
        throw new IllegalArgumentException("an output entry name holds a line break: " + entry);
      }
      if (!entry.equals(NAME)) {
        text.append(FILE_KEY).append(entry).append('\n');
      }
    }
    return text.toString();
  }

  /**
   * The entries a marker's text lists as written by the job, or empty for a marker of format 1,
   * which lists none (an output may then hold files added since, which cannot be told apart).
   */
  static Optional<List<String>> entries(String text) {
    List<String> entries = new ArrayList<>();
    boolean listed = false;
    for (String line : text.lines().toList()) {
      if (line.startsWith("format=")) {
        try {
          listed = Integer.parseInt(line.substring("format=".length()).trim()) >= 2;
        } catch (NumberFormatException e) {
          listed = false;
        }
      } else if (line.startsWith(FILE_KEY)) {
        entries.add(line.substring(FILE_KEY.length()));
      }
    }
    return listed ? Optional.of(entries) : Optional.empty();
  }

  /** The giraph-ml version, from the properties Maven puts in the jar; unknown elsewhere. */
  static String version() {
    try (java.io.InputStream in = OutputMarker.class.getResourceAsStream(POM_PROPERTIES)) {
      if (in == null) {
        return "unknown";
      }
      java.util.Properties properties = new java.util.Properties();
      properties.load(in);
      return properties.getProperty("version", "unknown");
    } catch (java.io.IOException e) {
      return "unknown";
    }
  }

  /** Whether {@code text}, a marker file's content, is one that giraph-ml wrote. */
  static boolean isMarker(Optional<String> text) {
    return text.map(t -> t.startsWith(HEADER + "\n")).orElse(false);
  }
}
