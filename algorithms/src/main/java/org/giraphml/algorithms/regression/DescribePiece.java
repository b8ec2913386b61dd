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
import org.giraphml.graph.DataBlock;
import org.giraphml.graph.NodeId;
import org.giraphml.graph.NodeValue;
import org.giraphml.io.InputPlan;
import org.giraphml.io.JobFailure;

/**
 * First step: rows, dimension, the largest label and feature magnitudes (which decide whether
 * sums need scaling), and for logistic regression the set of distinct labels, which
 * {@link BinaryLabels} checks before any training.
 */
final class DescribePiece extends BipartitePiece<NoMessage> {
  private static final Logger LOG = LogManager.getLogger(DescribePiece.class);

  private final GlmState state;
  private final DataCensus census = new DataCensus();
  private ReducerHandle<LabelSet, LabelSet> labelSet;
  private ReducerHandle<DoubleWritable, DoubleWritable> maxLabel;
  private ReducerHandle<FeatureMagnitudes, FeatureMagnitudes> featureMax;

  DescribePiece(GlmState state) {
    this.state = state;
  }

  @Override
  public void registerReducers(CreateReducersApi api, Object stage) {
    state.startNanos = System.nanoTime();
    census.register(api);
    if (state.loss == Loss.LOGISTIC) {
      labelSet = api.createGlobalReducer(new LabelSet.Reduce());
    }
    maxLabel = api.createGlobalReducer(MaxReduce.DOUBLE);
    featureMax = api.createGlobalReducer(new FeatureMagnitudes.Reduce());
  }

  @Override
  protected Sender dataSender(BlockWorkerSendApi<NodeId, NodeValue, NullWritable, NoMessage> api) {
    boolean binary = state.loss == Loss.LOGISTIC;
    return vertex -> {
      DataBlock block = vertex.getValue().block();
      census.add(block);
      double max = 0;
      for (int r = 0; r < block.rows(); r++) {
        max = Math.max(max, Math.abs(block.labels()[r]));
      }
      maxLabel.reduce(new DoubleWritable(max));
      featureMax.reduce(FeatureMagnitudes.of(block));
      if (binary) {
        LabelSet local = new LabelSet();
        for (int r = 0; r < block.rows(); r++) {
          local.add(block.labels()[r], 1, block.rowKeys()[r]);
        }
        labelSet.reduce(local);
      }
    };
  }

  @Override
  public void masterCompute(BlockMasterApi api, Object stage) {
    census.read(api);
    if (state.loss == Loss.LOGISTIC) {
      BinaryLabels.check(labelSet.getReducedValue(api), census.rows(),
          key -> InputPlan.describeRow(api.getConf(), key));
    }
    state.rows = census.rows();
    state.blocks = census.blocks();
    state.dims = census.dimensions();
    state.sparse = census.sparse();
    state.labelExponent = GlmState.exponentFor(maxLabel.getReducedValue(api).get());
    state.featureExponents = featureMax.getReducedValue(api).exponents(state.dims);
    if (state.normalSolver && state.dims > RegressionSettings.NORMAL_MAX_FEATURES) {
      throw new JobFailure("The normal solver takes at most "
          + RegressionSettings.NORMAL_MAX_FEATURES + " features, the data has " + state.dims
          + "; use --solver lbfgs");
    }
    LOG.info("{}: {} rows, {} features ({}), solver {}", state.algorithm, state.rows,
        state.dims, state.sparse ? "sparse" : "dense", state.normalSolver ? "normal" : "lbfgs");
  }

  /** The 0/1 class of a label that passed the check above. */
  static double binary(double label) {
    return label > 0 ? 1 : 0;
  }
}
