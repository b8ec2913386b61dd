package org.giraphml.algorithms.trust;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;
import org.giraphml.algorithms.kmeans.KMeansFiles;
import org.giraphml.testing.Cli;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code --init-centroids} files are opened like inputs: compressed ones decompressed by their
 * name, a directory or a missing file refused with one accurate line.
 */
class InitCentroidsFileTest {
  @TempDir
  Path tmp;

  @BeforeEach
  void writeData() throws Exception {
    Files.writeString(tmp.resolve("data.csv"), "0,0\n0,1\n10,10\n10,11\n");
  }

  private Cli kmeans(Path init) throws Exception {
    Path data = tmp.resolve("data.csv");
    return Cli.run("kmeans", "--input", data.toString(), "--output",
        tmp.resolve("out").toString(), "--k", "2", "--init-centroids", init.toString());
  }

  private String refused(Path init) throws Exception {
    return Refusal.lastLine(tmp, "kmeans", "--input", tmp.resolve("data.csv").toString(),
        "--output", tmp.resolve("out").toString(), "--k", "2", "--init-centroids",
        init.toString());
  }

  @Test
  void aGzippedCentroidsFileIsDecompressedAndItsOrderKept() throws Exception {
    Path init = tmp.resolve("init.csv.gz");
    try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(init))) {
      out.write("10,10\n0,0\n".getBytes(StandardCharsets.UTF_8));
    }
    Cli cli = kmeans(init);
    assertEquals(0, cli.exit, cli.err);
    // Lloyd's from (10,10), (0,0): each cluster's mean, in the order the file gave.
    double[][] centroids = KMeansFiles.centroids(Cli.json(tmp.resolve("out/model.json")));
    assertArrayEquals(new double[] {10, 10.5}, centroids[0], 1e-12);
    assertArrayEquals(new double[] {0, 0.5}, centroids[1], 1e-12);
  }

  @Test
  void aDirectoryOrAMissingFileIsNamedForWhatItIs() throws Exception {
    Path dir = Files.createDirectories(tmp.resolve("cdir"));
    String line = refused(dir);
    assertTrue(line.endsWith("cdir: initial centroids file is a directory; name the file in it"),
        line);
    line = refused(tmp.resolve("none.csv"));
    assertTrue(line.endsWith("none.csv: initial centroids file does not exist"), line);
  }
}
