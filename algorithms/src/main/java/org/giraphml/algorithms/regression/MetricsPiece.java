package org.giraphml.algorithms.regression;

import org.apache.giraph.block_app.framework.api.BlockMasterApi;
import org.apache.giraph.block_app.framework.api.BlockWorkerSendApi;
import org.apache.giraph.block_app.framework.api.CreateReducersApi;
import org.apache.giraph.block_app.framework.piece.global_comm.ReducerHandle;
import org.apache.giraph.reducers.impl.MinReduce;
import org.apache.giraph.types.NoMessage;
import org.apache.hadoop.io.DoubleWritable;
import org.apache.hadoop.io.NullWritable;
import org.giraphml.api.BipartitePiece;
import org.giraphml.graph.DataBlock;
import org.giraphml.graph.NodeId;
import org.giraphml.graph.NodeValue;
import org.giraphml.reduce.RowTable;
import org.giraphml.reduce.VectorSum;
import org.giraphml.reduce.VectorSumReduce;

/**
 * Last step: every block predicts its rows with the final model (kept for predictions.csv) and
 * reduces the training metrics; the master writes model.json and summary.json. Regression:
 * squared and absolute errors and the total sum of squares (RMSE, MAE, R^2), in units of
 * {@code 2^labelExponent} (squares: {@code 2^(2 labelExponent)}). Classification:
 * log-loss, accuracy at 0.5, score histograms of each class for the AUC, and the smallest
 * signed margin (the margin times the class's sign): if it is positive, the model separates
 * the classes perfectly, which proves the data separable.
 */
final class MetricsPiece extends BipartitePiece<NoMessage> {
  /** Histogram bins of predicted probabilities for the AUC. */
  static final int AUC_BINS = 1 << 14;

  private final GlmState state;
  private ReducerHandle<VectorSum, VectorSum> metrics;
  private ReducerHandle<DoubleWritable, DoubleWritable> smallestMargin;

  MetricsPiece(GlmState state) {
    this.state = state;
  }

  static void publishModel(GlmState state, BlockMasterApi api) {
    double[] model = new double[state.dims + 1];
    System.arraycopy(state.weights, 0, model, 0, state.dims);
    model[state.dims] = state.intercept;
    state.modelHandle = api.broadcast(RowTable.single(1, 0, model));
  }

  private int width() {
    return state.loss == Loss.LOGISTIC ? 2 + 2 * AUC_BINS : 3;
  }

  @Override
  public void registerReducers(CreateReducersApi api, Object stage) {
    metrics = api.createGlobalReducer(new VectorSumReduce(width()));
    if (state.loss == Loss.LOGISTIC) {
      smallestMargin = api.createGlobalReducer(MinReduce.DOUBLE);
    }
  }

  @Override
  protected Sender dataSender(BlockWorkerSendApi<NodeId, NodeValue, NullWritable, NoMessage> api) {
    int d = state.dims;
    boolean logistic = state.loss == Loss.LOGISTIC;
    double labelMean = state.labelMean;
    int scale = state.labelExponent;
    int width = width();
    return vertex -> {
      double[] model = broadcast(state.modelHandle, api).values();
      DataBlock block = vertex.getValue().block();
      int n = block.rows();
      double[] out = new double[n];
      double[] sums = new double[width];
      double minMargin = Double.POSITIVE_INFINITY;
      for (int r = 0; r < n; r++) {
        double m = GlmModel.margin(block, r, model, d);
        double y = block.labels()[r];
        if (logistic) {
          y = DescribePiece.binary(y);
          double p = Loss.sigmoid(m);
          out[r] = p;
          sums[0] += Loss.LOGISTIC.value(m, y);
          sums[1] += (p >= 0.5 ? 1 : 0) == y ? 1 : 0;
          int bin = Math.min(AUC_BINS - 1, (int) (p * AUC_BINS));
          sums[2 + (y > 0 ? 0 : AUC_BINS) + bin]++;
          minMargin = Math.min(minMargin, y > 0 ? m : -m);
        } else {
          out[r] = m;
          // In units of 2^labelExponent, so squares of errors near 1e200 stay finite.
          double e = Math.scalb(y, -scale) - Math.scalb(m, -scale);
          double c = Math.scalb(y, -scale) - Math.scalb(labelMean, -scale);
          sums[0] += e * e;
          sums[1] += Math.abs(e);
          sums[2] += c * c;
        }
      }
      vertex.getValue().setRowDoubles(out);
      metrics.reduce(VectorSum.of(sums, n));
      if (logistic) {
        smallestMargin.reduce(new DoubleWritable(minMargin));
      }
    };
  }

  @Override
  public void masterCompute(BlockMasterApi api, Object stage) {
    double[] m = metrics.getReducedValue(api).toArray();
    if (state.loss == Loss.LOGISTIC) {
      state.smallestMargin = smallestMargin.getReducedValue(api).get();
    }
    GlmOutput.write(api.getConf(), state, m);
  }
}
