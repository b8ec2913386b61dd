package org.giraphml.algorithms.kmeans;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.giraphml.testing.Cli;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code --tolerance} is an absolute distance in the data's units (Spark's semantics). On the
 * same data scaled by 1e-3 or 1e-250, {@code --tolerance 0} reaches Lloyd's fixed point, the
 * one numpy reaches on the unscaled data; the default tolerance stops the 1e-3 run early, and
 * then the summary warns. Data: 900 rows in blobs (the tester's ov1.csv), started from rows 0
 * and 2.
 */
class ToleranceScaleTest {
  /**
   * Lloyd's fixed point from rows 0 and 2 of blobs900.csv, by numpy 2.4 (plain loop: argmin of
   * squared distances, means, until the centroids repeat exactly), after 21 iterations.
   */
  private static final double[][] NUMPY_FIXED_POINT = {
      {0.7409402667583431, 2.212871608765969}, {1.522425503845241, -0.24457376919340468}};
  private static final int NUMPY_ITERATIONS = 21;

  @TempDir
  Path tmp;

  private record Run(Cli cli, JsonNode model, JsonNode summary) {
  }

  /** Trains on blobs900.csv with every value multiplied by {@code scale}. */
  private Run train(double scale, String... more) throws Exception {
    List<double[]> rows;
    try (var in = getClass().getResourceAsStream("/kmeans/blobs900.csv")) {
      rows = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).lines()
          .map(l -> Stream.of(l.split(",")).mapToDouble(v -> Double.parseDouble(v) * scale)
              .toArray())
          .toList();
    }
    String tag = String.valueOf(scale) + more.length;
    Path data = Files.writeString(tmp.resolve("data" + tag + ".csv"), csv(rows));
    Path init = Files.writeString(tmp.resolve("init" + tag + ".csv"),
        csv(List.of(rows.get(0), rows.get(2))));
    Path out = tmp.resolve("out" + tag);
    String[] base = {"kmeans", "--input", data.toString(), "--k", "2", "--init-centroids",
        init.toString(), "--max-iterations", "unlimited", "--output", out.toString()};
    Cli cli = Cli.run(Stream.concat(Stream.of(base), Stream.of(more)).toArray(String[]::new));
    assertEquals(0, cli.exit, cli.err);
    return new Run(cli, Cli.json(out.resolve("model.json")), Cli.json(out.resolve(
        "summary.json")));
  }

  private static String csv(List<double[]> rows) {
    return rows.stream().map(r -> r[0] + "," + r[1]).collect(Collectors.joining("\n", "", "\n"));
  }

  private static void assertNumpyFixedPoint(Run run, double scale) {
    JsonNode centroids = run.model().get("centroids");
    for (int j = 0; j < 2; j++) {
      for (int t = 0; t < 2; t++) {
        double expected = NUMPY_FIXED_POINT[j][t];
        double got = centroids.get(j).get(t).asDouble() / scale;
        assertEquals(expected, got, 1e-9 * Math.abs(expected), "centroid " + j + "," + t);
      }
    }
    assertEquals(NUMPY_ITERATIONS, run.summary().get("iterations").asInt());
  }

  @Test
  void toleranceZeroReachesNumpysFixedPointAtEveryScale() throws Exception {
    for (double scale : new double[] {1, 1e-3, 1e-250}) {
      Run run = train(scale, "--tolerance", "0");
      assertNumpyFixedPoint(run, scale);
      assertEquals(0, run.summary().get("warnings").size(), run.summary().toString());
    }
  }

  @Test
  void theDefaultToleranceReachesTheFixedPointAtUnitScaleWithoutWarning() throws Exception {
    Run run = train(1);
    assertNumpyFixedPoint(run, 1);
    assertEquals(0, run.summary().get("warnings").size(), run.summary().toString());
  }

  @Test
  void theDefaultToleranceStopsSmallDataEarlyAndTheSummaryWarns() throws Exception {
    Run run = train(1e-3);
    // numpy's shifts at unit scale: 1.34, 0.266, 0.215, 0.0972: the fourth is below 1e-4 here.
    assertEquals(4, run.summary().get("iterations").asInt());
    JsonNode warnings = run.summary().get("warnings");
    assertEquals(1, warnings.size(), warnings.toString());
    assertTrue(warnings.get(0).asText().startsWith("converged by --tolerance 0.000100 after 4 "
        + "iteration(s) while centroids still moved 9.72e-05"), warnings.toString());
  }

  @Test
  void warnsOnlyWhenTheToleranceIsLargeForTheCentroidsSpreadAndTheyStillMoved() {
    double[] apart = {0, 0, 3, 4}; // spread 5
    assertEquals(Optional.empty(), ToleranceCheck.warning(1e-4, 5e-5, 7, apart, 2, 2));
    assertEquals(Optional.empty(), ToleranceCheck.warning(4.9e-3, 1e-3, 7, apart, 2, 2));
    assertTrue(ToleranceCheck.warning(5e-3, 1e-3, 7, apart, 2, 2).isPresent());
    assertEquals(Optional.empty(), ToleranceCheck.warning(1, 0, 7, apart, 2, 2),
        "at the fixed point nothing moved: no warning");
    double[] tiny = {0, 0, 3e-250, 4e-250};
    assertEquals(Optional.of(String.format(Locale.ROOT, "converged by --tolerance 0.000100 "
        + "after 1 iteration(s) while centroids still moved 1.00e-251, but the centroids lie "
        + "only 5.00e-250 apart: --tolerance is an absolute distance in the data's units, so the "
        + "model may be short of Lloyd's fixed point; pass a tolerance scaled to the data (e.g. "
        + "5e-254) or 0")), ToleranceCheck.warning(1e-4, 1e-251, 1, tiny, 2, 2));
    assertEquals(Optional.empty(), ToleranceCheck.warning(1, 1, 1, new double[] {2, 2, 2, 2},
        2, 2), "coinciding centroids give no scale to judge by");
  }
}
