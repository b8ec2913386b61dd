package org.giraphml.algorithms.regression;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.giraphml.testing.Cli;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A class whose rows all weigh 0 adds nothing to the loss: its intercept has no finite optimum.
 * logreg refuses it, naming the label and where it first occurs, on the binomial and the
 * multinomial path alike, and writes nothing.
 */
class WeightlessClassTest {
  @TempDir
  Path tmp;

  private Cli logreg(String csv) throws Exception {
    Path input = Files.writeString(tmp.resolve("w.csv"), csv);
    return Cli.run("logreg", "--input", input.toString(), "--label-column", "1",
        "--weight-column", "2", "--l2", "0.1", "--output", tmp.resolve("out").toString());
  }

  @Test
  void aBinomialClassOfWeightZeroIsRefused() throws Exception {
    Cli cli = logreg("0.1,0,1\n0.4,0,2\n0.9,1,0\n1.3,1,0\n");
    assertEquals(1, cli.exit, cli.err);
    assertTrue(cli.err.contains("label 1 (first at ") && cli.err.contains("w.csv:3")
        && cli.err.contains("has total weight 0"), cli.err);
    assertEquals(1, cli.err.strip().lines().count(), cli.err);
    assertFalse(Files.exists(tmp.resolve("out")));
  }

  @Test
  void aMultinomialClassOfWeightZeroIsRefused() throws Exception {
    Cli cli = logreg("0.1,0,1\n0.4,0,2\n0.9,1,1\n1.3,1,3\n2.0,2,0\n");
    assertEquals(1, cli.exit, cli.err);
    assertTrue(cli.err.contains("label 2 (first at ") && cli.err.contains("w.csv:5")
        && cli.err.contains("has total weight 0"), cli.err);
    assertFalse(Files.exists(tmp.resolve("out")));
  }

  @Test
  void aZeroWeightRowInAClassThatWeighsSomethingIsFine() throws Exception {
    Cli cli = logreg("0.1,0,1\n0.4,0,0\n0.9,1,1\n1.3,1,2\n");
    assertEquals(0, cli.exit, cli.err);
  }
}
