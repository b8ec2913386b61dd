package org.giraphml.algorithms.regression;

import org.apache.giraph.block_app.framework.api.BlockMasterApi;
import org.apache.giraph.block_app.framework.api.BlockWorkerSendApi;
import org.apache.giraph.block_app.framework.api.CreateReducersApi;
import org.apache.giraph.block_app.framework.piece.global_comm.ReducerHandle;
import org.apache.giraph.types.NoMessage;
import org.apache.hadoop.io.NullWritable;
import org.giraphml.api.BipartitePiece;
import org.giraphml.graph.DataBlock;
import org.giraphml.graph.NodeId;
import org.giraphml.graph.NodeValue;
import org.giraphml.io.InputPlan;

/**
 * Logistic regression's label check, before any training: blocks reduce the distinct label
 * values ({@link LabelSet}) and the master fails the job through {@link BinaryLabels#check}
 * unless they are two classes spelled 0 and 1, or -1 and 1.
 */
final class BinaryLabelsPiece extends BipartitePiece<NoMessage> {
  private ReducerHandle<LabelSet, LabelSet> labels;

  @Override
  public void registerReducers(CreateReducersApi api, Object stage) {
    labels = api.createGlobalReducer(new LabelSet.Reduce());
  }

  @Override
  protected Sender dataSender(BlockWorkerSendApi<NodeId, NodeValue, NullWritable, NoMessage> api) {
    return vertex -> {
      DataBlock block = vertex.getValue().block();
      LabelSet local = new LabelSet();
      for (int r = 0; r < block.rows(); r++) {
        local.add(block.labels()[r], 1, block.rowKeys()[r]);
      }
      labels.reduce(local);
    };
  }

  @Override
  public void masterCompute(BlockMasterApi api, Object stage) {
    LabelSet found = labels.getReducedValue(api);
    BinaryLabels.check(found, found.rows(), key -> InputPlan.describeRow(api.getConf(), key));
  }
}
