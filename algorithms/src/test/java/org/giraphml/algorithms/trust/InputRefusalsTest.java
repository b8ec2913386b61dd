package org.giraphml.algorithms.trust;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;
import org.giraphml.testing.Cli;
import org.giraphml.testing.TreeSnapshot;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Inputs that cannot be trained on, through the real command line: each fails with exit 1 and
 * one line naming the file (and line) and the reason, before training, leaving the input
 * byte-identical and no output or work directory behind; none reaches the internal
 * "finished without writing summary.json".
 */
class InputRefusalsTest {
  @TempDir
  Path tmp;

  private Path write(String name, String text) throws IOException {
    Path p = tmp.resolve("in").resolve(name);
    Files.createDirectories(p.getParent());
    Files.writeString(p, text);
    return p;
  }

  /** Runs kmeans on {@code input}, asserts the refusal and returns its message line. */
  private String refused(Path input, String... more) throws Exception {
    TreeSnapshot before = TreeSnapshot.of(tmp);
    String[] args = new String[6 + more.length];
    System.arraycopy(new String[] {"kmeans", "--input", input.toString(), "--output",
        tmp.resolve("out").toString(), "--k=2"}, 0, args, 0, 6);
    System.arraycopy(more, 0, args, 6, more.length);
    Cli cli = Cli.run(args);
    assertEquals(1, cli.exit, cli.err);
    assertEquals(before, TreeSnapshot.of(tmp), "input kept, nothing left behind");
    assertFalse(cli.err.contains("summary.json"), cli.err);
    assertFalse(cli.err.contains("Exception"), cli.err);
    String[] lines = cli.err.strip().split("\n");
    return lines[lines.length - 1];
  }

  @Test
  void zeroUsableRowsIsNoDataRowsNamingTheFiles() throws Exception {
    assertTrue(refused(write("h.csv", "x,y\n")).endsWith("h.csv: no data rows (only the "
        + "header line 'x,y')"));
    write("empties/part-00000", "");
    write("empties/year=2024/part-00001", "");
    assertTrue(refused(tmp.resolve("in/empties")).endsWith("empties: no data rows (the "
        + "directory's 2 file(s) are all empty: part-00000, part-00001)"));
    String skipped = refused(write("bad.csv", "x,y\n1,a\nb,2\n"), "--skip-invalid");
    assertTrue(skipped.endsWith("bad.csv: no data rows (all 2 rows were invalid and skipped;"
        + " the first: " + tmp.resolve("in/bad.csv").toUri().toString().replace("file:///",
        "file:/") + ":2: column 1 (0-based): 'a' is not a number)"), skipped);
    assertTrue(refused(write("blank.libsvm", " \n\n"), "--format", "libsvm")
        .endsWith("blank.libsvm: no data rows (blank lines only)"));
  }

  @Test
  void oddFilesGetOneAccurateLine() throws Exception {
    Path fifo = tmp.resolve("in/pipe.csv");
    Files.createDirectories(fifo.getParent());
    assertEquals(0, new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor());
    assertTrue(refused(fifo).endsWith("pipe.csv: not a regular file (a FIFO)"));
    Files.delete(fifo);
    Path gz = tmp.resolve("in/data.csv");
    try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(gz))) {
      out.write("1,2\n3,4\n".getBytes());
    }
    assertTrue(refused(gz).endsWith("data.csv: not text but gzip-compressed data (name it "
        + "*.gz to have it decompressed)"));
    Files.delete(gz);
    String typo = refused(write("typo.csv", "1.5,2.x\n3,4\n5,6\n"));
    assertTrue(typo.endsWith("typo.csv:1: the first line mixes numbers and text (column 1 "
        + "(0-based): '2.x' is not a number): if it is a header, pass --header present; if it "
        + "is data, fix the cell (or pass --skip-invalid to skip it)"), typo);
  }

  @Test
  void aTenKilobyteBadCellIsQuotedByItsFirstFortyCharacters() throws Exception {
    String cell = "q".repeat(10_000);
    String line = refused(write("wide.csv", "1,2\n3," + cell + "\n"));
    assertTrue(line.endsWith("wide.csv:2: column 1 (0-based): '" + "q".repeat(40)
        + "...' (10000 bytes) is not a number"), line);
    String header = refused(write("h.csv", cell + ",x\n"));
    assertTrue(header.endsWith("h.csv: no data rows (only the header line '" + "q".repeat(40)
        + "...')"), header);
  }

  @Test
  void everyRowSkippedOnTheGiraphEngineIsNoDataRows() throws Exception {
    // Only the workers see the rows there; the empty job must not end in an internal message.
    String line = refused(write("bad.csv", "x,y\n1,a\nb,2\n"), "--skip-invalid", "--engine",
        "giraph");
    assertTrue(line.endsWith("bad.csv: no data rows (all 2 rows were invalid and skipped;"
        + " the first: " + tmp.resolve("in/bad.csv").toUri().toString().replace("file:///",
        "file:/") + ":2: column 1 (0-based): 'a' is not a number)"), line);
  }

  @Test
  void aGiraphSuperstepLimitThatCutsTheJobShortIsNamed() throws Exception {
    Path data = write("d.csv", "1,2\n3,4\n5,6\n10,10\n");
    TreeSnapshot before = TreeSnapshot.of(tmp);
    Cli cli = Cli.run("-D", "giraph.maxNumberOfSupersteps=3", "kmeans", "--input",
        data.toString(), "--output", tmp.resolve("out").toString(), "--k", "2", "--engine",
        "giraph");
    assertEquals(1, cli.exit, cli.err);
    assertTrue(cli.err.contains("The Giraph job stopped at giraph.maxNumberOfSupersteps=3 "
        + "before the algorithm finished; remove that setting"), cli.err);
    assertEquals(before, TreeSnapshot.of(tmp));
  }
}
