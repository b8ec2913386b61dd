package org.giraphml.algorithms.trust;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.giraphml.testing.Cli;

/**
 * A job run through the command line on a tiny CSV written for the test: the input is
 * {@code DIR/data.csv}, the output {@code DIR/out} (replaced if there).
 */
final class CsvJob {
  private CsvJob() {
  }

  static Path input(Path dir) {
    return dir.resolve("data.csv");
  }

  static Path output(Path dir) {
    return dir.resolve("out");
  }

  /** Writes {@code csv} and runs {@code command --input .. --output .. --overwrite options}. */
  static Cli run(Path dir, String command, String csv, String... options) throws Exception {
    Files.writeString(input(dir), csv);
    String[] base = {command, "--input", input(dir).toString(), "--output",
        output(dir).toString(), "--overwrite"};
    return Cli.run(Stream.concat(Stream.of(base), Stream.of(options)).toArray(String[]::new));
  }
}
