package org.giraphml.algorithms.regression;

import org.apache.giraph.block_app.framework.api.BlockMasterApi;
import org.apache.giraph.block_app.framework.api.BlockWorkerReceiveApi;
import org.apache.giraph.block_app.framework.api.BlockWorkerSendApi;
import org.apache.giraph.block_app.framework.api.CreateReducersApi;
import org.apache.giraph.block_app.framework.piece.global_comm.ReducerHandle;
import org.apache.giraph.reducers.impl.SumReduce;
import org.apache.hadoop.io.LongWritable;
import org.apache.hadoop.io.NullWritable;
import org.giraphml.api.BipartitePiece;
import org.giraphml.graph.NodeId;
import org.giraphml.graph.NodeValue;
import org.giraphml.reduce.IndexedVector;

/**
 * Each weight shard carries out the master's {@link Step} on its slice (accept the last point
 * and form the new direction from the correction pairs, or shorten the step), then sends the
 * resulting trial weights, divided by the feature scales, along its edges to the data blocks
 * that need them. Blocks assemble the slices into one weight vector for {@link GradientPiece}.
 */
final class SendWeightsPiece extends BipartitePiece<IndexedVector> {
  private final GlmState state;
  private ReducerHandle<LongWritable, LongWritable> messages;
  private ReducerHandle<LongWritable, LongWritable> bytes;

  SendWeightsPiece(GlmState state) {
    this.state = state;
  }

  @Override
  public void registerReducers(CreateReducersApi api, Object stage) {
    messages = api.createGlobalReducer(SumReduce.LONG);
    bytes = api.createGlobalReducer(SumReduce.LONG);
  }

  @Override
  public void masterCompute(BlockMasterApi api, Object stage) {
    state.weightMessages = messages.getReducedValue(api).get();
    state.weightBytes = bytes.getReducedValue(api).get();
  }

  @Override
  protected Class<IndexedVector> getMessageClass() {
    return IndexedVector.class;
  }

  @Override
  protected Sender modelSender(
      BlockWorkerSendApi<NodeId, NodeValue, NullWritable, IndexedVector> api) {
    return vertex -> {
      double[][] v = vertex.getValue().vectors();
      ShardUpdate.apply(broadcast(state.stepHandle, api), v, state.l1 > 0);
      double[] w = v[ShardSlots.W];
      double[] scale = v[ShardSlots.SCALE];
      double[] effective = new double[w.length];
      for (int j = 0; j < w.length; j++) {
        effective[j] = scale[j] > 0 ? w[j] / scale[j] : 0;
      }
      api.sendMessageToAllEdges(vertex,
          new IndexedVector((int) vertex.getId().index(), effective));
      int edges = vertex.getNumEdges();
      reduceLong(messages, edges);
      reduceLong(bytes, (long) edges * (Integer.BYTES * 2 + Double.BYTES * effective.length));
    };
  }

  @Override
  protected Receiver<IndexedVector> dataReceiver(BlockWorkerReceiveApi<NodeId> api) {
    int d = state.dims;
    int size = state.shardFeatures;
    int interceptShard = state.interceptShard();
    return (vertex, messages) -> {
      double[] w = new double[d + 1];
      for (IndexedVector slice : messages) {
        if (slice.index() == interceptShard) {
          w[d] = slice.values()[0];
        } else {
          System.arraycopy(slice.values(), 0, w, slice.index() * size, slice.values().length);
        }
      }
      vertex.getValue().setParams(w);
    };
  }
}
