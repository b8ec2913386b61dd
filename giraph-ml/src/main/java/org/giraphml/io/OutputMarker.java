package org.giraphml.io;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/**
 * The file {@code _GIRAPHML} that the committer writes into every output it commits. It is
 * what lets {@code --overwrite} replace an output: giraph-ml replaces only an empty directory
 * or one holding this marker, so it can never delete a directory of someone else's files.
 * Input listing skips names starting with '_', so the marker is never read as data.
 */
final class OutputMarker {
  static final String NAME = "_GIRAPHML";
  /** The first line; the rest are {@code key=value} lines for people and future versions. */
  static final String HEADER = "giraph-ml output";
  static final int FORMAT = 1;
  private static final String POM_PROPERTIES =
      "/META-INF/maven/org.giraphml/giraph-ml/pom.properties";

  private OutputMarker() {
  }

  /** The marker's text for an output that {@code algorithm} wrote now. */
  static String text(String algorithm) {
    return HEADER + "\n"
        + "format=" + FORMAT + "\n"
        + "version=" + version() + "\n"
        + "algorithm=" + algorithm + "\n"
        + "written=" + Instant.now().truncatedTo(ChronoUnit.SECONDS) + "\n";
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
