package org.giraphml.algorithms.trust;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.giraphml.algorithms.kmeans.KMeansFiles;
import org.giraphml.testing.Cli;
import org.giraphml.testing.TreeSnapshot;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code --delimiter space} reads whitespace-separated columns as written by hand or by
 * aligned printers; a literal blank, which the configuration trims away, is refused with a line
 * saying to name it.
 */
class SpaceDelimiterTest {
  @TempDir
  Path tmp;

  @Test
  void runsOfBlanksAndPaddingSeparateCellsOnceWithTheSpaceDelimiter() throws Exception {
    Path data = Files.writeString(tmp.resolve("aligned.txt"),
        "x  y\n 0   0\n0 1  \n10\t10\n  10 \t 11\n");
    Path init = Files.writeString(tmp.resolve("init.csv"), "0,0\n10,10\n");
    Cli cli = Cli.run("kmeans", "--input", data.toString(), "--output",
        tmp.resolve("out").toString(), "--k", "2", "--delimiter", "space", "--init-centroids",
        init.toString());
    assertEquals(0, cli.exit, cli.err);
    assertEquals(4, Cli.json(tmp.resolve("out/summary.json")).path("input").path("rows")
        .asLong());
    double[][] centroids = KMeansFiles.centroids(Cli.json(tmp.resolve("out/model.json")));
    assertArrayEquals(new double[] {0, 0.5}, centroids[0], 1e-12);
    assertArrayEquals(new double[] {10, 10.5}, centroids[1], 1e-12);
  }

  @Test
  void aLiteralBlankDelimiterIsRefusedWithItsName() throws Exception {
    Path data = Files.writeString(tmp.resolve("d.csv"), "0 0\n1 1\n");
    TreeSnapshot before = TreeSnapshot.of(tmp);
    for (String blank : new String[] {" ", "\t"}) {
      Cli cli = Cli.run("kmeans", "--input", data.toString(), "--output",
          tmp.resolve("out").toString(), "--k", "2", "--delimiter", blank);
      assertEquals(2, cli.exit, cli.err); // a usage error
      assertFalse(cli.err.contains("Exception"), cli.err);
      assertTrue(cli.err.contains("--delimiter: a blank given as itself is trimmed away: name"
          + " it, 'space' or 'tab'"), cli.err);
      assertEquals(before, TreeSnapshot.of(tmp));
    }
  }
}
