package org.giraphml.algorithms.regression;

import java.util.Arrays;
import org.apache.giraph.block_app.framework.api.BlockMasterApi;
import org.apache.giraph.block_app.framework.api.BlockWorkerReceiveApi;
import org.apache.giraph.block_app.framework.api.BlockWorkerSendApi;
import org.apache.giraph.edge.EdgeFactory;
import org.apache.hadoop.io.NullWritable;
import org.giraphml.api.BipartitePiece;
import org.giraphml.graph.DataBlock;
import org.giraphml.graph.NodeId;
import org.giraphml.graph.NodeValue;
import org.giraphml.reduce.RowTable;

/**
 * Builds the bipartite graph's edges: each data block introduces itself to the weight shards
 * whose features it has (all of them for dense rows, only the touched ones for sparse rows, and
 * the intercept's shard), which creates the shards, and each shard keeps an edge to every block
 * that will need its weights. The shards set up their state: zero weights, the features'
 * scales, which coordinates are penalised.
 */
final class ConnectPiece extends BipartitePiece<NodeId> {
  private final GlmState state;

  ConnectPiece(GlmState state) {
    this.state = state;
  }

  @Override
  protected Class<NodeId> getMessageClass() {
    return NodeId.class;
  }

  @Override
  protected Sender dataSender(BlockWorkerSendApi<NodeId, NodeValue, NullWritable, NodeId> api) {
    int shards = state.featureShards();
    int size = state.shardFeatures;
    return vertex -> {
      DataBlock block = vertex.getValue().block();
      if (state.centred()) {
        // The feature means, kept by the block for GradientPiece (one shared array per worker).
        double[] means = new double[state.dims];
        System.arraycopy(broadcast(state.scalesHandle, api).values(), state.dims, means, 0,
            state.dims);
        vertex.getValue().setStats(means, 0);
      }
      boolean[] touched = new boolean[shards];
      if (block.isSparse()) {
        for (int c : block.columns()) {
          touched[c / size] = true;
        }
      } else {
        Arrays.fill(touched, true);
      }
      for (int s = 0; s < shards; s++) {
        if (touched[s]) {
          api.sendMessage(NodeId.model(s), vertex.getId());
        }
      }
      if (state.fitIntercept) {
        api.sendMessage(NodeId.model(state.interceptShard()), vertex.getId());
      }
    };
  }

  @Override
  public void masterCompute(BlockMasterApi api, Object stage) {
    // The shards read the scales while receiving, a superstep after they were broadcast.
    state.scalesHandle = api.broadcast(state.scalesAndMeans());
    Step start = new Step();
    start.kind = Step.Kind.START;
    state.pending = start;
    state.stepHandle = api.broadcast(start);
  }

  @Override
  protected Receiver<NodeId> modelReceiver(BlockWorkerReceiveApi<NodeId> api) {
    return (vertex, messages) -> {
      for (NodeId from : messages) {
        vertex.addEdge(EdgeFactory.create(NodeId.data(from.index())));
      }
      int s = (int) vertex.getId().index();
      int length = state.shardLength(s);
      double[][] slots = ShardSlots.create(length, state.history);
      if (s == state.interceptShard()) {
        slots[ShardSlots.SCALE][0] = 1;
      } else {
        double[] scales = state.scalesHandle.getBroadcast(api).values(); // row 0: scales
        System.arraycopy(scales, s * state.shardFeatures, slots[ShardSlots.SCALE], 0, length);
        for (int j = 0; j < length; j++) {
          slots[ShardSlots.PENALISED][j] = slots[ShardSlots.SCALE][j] > 0 ? 1 : 0;
        }
      }
      vertex.getValue().setVectors(slots);
    };
  }
}
