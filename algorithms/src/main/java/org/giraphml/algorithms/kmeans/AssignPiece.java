package org.giraphml.algorithms.kmeans;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.apache.giraph.block_app.framework.api.BlockMasterApi;
import org.apache.giraph.block_app.framework.api.BlockWorkerReceiveApi;
import org.apache.giraph.block_app.framework.api.BlockWorkerSendApi;
import org.apache.giraph.block_app.framework.api.CreateReducersApi;
import org.apache.giraph.block_app.framework.piece.global_comm.ReducerHandle;
import org.apache.hadoop.io.NullWritable;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import org.giraphml.api.Shared;
import org.giraphml.api.VectorSumPiece;
import org.giraphml.graph.DataBlock;
import org.giraphml.graph.NodeId;
import org.giraphml.graph.NodeValue;
import org.giraphml.reduce.KeyedRows;
import org.giraphml.reduce.KeyedRowsReduce;
import org.giraphml.reduce.RowTable;
import org.giraphml.reduce.VectorSum;

/**
 * The assignment half of a Lloyd iteration. Data vertices assign each row to its nearest
 * centroid and send model vertex j the sum and count of their rows in cluster j (combined, so
 * a worker sends one partial per centroid); they also report the {@link AssignmentFigures}
 * and, for the empty-cluster policy {@code farthest-point}, the rows farthest from their
 * centroids. The master records the iteration's figures and decides where empty clusters are
 * re-seeded ({@code reseeds}). Model vertices store the sums they received for
 * {@link UpdatePiece}.
 */
final class AssignPiece extends VectorSumPiece {
  private static final Logger LOG = LogManager.getLogger(AssignPiece.class);

  private final KMeansParams params;
  private final Shared<DataShape> shape;
  private final Shared<RowTable> centroids;
  private final Shared<RowTable> reseeds;
  private final IterationHistory history;
  private final AssignmentFigures figures = new AssignmentFigures();
  private ReducerHandle<KeyedRows, KeyedRows> farthest;

  /**
   * @param centroids the centroids rows are assigned to
   * @param reseeds set here: for each empty cluster, the row it is re-seeded at, if any
   * @param history where the iteration's objective and empty-cluster events are recorded
   */
  AssignPiece(KMeansParams params, Shared<DataShape> shape, Shared<RowTable> centroids,
      Shared<RowTable> reseeds, IterationHistory history) {
    this.params = params;
    this.shape = shape;
    this.centroids = centroids;
    this.reseeds = reseeds;
    this.history = history;
  }

  private boolean reseeding() {
    return params.emptyClusters() == EmptyClusterPolicy.FARTHEST_POINT;
  }

  @Override
  public void registerReducers(CreateReducersApi api, Object stage) {
    history.iterationStarted();
    figures.register(api, params.k());
    if (reseeding()) {
      farthest = api.createGlobalReducer(new KeyedRowsReduce(params.k()));
    }
  }

  @Override
  protected Sender dataSender(BlockWorkerSendApi<NodeId, NodeValue, NullWritable, VectorSum> api) {
    Assigner assigner = new Assigner();
    int k = params.k();
    int d = shape.get().dims();
    int scaleExponent = shape.get().scaleExponent();
    double objectiveScale = params.cosine() ? 0.5 : 1.0;
    boolean reseeding = reseeding();
    double[] sums = new double[k * d];
    return vertex -> {
      DataRows rows = DataRows.of(vertex.getValue());
      DataBlock block = rows.block();
      RowTable centres = centroids.get();
      Arrays.fill(sums, 0);
      assigner.assign(block, centres, sums, scaleExponent);
      double[] counts = figures.add(rows, assigner, k, objectiveScale);
      if (reseeding) {
        farthest.reduce(FarthestRows.of(block, assigner.distances(), k, d));
      }
      // Every model vertex hears from every block (zeros included), so all k exist.
      for (int j = 0; j < k; j++) {
        api.sendMessage(NodeId.model(j),
            VectorSum.of(Arrays.copyOfRange(sums, j * d, (j + 1) * d), (long) counts[j]));
      }
    };
  }

  @Override
  protected Receiver<VectorSum> modelReceiver(BlockWorkerReceiveApi<NodeId> api) {
    int d = shape.get().dims();
    return (vertex, messages) -> {
      VectorSum total = new VectorSum(d);
      for (VectorSum m : messages) {
        total.addAll(m);
      }
      Centroid.of(vertex.getValue()).setClusterSums(total.toArray(), total.count());
    };
  }

  @Override
  public void masterCompute(BlockMasterApi api, Object stage) {
    int k = params.k();
    long[] sizes = figures.clusterSizes(api, k);
    history.assigned(figures.objective(api), figures.moved(api));
    List<KeyedRows.Entry> far = reseeding() ? farthest.getReducedValue(api).entries() : List.of();
    RowTable table = new RowTable(k, shape.get().dims());
    int iteration = history.iterations() + 1;
    int next = 0;
    for (int j = 0; j < k; j++) {
      if (sizes[j] > 0) {
        continue;
      }
      String event;
      if (next < far.size() && -far.get(next).priority() == 0) {
        event = String.format(Locale.ROOT, "iteration %d: cluster %d was empty; kept its "
            + "centroid: every row sits on a centroid, so no row can re-seed it", iteration, j);
      } else if (next < far.size()) {
        KeyedRows.Entry e = far.get(next++);
        table.set(j, e.row());
        event = String.format(Locale.ROOT, "iteration %d: cluster %d was empty; re-seeded at "
            + "the row farthest from its centroid (squared distance %.6g)", iteration, j,
            -e.priority());
      } else {
        event = String.format(Locale.ROOT, "iteration %d: cluster %d was empty; kept its "
            + "centroid", iteration, j);
      }
      history.emptyCluster(event);
      LOG.info("kmeans {}", event);
    }
    reseeds.set(table);
  }
}
