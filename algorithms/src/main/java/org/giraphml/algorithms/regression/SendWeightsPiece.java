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
import org.giraphml.api.Shared;
import org.giraphml.graph.NodeId;
import org.giraphml.graph.NodeValue;
import org.giraphml.reduce.IndexedVector;

/**
 * Each weight shard carries out the master's {@link Step} on its slice (accept the last point
 * and form the new direction from the correction pairs, or shorten the step), then sends the
 * resulting trial weights, divided by the feature scales, along its edges to the data blocks
 * that need them. Blocks assemble the slices into one weight vector for {@link GradientPiece}
 * (one per class, K x (d + 1) class-major, for {@link SoftmaxGradientPiece}).
 */
final class SendWeightsPiece extends BipartitePiece<IndexedVector> {
  private final GlmSettings settings;
  private final Shared<DataShape> shape;
  private final Shared<Step> step;
  private final Evaluation evaluation;
  private ReducerHandle<LongWritable, LongWritable> messages;
  private ReducerHandle<LongWritable, LongWritable> bytes;

  SendWeightsPiece(GlmSettings settings, Shared<DataShape> shape, Shared<Step> step,
      Evaluation evaluation) {
    this.settings = settings;
    this.shape = shape;
    this.step = step;
    this.evaluation = evaluation;
  }

  @Override
  public void registerReducers(CreateReducersApi api, Object stage) {
    messages = api.createGlobalReducer(SumReduce.LONG);
    bytes = api.createGlobalReducer(SumReduce.LONG);
  }

  @Override
  public void masterCompute(BlockMasterApi api, Object stage) {
    evaluation.weightsSent(messages.getReducedValue(api).get(),
        bytes.getReducedValue(api).get());
  }

  @Override
  protected Class<IndexedVector> getMessageClass() {
    return IndexedVector.class;
  }

  @Override
  protected Sender modelSender(
      BlockWorkerSendApi<NodeId, NodeValue, NullWritable, IndexedVector> api) {
    Step next = step.get();
    boolean l1 = settings.l1() > 0;
    return vertex -> {
      WeightShard shard = WeightShard.of(vertex.getValue());
      ShardUpdate.apply(next, shard, l1);
      double[] effective = shard.originalScaleWeights(shard.length());
      api.sendMessageToAllEdges(vertex,
          new IndexedVector((int) vertex.getId().index(), effective));
      int edges = vertex.getNumEdges();
      reduceLong(messages, edges);
      reduceLong(bytes, (long) edges * (Integer.BYTES * 2 + Double.BYTES * effective.length));
    };
  }

  @Override
  protected Receiver<IndexedVector> dataReceiver(BlockWorkerReceiveApi<NodeId> api) {
    DataShape data = shape.get();
    int d = data.dims();
    int size = data.shardFeatures();
    int interceptShard = data.interceptShard();
    return (vertex, messages) -> {
      double[] w = null;
      for (IndexedVector slice : messages) {
        // A shard holds one vector per class (K > 1 in multinomial regression), class-major;
        // the block's weights are K x (d + 1), class-major, each class's intercept last.
        int length = data.shardLength(slice.index());
        int classes = slice.values().length / length;
        if (w == null) {
          w = new double[classes * (d + 1)];
        }
        int at = slice.index() == interceptShard ? d : slice.index() * size;
        for (int c = 0; c < classes; c++) {
          System.arraycopy(slice.values(), c * length, w, c * (d + 1) + at, length);
        }
      }
      TrainingBlock.of(vertex.getValue()).setTrialWeights(w == null ? new double[d + 1] : w);
    };
  }
}
