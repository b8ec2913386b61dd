package org.giraphml.algorithms.kmeans;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import org.apache.giraph.block_app.framework.api.BlockMasterApi;
import org.apache.giraph.block_app.framework.block.SequenceBlock;
import org.apache.giraph.types.NoMessage;
import org.giraphml.api.BipartitePiece;
import org.giraphml.graph.NodeId;
import org.giraphml.graph.NodeValue;
import org.giraphml.testing.LocalHarness;
import org.junit.jupiter.api.Test;

/** One assignment step on a tiny graph: what the model vertices receive, what rows store. */
class AssignPieceTest {
  /** Test set-up: the master publishes fixed centroids. */
  static final class Publish extends BipartitePiece<NoMessage> {
    private final KMeansState state;
    private final double[] centroids;

    Publish(KMeansState state, double[] centroids) {
      this.state = state;
      this.centroids = centroids;
    }

    @Override
    public void masterCompute(BlockMasterApi api, Object stage) {
      state.publishCentroids(api, centroids);
    }
  }

  static final double[][] ROWS = {{0, 0}, {1, 0}, {10, 10}, {0, 1}, {12, 10}};

  private static KMeansState twoClusters() {
    KMeansState state = new KMeansState();
    state.k = 2;
    state.dims = 2;
    state.distance = DistanceMeasure.EUCLIDEAN;
    state.emptyClusters = EmptyClusterPolicy.FARTHEST_POINT;
    return state;
  }

  @Test
  void modelVerticesReceiveTheSumAndCountOfTheirRows() throws Exception {
    KMeansState state = twoClusters();
    Map<NodeId, NodeValue> after = LocalHarness.of(KMeans.class).rows(ROWS).rowsPerBlock(2)
        .workers(2).set(KMeansSettings.K, 2)
        .runBlock(new SequenceBlock(new Publish(state, new double[] {0, 0, 11, 10}),
            new AssignPiece(state, false)));

    NodeValue c0 = after.get(NodeId.model(0));
    NodeValue c1 = after.get(NodeId.model(1));
    assertEquals(3, c0.count());
    assertArrayEquals(new double[] {1, 1}, c0.stats(), 0);
    assertEquals(2, c1.count());
    assertArrayEquals(new double[] {22, 20}, c1.stats(), 0);
    assertArrayEquals(new int[] {0, 0}, after.get(NodeId.data(0)).rowInts());
    assertArrayEquals(new int[] {1, 0}, after.get(NodeId.data(1)).rowInts());
    assertArrayEquals(new int[] {1}, after.get(NodeId.data(2)).rowInts());
  }

  @Test
  void masterLearnsTheObjectiveAndClusterSizes() throws Exception {
    KMeansState state = twoClusters();
    // Without the master round trips, so this test's state object is the master's.
    LocalHarness.of(KMeans.class).rows(ROWS).rowsPerBlock(2).checks(false)
        .set(KMeansSettings.K, 2)
        .runBlock(new SequenceBlock(new Publish(state, new double[] {0, 0, 11, 10}),
            new AssignPiece(state, false)));
    // squared distances to (0,0) and (11,10): 0, 1, 1, 1, 1
    assertEquals(4.0, state.objectiveHistory.get(0), 0);
    assertArrayEquals(new long[] {3, 2}, state.clusterSizes);
    assertEquals(5, state.lastMoved);
  }
}
