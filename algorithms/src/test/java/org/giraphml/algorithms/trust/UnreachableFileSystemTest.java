package org.giraphml.algorithms.trust;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.giraphml.testing.Cli;
import org.giraphml.testing.TreeSnapshot;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A file system that cannot be reached (nothing listens on port 1) is an I/O failure of the
 * world, not a bug: one line naming the path and the reason, exit 1, no stack trace, nothing
 * left behind.
 */
class UnreachableFileSystemTest {
  private static final String NOWHERE = "hdfs://127.0.0.1:1/x";

  @TempDir
  Path tmp;

  /** Hadoop's client retries a refused connection; one retry keeps the test short. */
  private Cli kmeans(String input, String output) throws Exception {
    return Cli.run("-D", "ipc.client.connect.max.retries=0", "kmeans", "--input", input,
        "--k", "2", "--output", output);
  }

  private static void assertOneLine(Cli cli, String expected) {
    assertEquals(1, cli.exit, cli.err);
    List<String> lines = cli.err.lines().filter(l -> l.startsWith("giraph-ml")).toList();
    assertEquals(List.of(expected), lines, cli.err);
    assertFalse(cli.err.contains("\tat "), "a stack trace was printed: " + cli.err);
  }

  @Test
  void anUnreachableOutputFileSystemIsOneLineNamingTheUriAndTheReason() throws Exception {
    Path data = Files.writeString(tmp.resolve("d.csv"), "0,0\n0,1\n9,9\n9,8\n");
    TreeSnapshot before = TreeSnapshot.of(tmp);
    Cli cli = kmeans(data.toString(), NOWHERE);
    assertOneLine(cli, "giraph-ml kmeans: error: cannot reach the file system of " + NOWHERE
        + " (connection refused; java.net.ConnectException)");
    assertEquals(before, TreeSnapshot.of(tmp));
  }

  @Test
  void anUnreachableInputFileSystemIsOneLineNamingTheUriAndTheReason() throws Exception {
    TreeSnapshot before = TreeSnapshot.of(tmp);
    Cli cli = kmeans(NOWHERE, tmp.resolve("out").toString());
    assertOneLine(cli, "giraph-ml kmeans: error: cannot reach the file system of " + NOWHERE
        + " (connection refused; java.net.ConnectException)");
    assertEquals(before, TreeSnapshot.of(tmp));
  }
}
