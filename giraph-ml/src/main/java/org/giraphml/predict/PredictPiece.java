package org.giraphml.predict;

import com.fasterxml.jackson.core.JsonProcessingException;
import org.apache.giraph.block_app.framework.api.BlockMasterApi;
import org.apache.giraph.block_app.framework.api.BlockWorkerSendApi;
import org.apache.giraph.block_app.framework.api.CreateReducersApi;
import org.apache.giraph.block_app.framework.piece.global_comm.ReducerHandle;
import org.apache.giraph.reducers.impl.SumReduce;
import org.apache.giraph.types.NoMessage;
import org.apache.hadoop.io.LongWritable;
import org.apache.hadoop.io.NullWritable;
import org.giraphml.api.BipartitePiece;
import org.giraphml.api.JobOutput;
import org.giraphml.api.MlModel;
import org.giraphml.api.Models;
import org.giraphml.api.RowProblems;
import org.giraphml.graph.DataBlock;
import org.giraphml.graph.NodeId;
import org.giraphml.graph.NodeValue;

/**
 * Data vertices predict their rows with the broadcast model. Rows whose features lie beyond
 * the model's dimension (sparse input) are not predicted but counted, and the master fails the
 * job naming the first of them.
 */
final class PredictPiece extends BipartitePiece<NoMessage> {
  private final PredictState state;
  private ReducerHandle<LongWritable, LongWritable> rows;
  private final RowProblems tooWide = new RowProblems();
  private ReducerHandle<LongWritable, LongWritable> widest;

  PredictPiece(PredictState state) {
    this.state = state;
  }

  @Override
  public void registerReducers(CreateReducersApi api, Object stage) {
    rows = api.createGlobalReducer(SumReduce.LONG);
    tooWide.register(api);
    widest = api.createGlobalReducer(org.apache.giraph.reducers.impl.MaxReduce.LONG);
  }

  @Override
  protected Sender dataSender(BlockWorkerSendApi<NodeId, NodeValue, NullWritable, NoMessage> api) {
    MlModel model;
    try {
      model = Models.fromJson(JobOutput.json().readTree(
          broadcast(state.model, api).toString()), "the broadcast model");
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Broadcast model is not JSON", e);
    }
    int dims = model.dimensions();
    return vertex -> {
      DataBlock block = vertex.getValue().block();
      reduceLong(rows, block.rows());
      if (block.isSparse() && block.maxColumnPlusOne() > dims) {
        long bad = 0;
        long first = Long.MAX_VALUE;
        for (int r = 0; r < block.rows(); r++) {
          int end = block.rowStart()[r + 1];
          if (end > block.rowStart()[r] && block.columns()[end - 1] >= dims) {
            bad++;
            first = Math.min(first, block.rowKeys()[r]);
          }
        }
        tooWide.add(bad, first);
        reduceLong(widest, block.maxColumnPlusOne());
        return;
      }
      double[] out = new double[block.rows()];
      model.predict(block, out);
      vertex.getValue().setRowDoubles(out);
    };
  }

  @Override
  public void masterCompute(BlockMasterApi api, Object stage) {
    tooWide.failIfAny(api, "have feature indices beyond the model's " + state.dimensions
        + " features (up to " + widest.getReducedValue(api).get() + ")", "");
    var summary = JobOutput.object();
    summary.put("command", "predict");
    summary.put("model", PredictSettings.MODEL.get(api.getConf()));
    summary.put("model_algorithm", state.algorithm);
    summary.put("rows", rows.getReducedValue(api).get());
    summary.put("seconds", (System.nanoTime() - state.startNanos) / 1e9);
    JobOutput.writeJson(api.getConf(), "summary.json", summary);
  }
}
