package org.giraphml.algorithms.trust;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.giraphml.testing.Cli;
import org.giraphml.testing.TreeSnapshot;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code --overwrite} replaces a giraph-ml output only while it holds nothing but what the job
 * wrote, as listed in its {@code _GIRAPHML} marker: a file a user added (notes, a plot) makes
 * it refuse, naming that file, and leaves everything as it was. A marker that lists no files
 * (format 1, before the list existed) is refused too: its added files cannot be told apart.
 */
class OverwriteKeepsAddedFilesTest {
  @TempDir
  Path tmp;

  private Path data;
  private Path out;

  @BeforeEach
  void writeOutput() throws Exception {
    data = Files.writeString(tmp.resolve("data.csv"), "0,0\n0,1\n10,10\n10,11\n");
    out = tmp.resolve("out");
    Cli first = kmeans();
    assertEquals(0, first.exit, first.err);
  }

  private Cli kmeans(String... more) throws Exception {
    String[] base = {"kmeans", "--k", "2", "--input", data.toString(), "--output",
        out.toString()};
    return Cli.run(Stream.concat(Stream.of(base), Stream.of(more)).toArray(String[]::new));
  }

  private void refused(String expected) throws Exception {
    TreeSnapshot before = TreeSnapshot.of(tmp);
    Cli cli = kmeans("--overwrite");
    assertEquals(1, cli.exit, cli.err);
    assertEquals("giraph-ml kmeans: error: Output directory " + out + " already exists and "
        + expected + "\n", cli.err);
    assertEquals(Map.of(), TreeSnapshot.of(tmp).differencesFrom(before));
  }

  @Test
  void theMarkerListsTheFilesTheJobWrote() throws Exception {
    List<String> listed = Files.readAllLines(out.resolve("_GIRAPHML")).stream()
        .filter(l -> l.startsWith("file=")).toList();
    assertEquals(List.of("file=model.json", "file=report.html", "file=summary.json"), listed);
    assertTrue(Files.readString(out.resolve("_GIRAPHML")).contains("\nformat=2\n"));
  }

  @Test
  void overwriteRefusesAnOutputHoldingAFileTheUserAddedAndNamesIt() throws Exception {
    Files.writeString(out.resolve("notes.txt"), "keep me");
    Files.writeString(out.resolve("plot.png"), "also mine");
    refused("holds notes.txt, which giraph-ml did not write, so --overwrite does not replace "
        + "it; move notes.txt out of it if the rest may be replaced, or choose another "
        + "--output");
    // Without --overwrite the message says the same, not "pass --overwrite".
    Cli plain = kmeans();
    assertEquals(1, plain.exit, plain.err);
    assertTrue(plain.err.contains("holds notes.txt, which giraph-ml did not write"), plain.err);
  }

  @Test
  void overwriteRefusesAnAddedDirectoryToo() throws Exception {
    Files.createDirectory(out.resolve("figures"));
    refused("holds figures, which giraph-ml did not write, so --overwrite does not replace "
        + "it; move figures out of it if the rest may be replaced, or choose another "
        + "--output");
  }

  @Test
  void aFileAddedInsideASubDirectoryTheJobWroteIsKeptToo() throws Exception {
    // A k sweep writes one sub-directory per k; the marker lists their contents, so a file
    // added inside one (or another job's output placed there) is seen, not deleted unseen.
    Path sweep = tmp.resolve("sweep");
    String[] args = {"kmeans", "--k", "2..3", "--input", data.toString(), "--output",
        sweep.toString(), "--overwrite"};
    Cli first = Cli.run(args);
    assertEquals(0, first.exit, first.err);
    assertTrue(Files.readAllLines(sweep.resolve("_GIRAPHML")).contains("file=k=3/model.json"));
    Files.writeString(sweep.resolve("k=3/notes.txt"), "keep me");
    TreeSnapshot before = TreeSnapshot.of(tmp);
    Cli again = Cli.run(args);
    assertEquals(1, again.exit, again.err);
    assertEquals("giraph-ml kmeans: error: Output directory " + sweep + " already exists and "
        + "holds k=3/notes.txt, which giraph-ml did not write, so --overwrite does not replace "
        + "it; move k=3/notes.txt out of it if the rest may be replaced, or choose another "
        + "--output\n", again.err);
    assertEquals(Map.of(), TreeSnapshot.of(tmp).differencesFrom(before));
    Files.delete(sweep.resolve("k=3/notes.txt"));
    Cli third = Cli.run(args);
    assertEquals(0, third.exit, third.err);
  }

  @Test
  void overwriteReplacesTheOutputOnceTheAddedFileIsMovedOut() throws Exception {
    Path notes = Files.writeString(out.resolve("notes.txt"), "keep me");
    assertEquals(1, kmeans("--overwrite").exit);
    Files.move(notes, tmp.resolve("notes.txt"));
    Cli again = kmeans("--overwrite");
    assertEquals(0, again.exit, again.err);
    assertEquals("keep me", Files.readString(tmp.resolve("notes.txt")));
  }

  @Test
  void overwriteRefusesAnOutputWhoseMarkerListsNoFiles() throws Exception {
    Path marker = out.resolve("_GIRAPHML");
    String formatOne = Files.readAllLines(marker).stream()
        .filter(l -> !l.startsWith("file="))
        .map(l -> l.equals("format=2") ? "format=1" : l)
        .reduce("", (a, l) -> a + l + "\n");
    Files.writeString(marker, formatOne);
    refused("its _GIRAPHML marker, from an earlier giraph-ml version, does not list the files "
        + "the job wrote, so --overwrite cannot tell them from files added since and does not "
        + "replace it; delete it yourself if nothing in it is needed, or choose another "
        + "--output");
  }
}
