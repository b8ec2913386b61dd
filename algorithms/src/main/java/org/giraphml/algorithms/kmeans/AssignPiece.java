package org.giraphml.algorithms.kmeans;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.apache.giraph.block_app.framework.api.BlockMasterApi;
import org.apache.giraph.block_app.framework.api.BlockWorkerSendApi;
import org.apache.giraph.block_app.framework.api.CreateReducersApi;
import org.apache.giraph.block_app.framework.piece.global_comm.ReducerHandle;
import org.apache.giraph.types.NoMessage;
import org.apache.hadoop.io.NullWritable;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import org.giraphml.api.BipartitePiece;
import org.giraphml.api.Progress;
import org.giraphml.api.Shared;
import org.giraphml.graph.DataBlock;
import org.giraphml.graph.NodeId;
import org.giraphml.graph.NodeValue;
import org.giraphml.reduce.KeyedRows;
import org.giraphml.reduce.KeyedRowsReduce;
import org.giraphml.reduce.RowTable;
import org.giraphml.reduce.VectorSum;
import org.giraphml.reduce.VectorSumReduce;

/**
 * One Lloyd iteration in one superstep. Data vertices assign each row to its nearest centroid
 * and reduce the sums of their rows per cluster (each row times its sample weight, with
 * {@code --weight-column}) (double-double, so the totals do not depend on
 * the order or number of workers), the {@link AssignmentFigures} and, for the empty-cluster
 * policy {@code farthest-point}, the rows farthest from their centroids. The master then
 * re-seeds empty clusters ({@link EmptyClusters}), computes the new centroids
 * ({@link CentroidUpdate}), measures how far they moved, logs the iteration, decides whether
 * to stop ({@code stop}) and sets the centroids the next iteration assigns to.
 */
final class AssignPiece extends BipartitePiece<NoMessage> {
  private static final Logger LOG = LogManager.getLogger(AssignPiece.class);

  private final KMeansParams params;
  private final Shared<DataShape> shape;
  private final Shared<RowTable> centroids;
  private final Shared<StopReason> stop;
  private final IterationHistory history;
  private final Warnings warnings;
  private final AssignmentFigures figures = new AssignmentFigures();
  private ReducerHandle<VectorSum, VectorSum> clusterSums;
  private ReducerHandle<KeyedRows, KeyedRows> farthest;

  /**
   * @param centroids the centroids rows are assigned to, replaced here by the new ones
   * @param stop set here when the iterations end
   * @param history where the iteration's figures and empty-cluster events are recorded
   */
  AssignPiece(KMeansParams params, Shared<DataShape> shape, Shared<RowTable> centroids,
      Shared<StopReason> stop, IterationHistory history, Warnings warnings) {
    this.params = params;
    this.shape = shape;
    this.centroids = centroids;
    this.stop = stop;
    this.history = history;
    this.warnings = warnings;
  }

  private boolean reseeding() {
    return params.emptyClusters() == EmptyClusterPolicy.FARTHEST_POINT;
  }

  @Override
  public void registerReducers(CreateReducersApi api, Object stage) {
    history.iterationStarted();
    int k = params.k();
    figures.register(api, k);
    clusterSums = api.createGlobalReducer(new VectorSumReduce(k * shape.get().dims()));
    if (reseeding()) {
      farthest = api.createGlobalReducer(new KeyedRowsReduce(k));
    }
  }

  @Override
  protected Sender dataSender(BlockWorkerSendApi<NodeId, NodeValue, NullWritable, NoMessage> api) {
    Assigner assigner = new Assigner();
    int k = params.k();
    int d = shape.get().dims();
    int scaleExponent = shape.get().scaleExponent();
    double objectiveScale = params.cosine() ? 0.5 : 1.0;
    boolean reseeding = reseeding();
    double[] sums = new double[k * d];
    // Exact distance bounds kept on the data vertex (issue 11): the same assignments as Lloyd.
    boolean bounded = KMeansSettings.ALGORITHM.get(api.getConf()).bounded(d);
    return vertex -> {
      AssignedRows rows = AssignedRows.of(vertex.getValue());
      DataBlock block = rows.block();
      RowTable centres = centroids.get();
      Arrays.fill(sums, 0);
      // Weighted rows are summed apart, times their weights; the assignment is the same.
      double[] kernelSums = block.hasWeights() ? null : sums;
      if (bounded) {
        assigner.assignBounded(vertex.getValue(), centres, kernelSums, scaleExponent);
      } else {
        assigner.assign(block, centres, kernelSums, scaleExponent);
      }
      if (block.hasWeights()) {
        assigner.addWeightedRows(block, d, sums, scaleExponent);
      }
      figures.add(rows, assigner, k, objectiveScale);
      if (reseeding) {
        farthest.reduce(FarthestRows.of(block, assigner.distances(), k, d));
      }
      clusterSums.reduce(VectorSum.of(sums, block.rows()));
    };
  }

  @Override
  public void masterCompute(BlockMasterApi api, Object stage) {
    int k = params.k();
    int d = shape.get().dims();
    long[] sizes = figures.clusterSizes(api, k);
    double[] weights = figures.clusterWeights(api);
    // A cluster whose rows all weigh 0 is empty: it has no weighted mean.
    long[] weighed = sizes.clone();
    for (int j = 0; j < k; j++) {
      weighed[j] = weights[j] > 0 ? sizes[j] : 0;
    }
    double objective = figures.objective(api);
    long moved = figures.moved(api);
    history.assigned(objective, moved);
    List<KeyedRows.Entry> far = reseeding() ? farthest.getReducedValue(api).entries() : List.of();
    RowTable reseeds = EmptyClusters.reseeds(weighed, far, d, history.iterations() + 1,
        history);
    double[] old = centroids.get().values();
    double[] next = CentroidUpdate.next(clusterSums.getReducedValue(api).toArray(), weights,
        reseeds, old, d, shape.get().scaleExponent(), params.cosine());

    double shift = CentroidMath.maxShift(old, next, k, d);
    double seconds = history.updated(shift);
    int iteration = history.iterations();
    LOG.info(String.format(Locale.ROOT,
        "kmeans iteration %d: objective %.10g, shift %.4g, %d rows changed cluster, %.3f s",
        iteration, objective, shift, moved, seconds));
    Progress.iteration(api, "kmeans", iteration, objective);
    if (shift <= params.tolerance()) {
      stop.set(StopReason.CONVERGED);
      ToleranceCheck.warning(params.tolerance(), shift, iteration, next, k, d)
          .ifPresent(w -> warnings.warn(LOG, w));
    } else if (params.maxIterations().isPresent()
        && iteration >= params.maxIterations().getAsInt()) {
      stop.set(StopReason.MAX_ITERATIONS);
    }
    centroids.set(CentroidMath.table(next, k, d));
  }
}
