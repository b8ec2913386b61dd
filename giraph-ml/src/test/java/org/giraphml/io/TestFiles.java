package org.giraphml.io;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Writes the small input files of the reader tests. */
final class TestFiles {
  private TestFiles() {
  }

  /** Writes {@code text} to {@code root/name}, creating its directories. */
  static Path write(Path root, String name, String text) throws IOException {
    Path p = root.resolve(name);
    Files.createDirectories(p.getParent());
    Files.writeString(p, text);
    return p;
  }
}
