package org.giraphml.algorithms.regression;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.apache.giraph.block_app.framework.api.BlockMasterApi;
import org.apache.giraph.block_app.framework.api.BlockWorkerSendApi;
import org.apache.giraph.block_app.framework.api.CreateReducersApi;
import org.apache.giraph.block_app.framework.piece.global_comm.ReducerHandle;
import org.apache.giraph.types.NoMessage;
import org.apache.hadoop.io.NullWritable;
import org.giraphml.api.BipartitePiece;
import org.giraphml.api.Shared;
import org.giraphml.graph.DataBlock;
import org.giraphml.graph.NodeId;
import org.giraphml.graph.NodeValue;
import org.giraphml.reduce.VectorSum;
import org.giraphml.reduce.VectorSumReduce;

/**
 * Last step of linear regression: every block predicts its rows with the final model (kept
 * for predictions.csv) and reduces the squared and absolute errors and the total sum of
 * squares (about the label's mean and about 0), in units of {@code 2^labelExponent} (squares:
 * {@code 2^(2 labelExponent)}); the master reports RMSE, MAE, R^2 and, for an unpenalised
 * normal-equations fit, the inference ({@link GlmReport#addInference}), and saves the result.
 * With sample weights every sum is weighted and means divide by the total weight, as
 * scikit-learn's metrics with {@code sample_weight}: RMSE {@code sqrt(sum w e^2 / sum w)}, MAE
 * {@code sum w |e| / sum w}, R^2 {@code 1 - sum w e^2 / sum w (y - weighted mean)^2}.
 */
final class LinearMetricsPiece extends BipartitePiece<NoMessage> {
  private final Shared<DataShape> shape;
  private final Shared<FeatureMoments> moments;
  private final Shared<double[]> model;
  private final GlmReport report;
  private ReducerHandle<VectorSum, VectorSum> metrics;

  LinearMetricsPiece(Shared<DataShape> shape, Shared<FeatureMoments> moments,
      Shared<double[]> model, GlmReport report) {
    this.shape = shape;
    this.moments = moments;
    this.model = model;
    this.report = report;
  }

  @Override
  public void registerReducers(CreateReducersApi api, Object stage) {
    metrics = api.createGlobalReducer(new VectorSumReduce(5));
  }

  @Override
  protected Sender dataSender(BlockWorkerSendApi<NodeId, NodeValue, NullWritable, NoMessage> api) {
    DataShape data = shape.get();
    int d = data.dims();
    double labelMean = moments.get().labelMean();
    int scale = data.labelExponent();
    double[] w = model.get();
    return vertex -> {
      DataBlock block = vertex.getValue().block();
      int n = block.rows();
      double[] out = new double[n];
      double[] sums = new double[5];
      for (int r = 0; r < n; r++) {
        double m = GlmModel.margin(block, r, w, d);
        double y = block.labels()[r];
        out[r] = m;
        double weight = block.weight(r);
        if (weight == 0) {
          continue; // predicted, but counts for nothing
        }
        // In units of 2^labelExponent, so squares of errors near 1e200 stay finite.
        double e = Math.scalb(y, -scale) - Math.scalb(m, -scale);
        double c = Math.scalb(y, -scale) - Math.scalb(labelMean, -scale);
        sums[0] += weight * e * e;
        sums[1] += weight * Math.abs(e);
        sums[2] += weight * c * c;
        sums[3] += weight * Math.scalb(y, -scale) * Math.scalb(y, -scale);
        sums[4] += Math.log(weight);
      }
      TrainingBlock.of(vertex.getValue()).setPredictions(out);
      metrics.reduce(VectorSum.of(sums, n));
    };
  }

  @Override
  public void masterCompute(BlockMasterApi api, Object stage) {
    double[] m = metrics.getReducedValue(api).toArray();
    DataShape data = shape.get();
    double n = data.totalWeight();
    int e = data.labelExponent();
    // The squared errors are in units of 2^(2e): scalb rounds a true overflow to Infinity.
    ObjectNode details = report.solverDetails(Math.scalb(m[0] / (2 * n), 2 * e));
    double rmse = Math.scalb(Math.sqrt(m[0] / n), e);
    double mae = Math.scalb(m[1] / n, e);
    details.put("rmse", rmse);
    details.put("mae", mae);
    report.warnIfOverflowed("rmse", rmse);
    report.warnIfOverflowed("mae", mae);
    // A ratio of two sums in the same unit: no scaling needed.
    details.put("r2", m[2] > 0 ? 1 - m[0] / m[2] : Double.NaN);
    if (!(m[2] > 0)) {
      report.warnings().warn("r2 is NaN: every label is the same, so there is no variance to "
          + "explain");
    }
    boolean intercept = report.fitIntercept();
    report.addInference(details, m[0], intercept ? m[2] : m[3], m[4], e);
    report.save(api, details);
  }
}
