package org.giraphml.algorithms.regression;

import org.apache.giraph.block_app.framework.api.BlockMasterApi;
import org.apache.giraph.block_app.framework.api.BlockWorkerSendApi;
import org.apache.giraph.block_app.framework.api.CreateReducersApi;
import org.apache.giraph.block_app.framework.piece.global_comm.ReducerHandle;
import org.apache.giraph.reducers.impl.MaxReduce;
import org.apache.giraph.reducers.impl.MinReduce;
import org.apache.giraph.reducers.impl.SumReduce;
import org.apache.giraph.types.NoMessage;
import org.apache.hadoop.io.LongWritable;
import org.apache.hadoop.io.NullWritable;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import org.giraphml.api.BipartitePiece;
import org.giraphml.api.JobFailure;
import org.giraphml.graph.DataBlock;
import org.giraphml.graph.NodeId;
import org.giraphml.graph.NodeValue;
import org.giraphml.io.InputPlan;

/**
 * First step: rows, dimension and label checks. For logistic regression every label must be
 * 0 or 1 (or -1 for the negative class, as LIBSVM files often write it); the master fails the
 * job naming the first row that is neither.
 */
final class DescribePiece extends BipartitePiece<NoMessage> {
  private static final Logger LOG = LogManager.getLogger(DescribePiece.class);

  private final GlmState state;
  private ReducerHandle<LongWritable, LongWritable> rows;
  private ReducerHandle<LongWritable, LongWritable> blocks;
  private ReducerHandle<LongWritable, LongWritable> dims;
  private ReducerHandle<LongWritable, LongWritable> sparseBlocks;
  private ReducerHandle<LongWritable, LongWritable> badLabels;
  private ReducerHandle<LongWritable, LongWritable> firstBadLabel;

  DescribePiece(GlmState state) {
    this.state = state;
  }

  @Override
  public void registerReducers(CreateReducersApi api, Object stage) {
    state.startNanos = System.nanoTime();
    rows = api.createGlobalReducer(SumReduce.LONG);
    blocks = api.createGlobalReducer(SumReduce.LONG);
    dims = api.createGlobalReducer(MaxReduce.LONG);
    sparseBlocks = api.createGlobalReducer(SumReduce.LONG);
    badLabels = api.createGlobalReducer(SumReduce.LONG);
    firstBadLabel = api.createGlobalReducer(MinReduce.LONG);
  }

  @Override
  protected Sender dataSender(BlockWorkerSendApi<NodeId, NodeValue, NullWritable, NoMessage> api) {
    boolean binary = state.loss == Loss.LOGISTIC;
    return vertex -> {
      DataBlock block = vertex.getValue().block();
      reduceLong(rows, block.rows());
      reduceLong(blocks, 1);
      reduceLong(dims, block.maxColumnPlusOne());
      reduceLong(sparseBlocks, block.isSparse() ? 1 : 0);
      if (binary) {
        long bad = 0;
        long first = Long.MAX_VALUE;
        for (int r = 0; r < block.rows(); r++) {
          double y = block.labels()[r];
          if (y != 0 && y != 1 && y != -1) {
            bad++;
            first = Math.min(first, block.rowKeys()[r]);
          }
        }
        reduceLong(badLabels, bad);
        reduceLong(firstBadLabel, first);
      }
    };
  }

  @Override
  public void masterCompute(BlockMasterApi api, Object stage) {
    long bad = badLabels.getReducedValue(api).get();
    if (bad > 0) {
      throw new JobFailure(bad + " row(s) have a label other than 0 or 1 (or -1) for logistic "
          + "regression; the first is " + InputPlan.describeRow(api.getConf(),
          firstBadLabel.getReducedValue(api).get()));
    }
    state.rows = rows.getReducedValue(api).get();
    state.blocks = blocks.getReducedValue(api).get();
    state.dims = (int) dims.getReducedValue(api).get();
    state.sparse = sparseBlocks.getReducedValue(api).get() > 0;
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
