package org.giraphml.algorithms.regression;

import org.apache.giraph.block_app.framework.api.BlockMasterApi;
import org.apache.giraph.types.NoMessage;
import org.giraphml.api.BipartitePiece;
import org.giraphml.api.SavedModel;
import org.giraphml.api.Shared;
import org.giraphml.io.JobFailure;

/**
 * A warm start's first step ({@code --init-model}): the master reads the saved model, checks
 * it against the data (again: sparse input learns its number of features only from
 * {@link DescribePiece}) and sets the solver's starting point ({@link WarmStart#solverPoint}),
 * which {@link ConnectPiece} puts into the weight shards it creates. Vertices do nothing.
 */
final class InitialPointPiece extends BipartitePiece<NoMessage> {
  private final GlmSettings settings;
  private final Shared<DataShape> shape;
  private final Shared<FeatureMoments> moments;
  private final Shared<double[]> start;

  InitialPointPiece(GlmSettings settings, Shared<DataShape> shape,
      Shared<FeatureMoments> moments, Shared<double[]> start) {
    this.settings = settings;
    this.shape = shape;
    this.moments = moments;
    this.start = start;
  }

  @Override
  public void masterCompute(BlockMasterApi api, Object stage) {
    String location = settings.initModel().orElseThrow();
    SavedModel saved = SavedModel.load(api.getConf(), location);
    DataShape data = shape.get();
    WarmStart.mismatch(saved, settings.algorithm(), data.dims(), String.valueOf(data.dims()),
        settings.standardize(), settings.fitIntercept()).ifPresent(problem -> {
          throw new JobFailure("--init-model " + saved.location() + ": " + problem);
        });
    start.set(WarmStart.solverPoint((GlmModel) saved.model(), moments.get(), data,
        settings.fitIntercept()));
  }
}
