package org.giraphml.algorithms.kmeans;

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
import org.giraphml.graph.NodeId;
import org.giraphml.graph.NodeValue;
import org.giraphml.io.JobFailure;
import org.giraphml.reduce.RowTable;
import org.giraphml.reduce.RowTableReduce;

/**
 * The update half of a Lloyd iteration. Each model vertex turns the sums it received into its
 * new centroid (the mean of its rows; for an empty cluster the master's re-seed row or the old
 * centroid) and hands it to the master, which measures how far centroids moved, logs the
 * iteration, decides whether to stop ({@code stop}) and sets the centroids for the next one.
 */
final class UpdatePiece extends BipartitePiece<NoMessage> {
  private static final Logger LOG = LogManager.getLogger(UpdatePiece.class);

  private final KMeansParams params;
  private final Shared<DataShape> shape;
  private final Shared<RowTable> centroids;
  private final Shared<RowTable> reseeds;
  private final Shared<StopReason> stop;
  private final IterationHistory history;
  private final Warnings warnings;
  private ReducerHandle<RowTable, RowTable> table;

  /**
   * @param centroids the current centroids, replaced here by the new ones
   * @param reseeds where {@link AssignPiece} re-seeds empty clusters
   * @param stop set here when the iterations end
   */
  UpdatePiece(KMeansParams params, Shared<DataShape> shape, Shared<RowTable> centroids,
      Shared<RowTable> reseeds, Shared<StopReason> stop, IterationHistory history,
      Warnings warnings) {
    this.params = params;
    this.shape = shape;
    this.centroids = centroids;
    this.reseeds = reseeds;
    this.stop = stop;
    this.history = history;
    this.warnings = warnings;
  }

  @Override
  public void registerReducers(CreateReducersApi api, Object stage) {
    table = api.createGlobalReducer(new RowTableReduce(params.k(), shape.get().dims()));
  }

  @Override
  protected Sender modelSender(BlockWorkerSendApi<NodeId, NodeValue, NullWritable, NoMessage> api) {
    int k = params.k();
    int d = shape.get().dims();
    int scaleExponent = shape.get().scaleExponent();
    boolean cosine = params.cosine();
    RowTable old = centroids.get();
    RowTable reseeded = reseeds.get();
    return vertex -> {
      int j = (int) vertex.getId().index();
      Centroid cluster = Centroid.of(vertex.getValue());
      double[] centroid = new double[d];
      long count = cluster.clusterRows();
      if (count > 0) {
        double[] sums = cluster.clusterSums();
        // The sums are in units of 2^scaleExponent (see DataShape); scalb is exact.
        for (int t = 0; t < d; t++) {
          centroid[t] = Math.scalb(sums[t] / count, scaleExponent);
        }
        if (cosine) {
          CentroidMath.normalizeRows(centroid, 1, d);
        }
      } else if (reseeded.isFilled(j)) {
        System.arraycopy(reseeded.values(), j * d, centroid, 0, d);
      } else {
        System.arraycopy(old.values(), j * d, centroid, 0, d);
      }
      cluster.setCentroid(centroid);
      table.reduce(RowTable.single(k, j, centroid));
    };
  }

  @Override
  public void masterCompute(BlockMasterApi api, Object stage) {
    int k = params.k();
    int d = shape.get().dims();
    RowTable t = table.getReducedValue(api);
    if (t.filledCount() != k) {
      throw new JobFailure("Internal error: " + t.filledCount() + " of " + k
          + " model vertices reported a centroid");
    }
    double[] next = t.values().clone();
    double shift = CentroidMath.maxShift(centroids.get().values(), next, k, d);
    double seconds = history.updated(shift);
    int iteration = history.iterations();
    double objective = history.lastObjective();
    LOG.info(String.format(java.util.Locale.ROOT,
        "kmeans iteration %d: objective %.10g, shift %.4g, %d rows changed cluster, %.3f s",
        iteration, objective, shift, history.lastMoved(), seconds));
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
