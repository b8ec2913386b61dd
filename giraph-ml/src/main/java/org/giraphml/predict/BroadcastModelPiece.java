package org.giraphml.predict;

import org.apache.giraph.block_app.framework.api.BlockMasterApi;
import org.apache.giraph.types.NoMessage;
import org.apache.hadoop.io.Text;
import org.giraphml.api.BipartitePiece;
import org.giraphml.api.MlModel;

/** The master reads the model and broadcasts it (as its JSON) to every worker. */
final class BroadcastModelPiece extends BipartitePiece<NoMessage> {
  private final PredictState state;

  BroadcastModelPiece(PredictState state) {
    this.state = state;
  }

  @Override
  public void masterCompute(BlockMasterApi api, Object stage) {
    state.startNanos = System.nanoTime();
    MlModel model = Predict.load(api.getConf());
    state.algorithm = model.algorithm();
    state.dimensions = model.dimensions();
    model.rowRule().ifPresent(rule -> {
      state.refusedRows = rule.what();
      state.refusedRemedy = rule.remedy();
    });
    state.model = api.broadcast(new Text(model.toJson().toString()));
  }
}
