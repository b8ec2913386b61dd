package org.giraphml.algorithms.kmeans;

import org.apache.giraph.block_app.framework.api.BlockMasterApi;
import org.apache.giraph.block_app.framework.api.BlockWorkerSendApi;
import org.apache.giraph.block_app.framework.api.CreateReducersApi;
import org.apache.giraph.block_app.framework.piece.global_comm.ReducerHandle;
import org.apache.giraph.types.NoMessage;
import org.apache.hadoop.io.NullWritable;
import org.giraphml.api.BipartitePiece;
import org.giraphml.graph.NodeId;
import org.giraphml.graph.NodeValue;
import org.giraphml.reduce.VectorSum;
import org.giraphml.reduce.VectorSumReduce;

/**
 * k-means|| cost step: rows fold the candidates chosen in the last round into their nearest
 * distance D, and the master learns the total cost {@code sum D^2} that scales the next
 * round's sampling. The cost is {@code Infinity} only if some row's own D^2 overflowed.
 */
final class ParallelCostPiece extends BipartitePiece<NoMessage> {
  private final KMeansState state;
  private ReducerHandle<VectorSum, VectorSum> cost;

  ParallelCostPiece(KMeansState state) {
    this.state = state;
  }

  @Override
  public void registerReducers(CreateReducersApi api, Object stage) {
    cost = api.createGlobalReducer(new VectorSumReduce(1));
  }

  @Override
  protected Sender dataSender(BlockWorkerSendApi<NodeId, NodeValue, NullWritable, NoMessage> api) {
    Assigner assigner = new Assigner();
    return vertex -> {
      NodeValue value = vertex.getValue();
      double[] min = SeedingRows.update(value, broadcast(state.newCentresHandle, api),
          assigner);
      // In units of 2^(2 scaleExponent), so the total cannot overflow (see KMeansState).
      double sum = 0;
      for (int r = 0; r < value.block().rows(); r++) {
        sum += Math.scalb(min[r], -2 * state.scaleExponent);
      }
      cost.reduce(VectorSum.of(new double[] {sum}, value.block().rows()));
    };
  }

  @Override
  public void masterCompute(BlockMasterApi api, Object stage) {
    state.cost = cost.getReducedValue(api).get(0);
  }
}
