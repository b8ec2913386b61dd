package org.giraphml.predict;

import com.fasterxml.jackson.core.JsonProcessingException;
import org.apache.giraph.block_app.framework.api.BlockMasterApi;
import org.apache.giraph.types.NoMessage;
import org.giraphml.api.BipartitePiece;
import org.giraphml.api.JobOutput;
import org.giraphml.api.MlModel;
import org.giraphml.api.Models;
import org.giraphml.api.Shared;

/**
 * The master reads {@code --model} and shares it with every vertex as its JSON text: a model
 * type may hold what Kryo cannot ship (a row rule is a lambda), while its JSON is a plain
 * string that every engine ships and checkpoints. Also starts the run's clock.
 */
final class ShareModelPiece extends BipartitePiece<NoMessage> {
  private final Shared<String> modelJson;
  private final Stopwatch clock;

  ShareModelPiece(Shared<String> modelJson, Stopwatch clock) {
    this.modelJson = modelJson;
    this.clock = clock;
  }

  @Override
  public void masterCompute(BlockMasterApi api, Object stage) {
    clock.start();
    modelJson.set(Predict.load(api.getConf()).toJson().toString());
  }

  /** The model shared by this piece, as the pieces after it read it. */
  static MlModel read(Shared<String> modelJson) {
    try {
      return Models.fromJson(JobOutput.json().readTree(modelJson.get()), "the shared model");
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("The shared model is not JSON", e);
    }
  }
}
