package org.giraphml.algorithms.kmeans;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import org.giraphml.testing.LocalHarness;
import org.giraphml.testing.SeededData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Hamerly's bounds change how fast rows are assigned, never which centroid they get. */
class AssignAlgorithmTest {
  private static LocalHarness.Result run(double[][] rows, int k, AssignAlgorithm algorithm,
      DistanceMeasure distance) throws Exception {
    return LocalHarness.of(KMeans.class).rows(rows).rowsPerBlock(61)
        .set(KMeansSettings.K, k).set(KMeansSettings.INIT, InitMode.RANDOM)
        .set(KMeansSettings.SEED, 3L).set(KMeansSettings.TOLERANCE, 0.0)
        .set(KMeansSettings.DISTANCE, distance).set(KMeansSettings.ALGORITHM, algorithm).run();
  }

  /** Runs both; returns Hamerly's summary. */
  private static JsonNode assertSameRun(double[][] rows, int k, DistanceMeasure distance)
      throws Exception {
    LocalHarness.Result lloyd = run(rows, k, AssignAlgorithm.LLOYD, distance);
    LocalHarness.Result hamerly = run(rows, k, AssignAlgorithm.HAMERLY, distance);
    // Centroids to the bit, every iteration's moves, the final clusters.
    assertEquals(lloyd.model().toJson(), hamerly.model().toJson());
    assertEquals(lloyd.summary().get("shift_history"), hamerly.summary().get("shift_history"));
    assertEquals(lloyd.summary().get("rows_moved_history"),
        hamerly.summary().get("rows_moved_history"));
    assertEquals(lloyd.summary().get("empty_cluster_events"),
        hamerly.summary().get("empty_cluster_events"));
    assertEquals(lloyd.summary().get("cluster_sizes"), hamerly.summary().get("cluster_sizes"));
    assertEquals(lloyd.predictions(), hamerly.predictions());
    // Objectives: rows the bounds keep report the exact distance, Lloyd the expanded one.
    JsonNode a = lloyd.summary().get("objective_history");
    JsonNode b = hamerly.summary().get("objective_history");
    assertEquals(a.size(), b.size());
    assertTrue(a.size() > 3, "iterations: " + a.size());
    for (int i = 0; i < a.size(); i++) {
      assertEquals(a.get(i).asDouble(), b.get(i).asDouble(), 1e-10 * a.get(i).asDouble());
    }
    return hamerly.summary();
  }

  @ParameterizedTest
  @EnumSource(DistanceMeasure.class)
  void hamerlyGivesLloydsCentroidsOnSeparatedBlobs(DistanceMeasure distance) throws Exception {
    assertSameRun(SeededData.blobs(3000, 4, 6, 1.0, 17).rows(), 6, distance);
  }

  @ParameterizedTest
  @EnumSource(DistanceMeasure.class)
  void hamerlyGivesLloydsCentroidsWithEmptyClustersAndDuplicateRows(DistanceMeasure distance)
      throws Exception {
    // Overlapping blobs, many duplicated rows and more centroids than groups: near-ties,
    // duplicate centroids from the random start, and clusters that empty and are re-seeded.
    double[][] base = SeededData.blobs(600, 3, 3, 6.0, 29).rows();
    double[][] rows = new double[1800][];
    for (int i = 0; i < rows.length; i++) {
      rows[i] = base[i % 7 == 0 ? 0 : i % base.length].clone();
    }
    JsonNode summary = assertSameRun(rows, 12, distance);
    assertTrue(summary.get("empty_cluster_events").size() > 0, "no cluster emptied: "
        + summary.get("cluster_sizes"));
  }

  @Test
  void autoKeepsBoundsForNarrowRowsAndRunsLloydOnWideOnes() {
    // The benchmark's rows: 10 and 20 features (bounds pay), 784 (Lloyd is faster).
    assertTrue(AssignAlgorithm.AUTO.bounded(10));
    assertTrue(AssignAlgorithm.AUTO.bounded(20));
    assertTrue(AssignAlgorithm.AUTO.bounded(AssignAlgorithm.AUTO_MAX_BOUNDED_DIMS));
    assertFalse(AssignAlgorithm.AUTO.bounded(AssignAlgorithm.AUTO_MAX_BOUNDED_DIMS + 1));
    assertFalse(AssignAlgorithm.AUTO.bounded(784));
    assertTrue(AssignAlgorithm.HAMERLY.bounded(784), "an explicit choice is kept");
    assertFalse(AssignAlgorithm.LLOYD.bounded(10), "an explicit choice is kept");
  }
}
