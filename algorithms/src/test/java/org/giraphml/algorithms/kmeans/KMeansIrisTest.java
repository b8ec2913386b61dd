package org.giraphml.algorithms.kmeans;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.Arrays;
import org.giraphml.testing.Cli;
import org.giraphml.testing.DataFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The acceptance case: k-means on the shipped iris data, started from its first three
 * rows, reproduces a plain sequential Lloyd loop from the same start.
 */
class KMeansIrisTest {
  static final Path IRIS = Path.of("..", "datasets", "iris.csv");

  @TempDir
  Path tmp;

  @Test
  void irisFromFirstThreeRowsMatchesSequentialLloyd() throws Exception {
    double[][] rows = DataFiles.readCsv(IRIS, 4);
    double[][] init = Arrays.copyOf(rows, 3);
    DataFiles.writeCsv(tmp.resolve("init.csv"), null, init);
    Path out = tmp.resolve("out");

    Cli cli = Cli.run("kmeans", "--input", IRIS.toString(), "--label-column", "4", "--k", "3",
        "--init-centroids", tmp.resolve("init.csv").toString(), "--output", out.toString(),
        "--predictions", "--workers", "2");
    assertEquals(0, cli.exit, cli.err);

    SequentialLloyd reference = new SequentialLloyd(rows, init, 100, 1e-4);
    JsonNode summary = Cli.json(out.resolve("summary.json"));
    JsonNode model = Cli.json(out.resolve("model.json"));
    assertEquals(reference.iterations, summary.get("iterations").asInt());
    assertEquals("converged", summary.get("stop_reason").asText());
    double inertia = summary.get("objective").asDouble();
    assertEquals(reference.finalObjective(), inertia, 1e-9 * reference.finalObjective());
    double[][] centroids = KMeansFiles.centroids(model);
    for (int j = 0; j < 3; j++) {
      for (int t = 0; t < 4; t++) {
        assertEquals(reference.centroids[j][t], centroids[j][t],
            1e-9 * Math.abs(reference.centroids[j][t]));
      }
    }
    assertArrayEquals(reference.assignment, KMeansFiles.predictions(out.resolve("predictions.csv")));
    // The objective history is the reference's, iteration by iteration.
    JsonNode history = summary.get("objective_history");
    for (int i = 0; i < reference.objectives.size(); i++) {
      assertEquals(reference.objectives.get(i), history.get(i).asDouble(),
          1e-9 * reference.objectives.get(i));
    }
    assertTrue(cli.out.contains("kmeans: 150 rows"), cli.out);
  }
}
