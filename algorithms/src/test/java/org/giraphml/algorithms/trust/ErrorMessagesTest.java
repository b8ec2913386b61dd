package org.giraphml.algorithms.trust;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.giraphml.testing.Cli;
import org.giraphml.testing.TreeSnapshot;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Command lines that used to be silently half-obeyed (a flag given twice, a misspelt
 * {@code -D giraphml.*} key) are refused with exit 2, one line naming what was wrong, and no
 * file touched.
 */
class ErrorMessagesTest {
  @TempDir
  Path tmp;
  Path data;
  Path out;
  TreeSnapshot before;

  @BeforeEach
  void input() throws Exception {
    data = Files.writeString(tmp.resolve("d.csv"), "1,2\n1,3\n8,9\n9,9\n");
    out = tmp.resolve("out");
    before = TreeSnapshot.of(tmp);
  }

  private void assertRefused(Cli cli, String message) {
    assertEquals(2, cli.exit, cli.err);
    assertEquals("giraph-ml kmeans: " + message + "\n", cli.err);
    assertEquals(before, TreeSnapshot.of(tmp), "nothing may be written");
  }

  @Test
  void aFlagGivenTwiceIsRefusedNamingTheFlagAndBothValues() throws Exception {
    assertRefused(Cli.run("kmeans", "--input", data.toString(), "--k", "3", "--output",
        out.toString(), "--k=4"), "--k is given twice (3, then 4); give it once");
  }

  @Test
  void aMisspeltKeyIsRefusedWithTheNearestKeyOfTheCommand() throws Exception {
    assertRefused(Cli.run("-D", "giraphml.kmeans.sed=7", "kmeans", "--input", data.toString(),
        "--k", "2", "--output", out.toString()), "Unknown option giraphml.kmeans.sed (set with "
        + "-D); did you mean giraphml.kmeans.seed? See --help for this command's options.");
  }

  @Test
  void aKeyFarFromEveryOptionIsRefusedWithoutAGuess() throws Exception {
    assertRefused(Cli.run("-D", "giraphml.colour=blue", "kmeans", "--input", data.toString(),
        "--k", "2", "--output", out.toString()), "Unknown option giraphml.colour (set with -D). "
        + "See --help for this command's options.");
  }

  @Test
  void aMisspeltKeyInAConfFileIsRefusedNamingTheFile() throws Exception {
    Path xml = Files.writeString(tmp.resolve("site.xml"), "<configuration><property><name>"
        + "giraphml.kmeans.max-iteration</name><value>5</value></property></configuration>");
    before = TreeSnapshot.of(tmp);
    Cli cli = Cli.run("-conf", xml.toString(), "kmeans", "--input", data.toString(), "--k", "2",
        "--output", out.toString());
    assertEquals(2, cli.exit, cli.err);
    assertTrue(cli.err.startsWith("giraph-ml kmeans: Unknown option "
        + "giraphml.kmeans.max-iteration (set in "), cli.err);
    assertTrue(cli.err.contains("site.xml); did you mean giraphml.kmeans.max-iterations?"),
        cli.err);
    assertEquals(before, TreeSnapshot.of(tmp));
  }

  @Test
  void keysOfOtherCommandsAndInternalKeysAreAccepted() throws Exception {
    Cli cli = Cli.run("-D", "giraphml.regression.l2=0.5", "-D", "giraphml.predict.model=x",
        "-D", "giraphml.internal.anything=1", "-D", "giraphml.kmeans.seed=7", "kmeans",
        "--input", data.toString(), "--k", "2", "--output", out.toString());
    assertEquals(0, cli.exit, cli.err);
    assertFalse(cli.err.contains("Unknown option"), cli.err);
  }
}
