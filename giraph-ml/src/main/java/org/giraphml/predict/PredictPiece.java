package org.giraphml.predict;

import org.apache.giraph.block_app.framework.api.BlockMasterApi;
import org.apache.giraph.block_app.framework.api.BlockWorkerSendApi;
import org.apache.giraph.block_app.framework.api.CreateReducersApi;
import org.apache.giraph.block_app.framework.piece.global_comm.ReducerHandle;
import org.apache.giraph.reducers.impl.MaxReduce;
import org.apache.giraph.reducers.impl.SumReduce;
import org.apache.giraph.types.NoMessage;
import org.apache.hadoop.io.LongWritable;
import org.apache.hadoop.io.NullWritable;
import org.giraphml.api.BipartitePiece;
import org.giraphml.api.JobOutput;
import org.giraphml.api.MlModel;
import org.giraphml.api.ResultSink;
import org.giraphml.api.RowProblems;
import org.giraphml.api.RowRule;
import org.giraphml.api.Shared;
import org.giraphml.api.TrainingSummary;
import org.giraphml.graph.DataBlock;
import org.giraphml.graph.NodeId;
import org.giraphml.graph.NodeValue;

/**
 * Data vertices predict their rows with the shared model; the master then hands over the
 * summary. Rows the model cannot predict (features beyond the model's dimension in sparse
 * input; whatever the model's {@link RowRule} refuses, such as rows of zeros under cosine
 * distance) are not predicted but counted, and the master fails the job naming the first of
 * them as {@code file:line}, as training does for the same rows.
 */
final class PredictPiece extends BipartitePiece<NoMessage> {
  private final Shared<String> modelJson;
  private final Stopwatch clock;
  private final ResultSink result;
  private ReducerHandle<LongWritable, LongWritable> rows;
  private final RowProblems tooWide = new RowProblems();
  private ReducerHandle<LongWritable, LongWritable> widest;
  private final RowProblems refused = new RowProblems();

  PredictPiece(Shared<String> modelJson, Stopwatch clock, ResultSink result) {
    this.modelJson = modelJson;
    this.clock = clock;
    this.result = result;
  }

  @Override
  public void registerReducers(CreateReducersApi api, Object stage) {
    rows = api.createGlobalReducer(SumReduce.LONG);
    tooWide.register(api);
    refused.register(api);
    widest = api.createGlobalReducer(MaxReduce.LONG);
  }

  @Override
  protected Sender dataSender(BlockWorkerSendApi<NodeId, NodeValue, NullWritable, NoMessage> api) {
    MlModel model = model();
    var rule = model.rowRule();
    return vertex -> {
      DataBlock block = vertex.getValue().block();
      reduceLong(rows, block.rows());
      if (Predictable.tooWide(model, block)) {
        tooWide.check(block, r -> block.rowStart()[r + 1] > block.rowStart()[r]
            && block.columns()[block.rowStart()[r + 1] - 1] >= model.dimensions());
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
    MlModel model = model();
    tooWide.failIfAny(api, "have feature indices beyond the model's " + model.dimensions()
        + " features (up to " + widest.getReducedValue(api).get() + ")", "");
    model.rowRule().ifPresent(rule -> refused.failIfAny(api, rule.what(), rule.remedy()));
    var details = JobOutput.object();
    details.put("model", PredictSettings.MODEL.get(api.getConf()));
    details.put("model_algorithm", model.algorithm());
    result.saveSummary(api, TrainingSummary.builder(Predict.NAME)
        .rows(rows.getReducedValue(api).get())
        .details(details)
        .trainSeconds(clock.seconds())
        .build());
  }

  private MlModel model() {
    return ShareModelPiece.read(modelJson);
  }
}
