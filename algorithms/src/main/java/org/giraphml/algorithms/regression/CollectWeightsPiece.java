package org.giraphml.algorithms.regression;

import org.apache.giraph.block_app.framework.api.BlockMasterApi;
import org.apache.giraph.block_app.framework.api.BlockWorkerSendApi;
import org.apache.giraph.block_app.framework.api.CreateReducersApi;
import org.apache.giraph.block_app.framework.piece.global_comm.ReducerHandle;
import org.apache.giraph.types.NoMessage;
import org.apache.hadoop.io.NullWritable;
import org.giraphml.api.BipartitePiece;
import org.giraphml.graph.NodeId;
import org.giraphml.graph.NodeValue;
import org.giraphml.reduce.RowTable;
import org.giraphml.reduce.RowTableReduce;

/**
 * After L-BFGS stops: shards settle on the final point and hand their slices, back on the
 * features' original scale, to the master, which assembles the model and broadcasts it for
 * {@link MetricsPiece}.
 */
final class CollectWeightsPiece extends BipartitePiece<NoMessage> {
  private final GlmState state;
  private ReducerHandle<RowTable, RowTable> slices;

  CollectWeightsPiece(GlmState state) {
    this.state = state;
  }

  @Override
  public void registerReducers(CreateReducersApi api, Object stage) {
    slices = api.createGlobalReducer(new RowTableReduce(state.featureShards() + 1,
        state.shardFeatures));
  }

  @Override
  protected Sender modelSender(BlockWorkerSendApi<NodeId, NodeValue, NullWritable, NoMessage> api) {
    int rows = state.featureShards() + 1;
    return vertex -> {
      double[][] v = vertex.getValue().vectors();
      ShardUpdate.apply(broadcast(state.stepHandle, api), v, state.l1 > 0);
      double[] w = v[ShardSlots.W];
      double[] scale = v[ShardSlots.SCALE];
      double[] row = new double[state.shardFeatures];
      for (int j = 0; j < w.length; j++) {
        row[j] = scale[j] > 0 ? w[j] / scale[j] : 0;
      }
      slices.reduce(RowTable.single(rows, (int) vertex.getId().index(), row));
    };
  }

  @Override
  public void masterCompute(BlockMasterApi api, Object stage) {
    RowTable t = slices.getReducedValue(api);
    int d = state.dims;
    double[] w = new double[d];
    for (int s = 0; s < state.featureShards(); s++) {
      if (t.rows() > 0 && t.isFilled(s)) {
        System.arraycopy(t.values(), s * state.shardFeatures, w, s * state.shardFeatures,
            state.shardLength(s));
      }
    }
    // The shards solved for labels scaled by 2^-labelExponent: scale back (exact).
    for (int j = 0; j < d; j++) {
      w[j] = Math.scalb(w[j], state.labelExponent);
    }
    state.weights = w;
    state.intercept = state.fitIntercept && t.rows() > 0 && t.isFilled(state.interceptShard())
        ? Math.scalb(t.values()[state.interceptShard() * state.shardFeatures],
            state.labelExponent) : 0;
    if (state.centred()) {
      for (int j = 0; j < d; j++) {
        state.intercept -= state.mean[j] * w[j];
      }
    }
    MetricsPiece.publishModel(state, api);
  }
}
