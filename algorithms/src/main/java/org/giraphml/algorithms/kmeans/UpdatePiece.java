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
import org.giraphml.graph.NodeId;
import org.giraphml.graph.NodeValue;
import org.giraphml.io.JobFailure;
import org.giraphml.reduce.RowTable;
import org.giraphml.reduce.RowTableReduce;

/**
 * The update half of a Lloyd iteration. Each model vertex turns the sums it received into its
 * new centroid (the mean of its rows; for an empty cluster the master's re-seed row or the old
 * centroid) and hands it to the master, which measures how far centroids moved, logs the
 * iteration, decides whether to stop and broadcasts the centroids for the next one.
 */
final class UpdatePiece extends BipartitePiece<NoMessage> {
  private static final Logger LOG = LogManager.getLogger(UpdatePiece.class);

  private final KMeansState state;
  private ReducerHandle<RowTable, RowTable> table;

  UpdatePiece(KMeansState state) {
    this.state = state;
  }

  @Override
  public void registerReducers(CreateReducersApi api, Object stage) {
    table = api.createGlobalReducer(new RowTableReduce(state.k, state.dims));
  }

  @Override
  protected Sender modelSender(BlockWorkerSendApi<NodeId, NodeValue, NullWritable, NoMessage> api) {
    int d = state.dims;
    boolean cosine = state.distance == DistanceMeasure.COSINE;
    return vertex -> {
      int j = (int) vertex.getId().index();
      NodeValue value = vertex.getValue();
      RowTable old = broadcast(state.centroidsHandle, api);
      RowTable reseeds = broadcast(state.reseedHandle, api);
      double[] centroid = new double[d];
      if (value.count() > 0) {
        double[] sums = value.stats();
        // The sums are in units of 2^scaleExponent (see KMeansState); scalb is exact.
        for (int t = 0; t < d; t++) {
          centroid[t] = Math.scalb(sums[t] / value.count(), state.scaleExponent);
        }
        if (cosine) {
          CentroidMath.normalizeRows(centroid, 1, d);
        }
      } else if (reseeds.isFilled(j)) {
        System.arraycopy(reseeds.values(), j * d, centroid, 0, d);
      } else {
        System.arraycopy(old.values(), j * d, centroid, 0, d);
      }
      value.setParams(centroid);
      table.reduce(RowTable.single(state.k, j, centroid));
    };
  }

  @Override
  public void masterCompute(BlockMasterApi api, Object stage) {
    RowTable t = table.getReducedValue(api);
    if (t.filledCount() != state.k) {
      throw new JobFailure("Internal error: " + t.filledCount() + " of " + state.k
          + " model vertices reported a centroid");
    }
    double[] next = t.values().clone();
    double shift = CentroidMath.maxShift(state.centroids, next, state.k, state.dims);
    state.iteration++;
    state.shiftHistory.add(shift);
    state.movedHistory.add(state.lastMoved);
    double seconds = (System.nanoTime() - state.iterationStartNanos) / 1e9;
    state.iterationSeconds.add(seconds);
    LOG.info(String.format(java.util.Locale.ROOT,
        "kmeans iteration %d: objective %.10g, shift %.4g, %d rows changed cluster, %.3f s",
        state.iteration, state.lastObjective, shift, state.lastMoved, seconds));
    Progress.iteration(api, "kmeans", state.iteration, state.lastObjective);
    if (shift <= state.tolerance) {
      state.stop = StopReason.CONVERGED;
      ToleranceCheck.warning(state.tolerance, shift, state.iteration, next, state.k, state.dims)
          .ifPresent(w -> state.warn(LOG, w));
    } else if (!state.unlimitedIterations && state.iteration >= state.maxIterations) {
      state.stop = StopReason.MAX_ITERATIONS;
    }
    state.publishCentroids(api, next);
  }
}
