package org.giraphml.algorithms.regression;

import org.apache.giraph.block_app.framework.api.BlockMasterApi;
import org.apache.giraph.block_app.framework.api.BlockWorkerSendApi;
import org.apache.giraph.block_app.framework.api.CreateReducersApi;
import org.apache.giraph.block_app.framework.piece.global_comm.ReducerHandle;
import org.apache.giraph.reducers.impl.MaxReduce;
import org.apache.giraph.types.NoMessage;
import org.apache.hadoop.io.DoubleWritable;
import org.apache.hadoop.io.NullWritable;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import org.giraphml.api.BipartitePiece;
import org.giraphml.api.DataCensus;
import org.giraphml.api.Shared;
import org.giraphml.conf.EnumOption;
import org.giraphml.graph.DataBlock;
import org.giraphml.graph.NodeId;
import org.giraphml.graph.NodeValue;
import org.giraphml.io.JobFailure;
import org.giraphml.reduce.VectorSum;
import org.giraphml.reduce.VectorSumReduce;

/**
 * First step: rows, blocks, dimension, the largest label and feature magnitudes (which
 * decide whether sums need scaling) and the sample weights' total ({@link SampleWeights}),
 * published as the {@link DataShape}. Starts the clock.
 */
final class DescribePiece extends BipartitePiece<NoMessage> {
  private static final Logger LOG = LogManager.getLogger(DescribePiece.class);

  private final GlmSettings settings;
  private final Shared<DataShape> shape;
  private final IterationHistory history;
  private final DataCensus census = new DataCensus();
  private ReducerHandle<DoubleWritable, DoubleWritable> maxLabel;
  private ReducerHandle<FeatureMagnitudes, FeatureMagnitudes> featureMax;
  private ReducerHandle<VectorSum, VectorSum> weights;

  DescribePiece(GlmSettings settings, Shared<DataShape> shape, IterationHistory history) {
    this.settings = settings;
    this.shape = shape;
    this.history = history;
  }

  @Override
  public void registerReducers(CreateReducersApi api, Object stage) {
    history.start();
    census.register(api);
    maxLabel = api.createGlobalReducer(MaxReduce.DOUBLE);
    featureMax = api.createGlobalReducer(new FeatureMagnitudes.Reduce());
    weights = api.createGlobalReducer(new VectorSumReduce(SampleWeights.WIDTH));
  }

  @Override
  protected Sender dataSender(BlockWorkerSendApi<NodeId, NodeValue, NullWritable, NoMessage> api) {
    return vertex -> {
      DataBlock block = vertex.getValue().block();
      census.add(block);
      double max = 0;
      for (int r = 0; r < block.rows(); r++) {
        max = Math.max(max, Math.abs(block.labels()[r]));
      }
      maxLabel.reduce(new DoubleWritable(max));
      featureMax.reduce(FeatureMagnitudes.of(block));
      weights.reduce(SampleWeights.of(block));
    };
  }

  @Override
  public void masterCompute(BlockMasterApi api, Object stage) {
    census.read(api);
    int dims = census.dimensions();
    if (settings.solver() == Solver.NORMAL && dims > RegressionSettings.NORMAL_MAX_FEATURES) {
      throw new JobFailure("The normal solver takes at most "
          + RegressionSettings.NORMAL_MAX_FEATURES + " features, the data has " + dims
          + "; use --solver lbfgs");
    }
    DataShape data = new DataShape(census.rows(), census.blocks(), dims, census.sparse(),
        settings.shardFeatures(), DataShape.exponentFor(maxLabel.getReducedValue(api).get()),
        featureMax.getReducedValue(api).exponents(dims));
    shape.set(SampleWeights.apply(weights.getReducedValue(api), data, settings.algorithm()));
    LOG.info("{}: {} rows{}, {} features ({}), solver {}", settings.algorithm(), census.rows(),
        shape.get().weighted() ? " (total weight " + shape.get().totalWeight() + ")" : "",
        dims, census.sparse() ? "sparse" : "dense", EnumOption.nameOf(settings.solver()));
  }
}
