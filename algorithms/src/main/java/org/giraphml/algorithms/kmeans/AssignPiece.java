package org.giraphml.algorithms.kmeans;

import java.util.Arrays;
import java.util.List;
import org.apache.giraph.block_app.framework.api.BlockMasterApi;
import org.apache.giraph.block_app.framework.api.BlockWorkerReceiveApi;
import org.apache.giraph.block_app.framework.api.BlockWorkerSendApi;
import org.apache.giraph.block_app.framework.api.CreateReducersApi;
import org.apache.giraph.block_app.framework.piece.global_comm.ReducerHandle;
import org.apache.giraph.reducers.impl.SumReduce;
import org.apache.hadoop.io.LongWritable;
import org.apache.hadoop.io.NullWritable;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import org.giraphml.api.VectorSumPiece;
import org.giraphml.graph.DataBlock;
import org.giraphml.graph.NodeId;
import org.giraphml.graph.NodeValue;
import org.giraphml.reduce.KeyedRows;
import org.giraphml.reduce.KeyedRowsReduce;
import org.giraphml.reduce.RowTable;
import org.giraphml.reduce.VectorSum;
import org.giraphml.reduce.VectorSumReduce;

/**
 * The assignment half of a Lloyd iteration. Data vertices assign each row to its nearest
 * broadcast centroid and send model vertex j the sum and count of their rows in cluster j
 * (combined, so a worker sends one partial per centroid); they also reduce the objective, the
 * cluster sizes, the number of rows that changed cluster and, for the empty-cluster policy,
 * the rows farthest from their centroids. The master decides where empty clusters are
 * re-seeded. Model vertices store the sums they received for {@link UpdatePiece}.
 *
 * <p>The same piece, in its final form, assigns rows to the final centroids without sending,
 * so that the reported objective, cluster sizes and predictions belong to the saved model.
 */
final class AssignPiece extends VectorSumPiece {
  private static final Logger LOG = LogManager.getLogger(AssignPiece.class);

  private final KMeansState state;
  private final boolean last;
  private ReducerHandle<VectorSum, VectorSum> objective;
  private ReducerHandle<VectorSum, VectorSum> sizes;
  private ReducerHandle<LongWritable, LongWritable> moved;
  private ReducerHandle<KeyedRows, KeyedRows> farthest;

  AssignPiece(KMeansState state, boolean last) {
    this.state = state;
    this.last = last;
  }

  private boolean reseeding() {
    return !last && state.emptyClusters == EmptyClusterPolicy.FARTHEST_POINT;
  }

  @Override
  public void registerReducers(CreateReducersApi api, Object stage) {
    state.iterationStartNanos = System.nanoTime();
    objective = api.createGlobalReducer(new VectorSumReduce(1));
    sizes = api.createGlobalReducer(new VectorSumReduce(state.k));
    moved = api.createGlobalReducer(SumReduce.LONG);
    if (reseeding()) {
      farthest = api.createGlobalReducer(new KeyedRowsReduce(state.k));
    }
  }

  @Override
  protected Sender dataSender(BlockWorkerSendApi<NodeId, NodeValue, NullWritable, VectorSum> api) {
    Assigner assigner = new Assigner();
    int k = state.k;
    int d = state.dims;
    double objectiveScale = state.distance == DistanceMeasure.COSINE ? 0.5 : 1.0;
    double[] sums = last ? null : new double[k * d];
    // perf (issue 11): distance bounds kept on the data vertex; the same assignments as Lloyd.
    boolean bounded = KMeansSettings.ALGORITHM.get(api.getConf()) != AssignAlgorithm.LLOYD;
    return vertex -> {
      NodeValue value = vertex.getValue();
      DataBlock block = value.block();
      int n = block.rows();
      RowTable centres = broadcast(state.centroidsHandle, api);
      if (sums != null) {
        Arrays.fill(sums, 0);
      }
      if (bounded) { // perf (issue 11)
        assigner.assignBounded(value, centres, sums, state.scaleExponent);
      } else {
        assigner.assign(block, centres, sums, state.scaleExponent);
      }
      int[] assign = assigner.assignment();
      double[] dist = assigner.distances();

      double[] counts = new double[k];
      double sum = 0;
      for (int r = 0; r < n; r++) {
        sum += dist[r];
        counts[assign[r]]++;
      }
      int[] previous = value.rowInts();
      long changed = 0;
      for (int r = 0; r < n; r++) {
        if (previous == null || previous[r] != assign[r]) {
          changed++;
        }
      }
      value.setRowInts(Arrays.copyOf(assign, n));
      objective.reduce(VectorSum.of(new double[] {sum * objectiveScale}, n));
      sizes.reduce(VectorSum.of(counts, n));
      reduceLong(moved, changed);
      if (reseeding()) {
        farthest.reduce(FarthestRows.of(block, dist, k, d));
      }
      if (sums != null) {
        // Every model vertex hears from every block (zeros included), so all k exist.
        for (int j = 0; j < k; j++) {
          api.sendMessage(NodeId.model(j),
              VectorSum.of(Arrays.copyOfRange(sums, j * d, (j + 1) * d), (long) counts[j]));
        }
      }
    };
  }

  @Override
  protected Receiver<VectorSum> modelReceiver(BlockWorkerReceiveApi<NodeId> api) {
    if (last) {
      return null;
    }
    return (vertex, messages) -> {
      VectorSum total = new VectorSum(state.dims);
      for (VectorSum m : messages) {
        total.addAll(m);
      }
      vertex.getValue().setStats(total.toArray(), total.count());
    };
  }

  @Override
  public void masterCompute(BlockMasterApi api, Object stage) {
    double value = objective.getReducedValue(api).get(0);
    double[] sizeValues = sizes.getReducedValue(api).toArray();
    long[] clusterSizes = new long[state.k];
    for (int j = 0; j < state.k; j++) {
      clusterSizes[j] = Math.round(sizeValues[j]);
    }
    state.lastMoved = moved.getReducedValue(api).get();
    state.clusterSizes = clusterSizes;
    state.objectiveHistory.add(value);
    if (last) {
      state.finalObjective = value;
      state.distinctClusters = DistinctClusters.count(clusterSizes);
      DistinctClusters.warning(state.distinctClusters, state.k,
          DistinctClusters.distinctCentroids(state.centroids, state.k, state.dims))
          .ifPresent(w -> state.warn(LOG, w));
      if (Double.isInfinite(value)) {
        state.warn(LOG, (state.distance == DistanceMeasure.COSINE ? "the sum of cosine distances"
            : "inertia (the sum of squared distances)") + " exceeds the largest double (1.8e308) "
            + "and is reported as Infinity; the clusters are still those of the nearest "
            + "centroids. Scale the data down for a finite figure");
      } else if (state.objectiveHistory.stream().anyMatch(v -> Double.isInfinite(v))) {
        state.warn(LOG, "objective_history: the objective of an earlier iteration exceeded the "
            + "largest double (1.8e308) and is reported there as Infinity");
      }
      KMeansOutput.write(api.getConf(), state);
      return;
    }
    state.lastObjective = value;
    RowTable reseeds = new RowTable(state.k, state.dims);
    List<KeyedRows.Entry> far = reseeding() ? farthest.getReducedValue(api).entries() : List.of();
    int next = 0;
    for (int j = 0; j < state.k; j++) {
      if (clusterSizes[j] > 0) {
        continue;
      }
      if (next < far.size() && -far.get(next).priority() == 0) {
        String event = String.format(java.util.Locale.ROOT, "iteration %d: cluster %d was "
            + "empty; kept its centroid: every row sits on a centroid, so no row can re-seed it",
            state.iteration + 1, j);
        state.emptyClusterEvents.add(event);
        LOG.info("kmeans {}", event);
      } else if (next < far.size()) {
        KeyedRows.Entry e = far.get(next++);
        reseeds.set(j, e.row());
        String event = String.format(java.util.Locale.ROOT,
            "iteration %d: cluster %d was empty; re-seeded at the row farthest from its "
                + "centroid (squared distance %.6g)", state.iteration + 1, j, -e.priority());
        state.emptyClusterEvents.add(event);
        LOG.info("kmeans {}", event);
      } else {
        String event = String.format(java.util.Locale.ROOT,
            "iteration %d: cluster %d was empty; kept its centroid", state.iteration + 1, j);
        state.emptyClusterEvents.add(event);
        LOG.info("kmeans {}", event);
      }
    }
    state.reseedHandle = api.broadcast(reseeds);
    // UpdatePiece needs the current centroids too, and broadcasts last one superstep.
    state.publishCentroids(api, state.centroids);
  }
}
