package org.giraphml.algorithms.trust;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.giraphml.testing.Cli;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Logistic regression's label set is checked before training (two classes spelled 0/1 or
 * -1/1, else an error naming the values and where they are), and perfectly separated classes
 * are reported, not just "converged".
 */
class LogisticLabelsTest {
  @TempDir
  Path tmp;

  private Path data;

  /** Rows {@code x,label} with x = 1, 2, ... */
  private Cli logreg(String labels, String... options) throws Exception {
    StringBuilder csv = new StringBuilder();
    String[] y = labels.split(" ");
    for (int i = 0; i < y.length; i++) {
      csv.append(i + 1).append(',').append(y[i]).append('\n');
    }
    data = CsvJob.input(tmp);
    String[] all = Stream.concat(Stream.of("--label-column", "1"), Stream.of(options))
        .toArray(String[]::new);
    return CsvJob.run(tmp, "logreg", csv.toString(), all);
  }

  private void assertFailsWith(Cli cli, String message) {
    assertEquals(1, cli.exit, cli.out);
    assertTrue(cli.err.contains(message), cli.err);
    assertFalse(Files.exists(tmp.resolve("out")), "no output");
    assertEquals(1, tmp.toFile().list().length, "nothing but the input left behind");
  }

  @Test
  void minusOneZeroAndOneTogetherAreThreeClassesNotTwo() throws Exception {
    assertFailsWith(logreg("-1 0 1 0 -1 1", "--family", "binomial"), "the labels have 3 "
        + "distinct values: -1 (2 rows), 0 (2 rows), 1 (2 rows); logistic regression takes two "
        + "classes (0 and 1, or -1 and 1) with --family binomial: give --family multinomial (or "
        + "auto) for more");
  }

  @Test
  void theLabelSetAndMarginCrossAGiraphJob() throws Exception {
    // Both are reducers the master reads; a real Giraph job serialises them. (A failing local
    // Giraph job ends its JVM, so the errors above are checked on the memory engine.)
    Cli cli = logreg("-1 -1 -1 1 1 1", "--engine", "giraph");
    assertEquals(0, cli.exit, cli.err);
    JsonNode s = Cli.json(tmp.resolve("out/summary.json"));
    assertTrue(s.get("perfectly_separated").asBoolean(), s.toString());
  }

  @Test
  void manyDistinctLabelsAreNamedUpToFive() throws Exception {
    assertFailsWith(logreg("0 1 2 3 4 5 6.5", "--family", "binomial"), "the labels have more than 5 distinct values: "
        + "0 (1 row), 1 (1 row), 2 (1 row, first at file:" + data + ":3), 3 (1 row, first at "
        + "file:" + data + ":4), 4 (1 row, first at file:" + data + ":5), ...; ");
  }

  @Test
  void aSingleClassIsAnErrorNamingTheLabel() throws Exception {
    assertFailsWith(logreg("1 1 1"), "all 3 rows have label 1; logistic regression needs two "
        + "classes (labels 0 and 1, or -1 and 1)");
  }

  @Test
  void twoClassesSpelledOtherwiseAreNamedWithTheirFirstRow() throws Exception {
    assertFailsWith(logreg("1 2 2 1"), "the labels are 1 (2 rows), 2 (2 rows, first at file:"
        + data + ":2); logistic regression needs the two classes labelled 0 and 1 (or -1 and 1)");
  }

  @Test
  void perfectlySeparatedClassesWarnThatTheWeightsGrowWithoutAPenalty() throws Exception {
    // x = 1..6 with labels 0 0 0 1 1 1: any threshold between 3 and 4 separates them.
    Cli cli = logreg("0 0 0 1 1 1");
    assertEquals(0, cli.exit, cli.err);
    JsonNode s = Cli.json(tmp.resolve("out/summary.json"));
    assertTrue(s.get("perfectly_separated").asBoolean(), s.toString());
    assertEquals(1, s.get("warnings").size(), s.toString());
    assertTrue(s.get("warnings").get(0).asText().contains("the weights grow without bound"),
        s.toString());
    // -1/1 labels are the same classes; with --l2 the optimum exists: recorded, no warning.
    cli = logreg("-1 -1 -1 1 1 1", "--l2", "0.1");
    assertEquals(0, cli.exit, cli.err);
    s = Cli.json(tmp.resolve("out/summary.json"));
    assertTrue(s.get("perfectly_separated").asBoolean(), s.toString());
    assertEquals(0, s.get("warnings").size(), s.toString());
  }

  @Test
  void overlappingClassesAreNotReportedAsSeparated() throws Exception {
    // x = 1..6 with labels 0 1 0 1 0 1: no threshold on x separates them.
    Cli cli = logreg("0 1 0 1 0 1");
    assertEquals(0, cli.exit, cli.err);
    JsonNode s = Cli.json(tmp.resolve("out/summary.json"));
    assertFalse(s.get("perfectly_separated").asBoolean(), s.toString());
    assertEquals(0, s.get("warnings").size(), s.toString());
  }
}
