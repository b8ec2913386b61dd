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
 * Data vertices predict their rows with the broadcast model. Rows the model cannot predict
 * (features beyond the model's dimension in sparse input; whatever the model's
 * {@link org.giraphml.api.RowRule} refuses, such as rows of zeros under cosine distance) are
 * not predicted but counted, and the master fails the job naming the first of them as
 * {@code file:line}, as training does for the same rows.
 */
final class PredictPiece extends BipartitePiece<NoMessage> {
  private final PredictState state;
  private ReducerHandle<LongWritable, LongWritable> rows;
  private final RowProblems tooWide = new RowProblems();
  private ReducerHandle<LongWritable, LongWritable> widest;
  private final RowProblems refused = new RowProblems();

  PredictPiece(PredictState state) {
    this.state = state;
  }

  @Override
  public void registerReducers(CreateReducersApi api, Object stage) {
    rows = api.createGlobalReducer(SumReduce.LONG);
    tooWide.register(api);
    refused.register(api);
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
    var rule = model.rowRule();
    return vertex -> {
      DataBlock block = vertex.getValue().block();
      reduceLong(rows, block.rows());
      if (block.isSparse() && block.maxColumnPlusOne() > dims) {
        tooWide.check(block, r -> block.rowStart()[r + 1] > block.rowStart()[r]
            && block.columns()[block.rowStart()[r + 1] - 1] >= dims);
        reduceLong(widest, block.maxColumnPlusOne());
        return;
      }
      if (rule.isPresent() && refused.check(block, r -> rule.get().test().rejects(block, r))) {
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
    if (state.refusedRows != null) {
      refused.failIfAny(api, state.refusedRows, state.refusedRemedy);
    }
    var summary = JobOutput.object();
    summary.put("command", "predict");
    summary.put("model", PredictSettings.MODEL.get(api.getConf()));
    summary.put("model_algorithm", state.algorithm);
    summary.put("rows", rows.getReducedValue(api).get());
    summary.put("seconds", (System.nanoTime() - state.startNanos) / 1e9);
    JobOutput.writeJson(api.getConf(), "summary.json", summary);
  }
}
