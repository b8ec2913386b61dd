package org.giraphml.algorithms.trust;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Path;
import org.giraphml.testing.Cli;
import org.giraphml.testing.TreeSnapshot;

/** A command that must be refused: exit 1, no trace, {@code tree} left as it was. */
final class Refusal {
  private Refusal() {
  }

  /** Runs {@code args}, asserts the refusal, and returns the message's last line. */
  static String lastLine(Path tree, String... args) throws Exception {
    TreeSnapshot before = TreeSnapshot.of(tree);
    Cli cli = Cli.run(args);
    assertEquals(1, cli.exit, cli.err);
    assertFalse(cli.err.contains("Exception"), cli.err);
    assertFalse(cli.err.contains("\tat "), cli.err);
    assertEquals(before, TreeSnapshot.of(tree), "nothing left behind");
    String[] lines = cli.err.strip().split("\n");
    return lines[lines.length - 1];
  }
}
