package org.giraphml.algorithms.regression;

import java.util.Arrays;
import org.apache.giraph.block_app.framework.api.BlockMasterApi;
import org.apache.giraph.block_app.framework.api.BlockWorkerReceiveApi;
import org.apache.giraph.block_app.framework.api.BlockWorkerSendApi;
import org.apache.giraph.edge.EdgeFactory;
import org.apache.hadoop.io.NullWritable;
import org.giraphml.api.BipartitePiece;
import org.giraphml.api.Shared;
import org.giraphml.graph.DataBlock;
import org.giraphml.graph.NodeId;
import org.giraphml.graph.NodeValue;

/**
 * Builds the bipartite graph's edges: each data block introduces itself to the weight shards
 * whose features it has (all of them for dense rows, only the touched ones for sparse rows, and
 * the intercept's shard), which creates the shards, and each shard keeps an edge to every block
 * that will need its weights. Blocks keep the feature means if they centre their rows; the
 * shards set up their state: zero weights (a warm start's point, {@link WarmStart}), the
 * features' scales, which coordinates are penalised. The master then tells the shards to start
 * L-BFGS.
 */
class ConnectPiece extends BipartitePiece<NodeId> {
  private final GlmSettings settings;
  private final Shared<DataShape> shape;
  private final Shared<FeatureMoments> moments;
  private final Shared<Step> step;
  private final Shared<double[]> start;

  /** @param start the warm start's solver point; never set for a cold start (zeros) */
  ConnectPiece(GlmSettings settings, Shared<DataShape> shape, Shared<FeatureMoments> moments,
      Shared<Step> step, Shared<double[]> start) {
    this.settings = settings;
    this.shape = shape;
    this.moments = moments;
    this.step = step;
    this.start = start;
  }

  /**
   * Weight vectors each shard holds for its features (one per class: see
   * {@link SoftmaxConnectPiece}); 1 here. Called on the workers.
   */
  int classes() {
    return 1;
  }

  @Override
  protected Class<NodeId> getMessageClass() {
    return NodeId.class;
  }

  @Override
  protected Sender dataSender(BlockWorkerSendApi<NodeId, NodeValue, NullWritable, NodeId> api) {
    DataShape data = shape.get();
    int shards = data.featureShards();
    int size = data.shardFeatures();
    boolean centred = data.centred(settings.fitIntercept());
    return vertex -> {
      DataBlock block = vertex.getValue().block();
      if (centred) {
        TrainingBlock.of(vertex.getValue()).setFeatureMeans(moments.get().means());
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
      if (settings.fitIntercept()) {
        api.sendMessage(NodeId.model(data.interceptShard()), vertex.getId());
      }
    };
  }

  @Override
  public void masterCompute(BlockMasterApi api, Object stage) {
    step.set(Step.start());
  }

  @Override
  protected Receiver<NodeId> modelReceiver(BlockWorkerReceiveApi<NodeId> api) {
    DataShape data = shape.get();
    return (vertex, messages) -> {
      for (NodeId from : messages) {
        vertex.addEdge(EdgeFactory.create(NodeId.data(from.index())));
      }
      int s = (int) vertex.getId().index();
      int length = data.shardLength(s);
      int classes = classes();
      // One vector per class, class-major: coordinate c * length + j.
      WeightShard shard = WeightShard.create(vertex.getValue(), classes * length,
          settings.history());
      start.find().ifPresent(point -> WarmStart.startShard(point, shard, s, data));
      double[] scales = shard.scales();
      if (s == data.interceptShard()) {
        Arrays.fill(scales, 1);
      } else {
        FeatureMoments m = moments.get();
        for (int c = 0; c < classes; c++) {
          for (int j = 0; j < length; j++) {
            scales[c * length + j] = m.scale(s * data.shardFeatures() + j);
            shard.penalised()[c * length + j] = scales[c * length + j] > 0 ? 1 : 0;
          }
        }
      }
    };
  }
}
