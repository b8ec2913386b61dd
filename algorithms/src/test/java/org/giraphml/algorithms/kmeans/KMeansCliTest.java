package org.giraphml.algorithms.kmeans;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.giraphml.testing.Cli;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line as a user meets it: exit codes, messages, and what is left on disk. */
class KMeansCliTest {
  @TempDir
  Path tmp;

  private Path file(String name, String content) throws Exception {
    Path p = tmp.resolve(name);
    Files.writeString(p, content);
    return p;
  }

  private Cli kmeans(Path input, String... more) throws Exception {
    String[] base = {"kmeans", "--input", input.toString(), "--output",
        tmp.resolve("out").toString()};
    return Cli.run(Stream.concat(Stream.of(base), Stream.of(more)).toArray(String[]::new));
  }

  @Test
  void badCellFailsWithFileLineAndProblemAndWritesNothing() throws Exception {
    Path bad = file("bad.csv", "a,b\n1,2\n3,abc\n4,5\n");
    Cli cli = kmeans(bad, "--k", "2");
    assertEquals(1, cli.exit);
    assertTrue(cli.err.contains("bad.csv:3: column 1 (0-based): 'abc' is not a number"), cli.err);
    try (Stream<Path> files = Files.list(tmp)) {
      assertEquals(1, files.count(), "no output or work directory left");
    }
  }

  @Test
  void kLargerThanRowsIsAnError() throws Exception {
    Cli cli = kmeans(file("three.csv", "1,2\n3,4\n5,6\n"), "--k", "4");
    assertEquals(1, cli.exit);
    assertTrue(cli.err.contains("k = 4 is larger than the number of rows (3)"), cli.err);
    assertFalse(Files.exists(tmp.resolve("out")));
  }

  @Test
  void existingOutputIsRefusedAndKept() throws Exception {
    Path data = file("d.csv", "1,2\n3,4\n5,6\n");
    Files.createDirectory(tmp.resolve("out"));
    Files.writeString(tmp.resolve("out/keep.txt"), "mine");
    Cli cli = kmeans(data, "--k", "2", "--overwrite");
    assertEquals(1, cli.exit);
    assertTrue(cli.err.contains("was not written by giraph-ml"), cli.err);
    assertEquals("mine", Files.readString(tmp.resolve("out/keep.txt")));
    Files.delete(tmp.resolve("out/keep.txt"));
    assertEquals(0, kmeans(data, "--k", "2", "--overwrite").exit, "an empty directory is replaced");
    cli = kmeans(data, "--k", "2");
    assertEquals(1, cli.exit);
    assertTrue(cli.err.contains("already exists; pass --overwrite"), cli.err);
    cli = kmeans(data, "--k", "2", "--overwrite");
    assertEquals(0, cli.exit, cli.err);
    assertTrue(Files.exists(tmp.resolve("out/model.json")));
  }

  @Test
  void badOptionsAreUsageErrorsThatNameTheOption() throws Exception {
    Path data = file("d.csv", "1,2\n3,4\n5,6\n");
    Cli cli = kmeans(data, "--k", "1");
    assertEquals(2, cli.exit);
    assertTrue(cli.err.contains("--k: must be >= 2, got 1 (giraphml.kmeans.k)"), cli.err);
    cli = kmeans(data, "--k", "2", "--tolerance", "-1");
    assertEquals(2, cli.exit);
    assertTrue(cli.err.contains("--tolerance: must be >= 0.0, got -1"), cli.err);
    cli = kmeans(data, "--k", "2", "--kay", "3");
    assertEquals(2, cli.exit);
    assertTrue(cli.err.contains("Unknown option --kay"), cli.err);
    cli = kmeans(data, "--k", "2", "--init", "kmeans++", "--init-centroids", "x.csv");
    assertEquals(2, cli.exit);
    assertTrue(cli.err.contains("exclude each other"), cli.err);
    cli = Cli.run("kmeans", "--input", data.toString(), "--k", "2");
    assertEquals(2, cli.exit);
    assertTrue(cli.err.contains("--output: is required"), cli.err);
    cli = Cli.run("cluster");
    assertEquals(2, cli.exit);
    assertTrue(cli.err.contains("unknown command 'cluster'"), cli.err);
  }

  @Test
  void initialCentroidsOfTheWrongShapeAreNamed() throws Exception {
    Path data = file("d.csv", "1,2\n3,4\n5,6\n");
    Cli cli = kmeans(data, "--k", "2", "--init-centroids",
        file("init.csv", "1,2\n3,4,5\n").toString());
    assertEquals(1, cli.exit);
    assertTrue(cli.err.contains("init.csv:2: initial centroid has 3 values but the data has 2 "
        + "features"), cli.err);
    cli = kmeans(data, "--k", "2", "--init-centroids", file("one.csv", "1,2\n").toString());
    assertEquals(1, cli.exit);
    assertTrue(cli.err.contains("one.csv: holds 1 initial centroids, k = 2"), cli.err);
  }

  @Test
  void initialCentroidsWithAByteOrderMarkAndAnyLineEndingAreRead() throws Exception {
    Path data = file("d.csv", "1,2\n3,4\n5,6\n7,8\n");
    // By hand: from (0,0) and (10,10), rows 1-2 go to the first centroid and rows 3-4 to the
    // second, so the centroids are the means (2,3) and (6,7), and nothing moves after that.
    double[][] expected = {{2, 3}, {6, 7}};
    String[] spellings = {"\uFEFFx,y\r\n0,0\r\n10,10\r\n", "\uFEFF0,0\n10,10\n", "0,0\r10,10\r"};
    for (int i = 0; i < spellings.length; i++) {
      Path init = file("init" + i + ".csv", spellings[i]);
      Cli cli = Cli.run("kmeans", "--input", data.toString(), "--k", "2", "--init-centroids",
          init.toString(), "--output", tmp.resolve("out" + i).toString());
      assertEquals(0, cli.exit, spellings[i] + ": " + cli.err);
      double[][] centroids = KMeansFiles.centroids(Cli.json(tmp.resolve("out" + i + "/model.json")));
      for (int j = 0; j < 2; j++) {
        org.junit.jupiter.api.Assertions.assertArrayEquals(expected[j], centroids[j], 0.0);
      }
    }
  }

  @Test
  void skipInvalidReportsSkippedRowsInTheSummary() throws Exception {
    Path data = file("d.csv", "1,2\n3,x\n5,6\n7\n8,9\n");
    Cli cli = kmeans(data, "--k", "2", "--skip-invalid");
    assertEquals(0, cli.exit, cli.err);
    var summary = Cli.json(tmp.resolve("out/summary.json"));
    assertEquals(3, summary.get("input").get("rows").asLong());
    assertEquals(2, summary.get("input").get("skipped_rows").asLong());
    assertTrue(summary.get("input").get("skipped_row_problems").get(1).asText()
        .endsWith("d.csv:4: expected 2 columns, found 1"));
  }

  @Test
  void hadoopGenericOptionsAndHelp() throws Exception {
    Path data = file("d.csv", "1,2\n3,4\n5,6\n9,9\n");
    Cli cli = Cli.run("-D", "giraphml.kmeans.k=3", "kmeans", "--input", data.toString(),
        "--output", tmp.resolve("out").toString());
    assertEquals(0, cli.exit, cli.err);
    assertEquals(3, Cli.json(tmp.resolve("out/model.json")).get("k").asInt());
    cli = Cli.run("kmeans", "--help");
    assertEquals(0, cli.exit);
    assertTrue(cli.out.contains("--init-centroids <text>"), cli.out);
    assertTrue(cli.out.contains("[giraphml.kmeans.k]"), cli.out);
  }

  @Test
  void missingInputIsNamed() throws Exception {
    Cli cli = kmeans(tmp.resolve("absent.csv"), "--k", "2");
    assertEquals(1, cli.exit);
    assertTrue(cli.err.contains("absent.csv: input path does not exist"), cli.err);
  }
}
