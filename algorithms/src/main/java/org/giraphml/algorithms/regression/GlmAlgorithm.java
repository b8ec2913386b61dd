package org.giraphml.algorithms.regression;

import java.util.ArrayList;
import java.util.List;
import org.apache.giraph.block_app.framework.block.Block;
import org.apache.giraph.block_app.framework.block.RepeatUntilBlock;
import org.apache.giraph.block_app.framework.block.SequenceBlock;
import org.apache.giraph.conf.GiraphConfiguration;
import org.apache.giraph.function.Supplier;
import org.apache.hadoop.conf.Configuration;
import org.giraphml.api.MlAlgorithm;
import org.giraphml.api.PredictionColumn;
import org.giraphml.conf.ConfOption;
import org.giraphml.conf.OptionsDoc;
import org.giraphml.graph.NodeValue;
import org.giraphml.io.JobFailure;
import org.giraphml.io.Schema;

/**
 * What linear and logistic regression share: the options, the block of pieces for each solver
 * and the predictions. The L-BFGS block is
 * {@code describe, moments, connect, repeat(send weights, gradient, shard stats), collect,
 * metrics}; the normal-equation block is {@code describe, moments, gram, solve, metrics}.
 */
abstract class GlmAlgorithm extends MlAlgorithm {
  abstract Loss loss();

  /** Whether this run uses the normal equations. */
  abstract boolean normalSolver(Configuration conf);

  @Override
  public List<ConfOption<?>> options() {
    List<ConfOption<?>> all = new ArrayList<>();
    for (ConfOption<?> o : OptionsDoc.declaredIn(RegressionSettings.class)) {
      if (o != RegressionSettings.SOLVER) {
        all.add(o);
      }
    }
    return all;
  }

  @Override
  public void checkInput(Configuration conf, Schema schema) {
    if (!schema.hasLabel()) {
      throw new JobFailure(name() + " needs a label for each row: give --label-column N for "
          + "CSV input, --label-column NAME for Parquet (LIBSVM rows carry theirs)");
    }
  }

  /** Features the input has, where the driver knows it (dense rows), or -1. */
  static int knownFeatures(Configuration conf) {
    String schema = conf.get(Schema.CONF_KEY);
    if (schema == null) {
      return -1;
    }
    Schema s = Schema.decode(schema);
    return s.featureCountKnown() ? s.featureCount() : Integer.MAX_VALUE;
  }

  @Override
  public PredictionColumn predictions(Configuration conf) {
    String column = loss() == Loss.LOGISTIC ? "probability" : "prediction";
    return new PredictionColumn() {
      @Override
      public String name() {
        return column;
      }

      @Override
      public String format(NodeValue value, int row) {
        return Double.toString(value.rowDoubles()[row]);
      }
    };
  }

  @Override
  public Block createBlock(GiraphConfiguration conf) {
    boolean normal = normalSolver(conf);
    GlmState state = GlmState.fromConf(conf, name(), loss(), normal);
    if (normal) {
      return new SequenceBlock(new DescribePiece(state), new MomentsPiece(state),
          new GramPiece(state), new SolvePiece(state), new MetricsPiece(state));
    }
    return new SequenceBlock(new DescribePiece(state), new MomentsPiece(state),
        new ConnectPiece(state),
        RepeatUntilBlock.unlimited(new SequenceBlock(new SendWeightsPiece(state),
            new GradientPiece(state), new ShardStatsPiece(state)), new Stopped(state)),
        new CollectWeightsPiece(state), new MetricsPiece(state));
  }

  /** Ends the L-BFGS loop once the master has a stop reason. */
  static final class Stopped implements Supplier<Boolean> {
    private static final long serialVersionUID = 1L;
    private final GlmState state;

    Stopped(GlmState state) {
      this.state = state;
    }

    @Override
    public Boolean get() {
      return state.stopReason != null;
    }
  }
}
