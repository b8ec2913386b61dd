package org.giraphml.algorithms.nearestcentroid;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.giraphml.testing.Cli;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** nearest-centroid has no weighted form: --weight-column is refused, not silently ignored. */
class WeightColumnRefusalTest {
  @TempDir
  Path tmp;

  @Test
  void weightColumnIsRefusedBeforeTheJobWithOneLine() throws Exception {
    Path data = tmp.resolve("d.csv");
    Files.writeString(data, "0,1,2,1\n1,5,6,2\n0,1.5,2,1\n1,5.5,6,1\n");
    Cli cli = Cli.run("nearest-centroid", "--input", data.toString(), "--label-column", "0",
        "--weight-column", "3", "--output", tmp.resolve("out").toString());
    assertTrue(cli.exit != 0);
    assertTrue(cli.err.contains("nearest-centroid does not use sample weights"), cli.err);
    assertEquals(1, cli.err.lines().filter(l -> l.contains("sample weights")).count(), cli.err);
    assertFalse(Files.exists(tmp.resolve("out/model.json")));
  }
}
