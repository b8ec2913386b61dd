package org.giraphml.algorithms.kmeans;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.apache.giraph.block_app.framework.api.BlockMasterApi;
import org.apache.giraph.block_app.framework.block.SequenceBlock;
import org.apache.giraph.types.NoMessage;
import org.apache.hadoop.conf.Configuration;
import org.giraphml.api.BipartitePiece;
import org.giraphml.api.Shared;
import org.giraphml.graph.NodeId;
import org.giraphml.graph.NodeValue;
import org.giraphml.reduce.RowTable;
import org.giraphml.testing.LocalHarness;
import org.junit.jupiter.api.Test;

/**
 * One Lloyd step on a tiny graph: what rows store, what the master learns, and where it puts
 * the centroid of an empty cluster.
 */
class AssignPieceTest {
  /** Test set-up: the master sets the data's shape and fixed centroids, as seeding would. */
  static final class Publish extends BipartitePiece<NoMessage> {
    private final Shared<DataShape> shape;
    private final Shared<RowTable> centroids;
    private final double[] values;

    Publish(Shared<DataShape> shape, Shared<RowTable> centroids, double[] values) {
      this.shape = shape;
      this.centroids = centroids;
      this.values = values;
    }

    @Override
    public void masterCompute(BlockMasterApi api, Object stage) {
      shape.set(new DataShape(ROWS.length, 3, 2, false, 0));
      centroids.set(CentroidMath.table(values, values.length / 2, 2));
    }
  }

  static final double[][] ROWS = {{0, 0}, {1, 0}, {10, 10}, {0, 1}, {12, 10}};

  /** The settings of a run with {@code k} clusters and the defaults otherwise. */
  static KMeansParams params(int k, EmptyClusterPolicy policy) {
    Configuration conf = new Configuration(false);
    KMeansSettings.K.set(conf, k);
    KMeansSettings.EMPTY_CLUSTERS.set(conf, policy);
    return KMeansParams.from(conf);
  }

  @Test
  void rowsStoreTheirNearestCentroid() throws Exception {
    Shared<DataShape> shape = Shared.named("shape");
    Shared<RowTable> centroids = Shared.named("centroids");
    KMeansParams params = params(2, EmptyClusterPolicy.FARTHEST_POINT);
    Map<NodeId, NodeValue> after = LocalHarness.of(KMeans.class).rows(ROWS).rowsPerBlock(2)
        .workers(2).set(KMeansSettings.K, 2)
        .runBlock(new SequenceBlock(new Publish(shape, centroids, new double[] {0, 0, 11, 10}),
            new AssignPiece(params, shape, centroids, Shared.named("stop"),
                new IterationHistory(), new Warnings())));

    assertArrayEquals(new int[] {0, 0}, AssignedRows.of(after.get(NodeId.data(0))).assignments());
    assertArrayEquals(new int[] {1, 0}, AssignedRows.of(after.get(NodeId.data(1))).assignments());
    assertArrayEquals(new int[] {1}, AssignedRows.of(after.get(NodeId.data(2))).assignments());
  }

  /** What the master holds after one assignment (the harness runs without round trips). */
  private record MasterSide(Shared<RowTable> centroids, IterationHistory history) {
  }

  private static MasterSide assignOnce(KMeansParams params, double[] centroidValues)
      throws Exception {
    Shared<DataShape> shape = Shared.named("shape");
    MasterSide m = new MasterSide(Shared.named("centroids"), new IterationHistory());
    // Without the master round trips, so this test's holders are the master's.
    LocalHarness.of(KMeans.class).rows(ROWS).rowsPerBlock(2).checks(false)
        .set(KMeansSettings.K, params.k())
        .runBlock(new SequenceBlock(new Publish(shape, m.centroids(), centroidValues),
            new AssignPiece(params, shape, m.centroids(), Shared.named("stop"), m.history(),
                new Warnings())));
    return m;
  }

  private static double[] centroid(MasterSide m, int j) {
    return Arrays.copyOfRange(m.centroids().get().values(), 2 * j, 2 * j + 2);
  }

  @Test
  void masterLearnsTheObjectiveAndTheRowsThatMoved() throws Exception {
    MasterSide m = assignOnce(params(2, EmptyClusterPolicy.FARTHEST_POINT),
        new double[] {0, 0, 11, 10});
    // squared distances to (0,0) and (11,10): 0, 1, 1, 1, 1
    assertEquals(List.of(4.0), m.history().objectives());
    assertEquals(5, m.history().lastMoved());
    // No cluster is empty: nothing to re-seed.
    assertTrue(m.history().emptyClusterEvents().isEmpty());
  }

  @Test
  void anEmptyClusterIsReseededAtTheFarthestRowTiesToTheSmallerKey() throws Exception {
    MasterSide m = assignOnce(params(3, EmptyClusterPolicy.FARTHEST_POINT),
        new double[] {0, 0, 11, 10, 100, 100});
    // Rows 1..4 are all at squared distance 1 from their centroid; row 1, (1, 0), has the
    // smallest key.
    assertArrayEquals(new double[] {1, 0}, centroid(m, 2), 0);
    assertEquals(List.of("iteration 1: cluster 2 was empty; re-seeded at the row farthest from "
        + "its centroid (squared distance 1.00000)"), m.history().emptyClusterEvents());
  }

  @Test
  void withTheKeepPolicyAnEmptyClusterKeepsItsCentroid() throws Exception {
    MasterSide m = assignOnce(params(3, EmptyClusterPolicy.KEEP),
        new double[] {0, 0, 11, 10, 100, 100});
    assertArrayEquals(new double[] {100, 100}, centroid(m, 2), 0);
    assertEquals(List.of("iteration 1: cluster 2 was empty; kept its centroid"),
        m.history().emptyClusterEvents());
  }
}
