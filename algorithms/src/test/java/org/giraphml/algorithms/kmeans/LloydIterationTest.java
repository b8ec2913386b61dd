package org.giraphml.algorithms.kmeans;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import java.util.Map;
import org.apache.giraph.block_app.framework.block.SequenceBlock;
import org.apache.hadoop.conf.Configuration;
import org.giraphml.api.Shared;
import org.giraphml.graph.NodeId;
import org.giraphml.graph.NodeValue;
import org.giraphml.reduce.RowTable;
import org.giraphml.testing.LocalHarness;
import org.junit.jupiter.api.Test;

/**
 * Lloyd iterations ({@link AssignPiece}) on a tiny graph, wired as {@link KMeans#train} wires
 * them: the pieces talk only through the settings, the {@link Shared} shape, centroids and
 * stop reason, and the master's history.
 *
 * <p>Rows (0,0), (1,0), (0,1) go to centroid (0,0) and (10,10), (12,10) to (11,10); the new
 * centroids are the means (1/3, 1/3) and (11, 10), and only the first moved, by sqrt(2)/3.
 */
class LloydIterationTest {
  private static final double[][] ROWS = AssignPieceTest.ROWS;
  private static final double[] START = {0, 0, 11, 10};

  /** The shared values and holders of one run, and the pieces using them. */
  private static final class Wiring {
    final Shared<DataShape> shape = Shared.named("shape");
    final Shared<RowTable> centroids = Shared.named("centroids");
    final Shared<StopReason> stop = Shared.named("stop reason");
    final IterationHistory history = new IterationHistory();
    final KMeansParams params;

    Wiring(double tolerance, int maxIterations) {
      Configuration conf = new Configuration(false);
      KMeansSettings.K.set(conf, 2);
      KMeansSettings.TOLERANCE.set(conf, tolerance);
      conf.set(KMeansSettings.MAX_ITERATIONS.key(), Integer.toString(maxIterations));
      params = KMeansParams.from(conf);
    }

    AssignPiece assign() {
      return new AssignPiece(params, shape, centroids, stop, history, new Warnings());
    }

    SequenceBlock iteration() {
      return new SequenceBlock(new AssignPieceTest.Publish(shape, centroids, START), assign());
    }
  }

  private static LocalHarness harness() {
    return LocalHarness.of(KMeans.class).rows(ROWS).rowsPerBlock(2).workers(2)
        .set(KMeansSettings.K, 2);
  }

  @Test
  void theSecondIterationAssignsToTheNewCentroidsAfterKryoRoundTrips() throws Exception {
    // The second assignment must see the centroids the first iteration's master set, through
    // Kryo copies of the pieces and the master's state.
    Wiring w = new Wiring(1e-4, 100);
    Map<NodeId, NodeValue> after = harness().checks(true).runBlock(new SequenceBlock(
        new AssignPieceTest.Publish(w.shape, w.centroids, new double[] {0, 0, 0.4, 1}),
        w.assign(), w.assign()));
    // First: (0,0),(1,0) -> 0; (10,10),(0,1),(12,10) -> 1 (means (0.5, 0), (22/3, 7));
    // second: (0,1) is then nearer (0.5, 0) and moves (it was in cluster 1 after the first).
    assertArrayEquals(new int[] {0, 0}, AssignedRows.of(after.get(NodeId.data(0))).assignments());
    assertArrayEquals(new int[] {1, 0}, AssignedRows.of(after.get(NodeId.data(1))).assignments());
    assertArrayEquals(new int[] {1}, AssignedRows.of(after.get(NodeId.data(2))).assignments());
  }

  @Test
  void theMasterSetsTheNewCentroidsAndRecordsTheShift() throws Exception {
    Wiring w = new Wiring(1e-4, 100);
    // Without the master round trips, so the wiring's values are the master's.
    harness().checks(false).runBlock(w.iteration());
    assertArrayEquals(new double[] {1.0 / 3, 1.0 / 3, 11, 10}, w.centroids.get().values(), 0);
    assertEquals(1, w.history.iterations());
    assertEquals(Math.sqrt(2) / 3, w.history.shifts().get(0), 1e-15);
    assertEquals(List.of(5L), w.history.rowsMoved());
    assertFalse(w.stop.isSet(), "moved more than the tolerance, below the cap: go on");
  }

  @Test
  void aShiftWithinTheToleranceStopsAsConverged() throws Exception {
    Wiring w = new Wiring(0.5, 100);
    harness().checks(false).runBlock(w.iteration());
    assertEquals(StopReason.CONVERGED, w.stop.get());
  }

  @Test
  void theIterationCapStopsAsMaxIterations() throws Exception {
    Wiring w = new Wiring(1e-4, 1);
    harness().checks(false).runBlock(w.iteration());
    assertEquals(StopReason.MAX_ITERATIONS, w.stop.get());
  }

  @Test
  void theNextAssignmentReadsTheUpdatedCentroids() throws Exception {
    Wiring w = new Wiring(1e-4, 100);
    harness().checks(false).runBlock(new SequenceBlock(w.iteration(), w.assign()));
    // Squared distances to (1/3, 1/3): 2/9, 5/9, 5/9; to (11, 10): 1, 1. No row moved, so the
    // second iteration converges.
    assertEquals(4.0 / 3 + 2, w.history.objectives().get(1), 1e-12);
    assertEquals(0, w.history.lastMoved());
    assertEquals(StopReason.CONVERGED, w.stop.get());
  }
}
