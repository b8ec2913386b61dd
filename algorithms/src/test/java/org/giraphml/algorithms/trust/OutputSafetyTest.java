package org.giraphml.algorithms.trust;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;
import org.giraphml.testing.Cli;
import org.giraphml.testing.TreeSnapshot;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Section 1 of issue 9 through the real command line: an output never equals, contains or
 * lies inside anything the job reads, however the paths are spelt, and {@code --overwrite}
 * replaces only what giraph-ml wrote. Every refusal comes before the job starts, is one line,
 * and leaves every file byte-identical with nothing added.
 */
class OutputSafetyTest {
  private static final String DATA = "x,y\n0,0\n0,1\n10,10\n10,11\n";

  @TempDir
  Path tmp;

  private Path data;

  @BeforeEach
  void writeData() throws Exception {
    data = Files.createDirectory(tmp.resolve("d"));
    Files.writeString(data.resolve("data.csv"), DATA);
  }

  /** Runs the command, expects exit 1 with one line ending in {@code reason}, nothing changed. */
  static Cli refused(Path root, String expected, String... args) throws Exception {
    TreeSnapshot before = TreeSnapshot.of(root);
    Cli cli = Cli.run(args);
    assertEquals(1, cli.exit, cli.err);
    assertEquals(1, cli.err.lines().count(), "one line, no stack trace: " + cli.err);
    assertTrue(cli.err.contains(expected), cli.err);
    assertEquals(Map.of(), TreeSnapshot.of(root).differencesFrom(before));
    return cli;
  }

  private Cli kmeans(String input, String output, String... more) throws Exception {
    String[] base = {"kmeans", "--k", "2", "--input", input, "--output", output};
    return Cli.run(Stream.concat(Stream.of(base), Stream.of(more)).toArray(String[]::new));
  }

  private String[] kmeansArgs(String input, String output) {
    return new String[] {"kmeans", "--k", "2", "--input", input, "--output", output,
        "--overwrite"};
  }

  @Test
  void outputEqualToTheInputDirectoryIsRefused() throws Exception {
    refused(tmp, "--output " + data + " is the same place as --input " + data,
        kmeansArgs(data.toString(), data.toString()));
  }

  @Test
  void outputContainingTheInputFileIsRefused() throws Exception {
    refused(tmp, "--output " + data + " contains --input " + data.resolve("data.csv"),
        kmeansArgs(data.resolve("data.csv").toString(), data.toString()));
  }

  @Test
  void outputInsideTheInputDirectoryIsRefused() throws Exception {
    refused(tmp, "lies inside --input", kmeansArgs(data.toString(),
        data.resolve("out").toString()));
  }

  @Test
  void outputSpeltWithDotDotOrAsAFileUriOrRelativelyIsStillTheInput() throws Exception {
    refused(tmp, "is the same place as", kmeansArgs(data.toString(),
        data.resolve("sub/..").toString()));
    refused(tmp, "is the same place as", kmeansArgs(data.toString(),
        data.toUri().toString()));
    String relative = Path.of("").toAbsolutePath().relativize(data).toString();
    refused(tmp, "is the same place as", kmeansArgs("file://" + data, relative));
  }

  @Test
  void anyOfACommaSeparatedInputListCounts() throws Exception {
    Path other = Files.writeString(tmp.resolve("more.csv"), DATA);
    refused(tmp, "contains --input " + data.resolve("data.csv"), kmeansArgs(
        other + "," + data.resolve("data.csv"), data.toString()));
  }

  @Test
  void symbolicLinksAreResolvedOnBothSides() throws Exception {
    Path link = Files.createSymbolicLink(tmp.resolve("link"), data);
    refused(tmp, "is the same place as", kmeansArgs(data.toString(), link.toString()));
    refused(tmp, "lies inside", kmeansArgs(link.toString(), data.resolve("new").toString()));
    // an output that does not exist yet, below a symbolic link to the input
    refused(tmp, "lies inside", kmeansArgs(data.toString(), link.resolve("a/b").toString()));
  }

  @Test
  void initialCentroidsFileInsideTheOutputIsRefusedEvenForAGiraphMlOutput()
      throws Exception {
    Path prev = tmp.resolve("prev");
    assertEquals(0, kmeans(data.toString(), prev.toString()).exit);
    Files.writeString(prev.resolve("start.csv"), "0,0\n10,10\n");
    refused(tmp, "contains --init-centroids " + prev.resolve("start.csv"), "kmeans", "--k",
        "2", "--input", data.toString(), "--init-centroids", prev.resolve("start.csv")
            .toString(), "--output", prev.toString(), "--overwrite");
  }

  @Test
  void predictOverTheModelItReadsIsRefused() throws Exception {
    Path model = tmp.resolve("model");
    assertEquals(0, kmeans(data.toString(), model.toString()).exit);
    refused(tmp, "is the same place as --model " + model, "predict", "--model",
        model.toString(), "--input", data.toString(), "--output", model.toString(),
        "--overwrite");
  }

  @Test
  void overwriteReplacesAGiraphMlOutputButNoOtherDirectory() throws Exception {
    Path out = tmp.resolve("out");
    assertEquals(0, kmeans(data.toString(), out.toString()).exit);
    assertTrue(Files.readString(out.resolve("_GIRAPHML")).contains("algorithm=kmeans"));
    Cli again = kmeans(data.toString(), out.toString(), "--overwrite");
    assertEquals(0, again.exit, again.err);

    Path mine = Files.createDirectory(tmp.resolve("mine"));
    Files.writeString(mine.resolve("notes.txt"), "keep me");
    refused(tmp, "was not written by giraph-ml (it has no _GIRAPHML marker), so --overwrite "
        + "does not replace it", kmeansArgs(data.toString(), mine.toString()));

    Path old = Files.createDirectory(tmp.resolve("old"));
    Files.writeString(old.resolve("model.json"), "{}");
    Files.writeString(old.resolve("summary.json"), "{}");
    refused(tmp, "looks like the output of a giraph-ml version older than its _GIRAPHML "
        + "marker", kmeansArgs(data.toString(), old.toString()));
  }

  @Test
  void nonAsciiOutputIsWrittenUnderItsOwnName() throws Exception {
    Path out = tmp.resolve("résultats");
    Cli cli = kmeans(data.toString(), out.toString());
    assertEquals(0, cli.exit, cli.err);
    assertTrue(Files.isRegularFile(out.resolve("model.json")));
  }
}
