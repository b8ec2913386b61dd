package org.giraphml.algorithms.regression;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Locale;
import org.apache.giraph.block_app.framework.api.BlockMasterApi;
import org.apache.giraph.block_app.framework.api.BlockWorkerSendApi;
import org.apache.giraph.block_app.framework.api.CreateReducersApi;
import org.apache.giraph.block_app.framework.piece.global_comm.ReducerHandle;
import org.apache.giraph.reducers.impl.MinReduce;
import org.apache.giraph.types.NoMessage;
import org.apache.hadoop.io.DoubleWritable;
import org.apache.hadoop.io.NullWritable;
import org.giraphml.api.BipartitePiece;
import org.giraphml.api.Shared;
import org.giraphml.graph.DataBlock;
import org.giraphml.graph.NodeId;
import org.giraphml.graph.NodeValue;
import org.giraphml.reduce.VectorSum;
import org.giraphml.reduce.VectorSumReduce;

/**
 * Last step of logistic regression: every block predicts its rows' probabilities with the
 * final model (kept for predictions.csv) and reduces the log-loss, the accuracy at 0.5, score
 * histograms of each class for the AUC, and the smallest signed margin (the margin times the
 * class's sign): if it is positive, the model separates the classes perfectly, which proves
 * the data separable. The master reports them and saves the result. With sample weights each
 * row counts its weight (scikit-learn's {@code sample_weight} conventions: weighted mean
 * log-loss, weighted accuracy, ROC from weighted counts); zero-weight rows are predicted but
 * count for nothing.
 */
final class LogisticMetricsPiece extends BipartitePiece<NoMessage> {
  /** Histogram bins of predicted probabilities for the AUC. */
  static final int AUC_BINS = 1 << 14;
  private static final int WIDTH = 2 + 2 * AUC_BINS;

  private final GlmSettings settings;
  private final Shared<DataShape> shape;
  private final Shared<double[]> model;
  private final GlmReport report;
  private ReducerHandle<VectorSum, VectorSum> metrics;
  private ReducerHandle<DoubleWritable, DoubleWritable> smallestMargin;

  LogisticMetricsPiece(GlmSettings settings, Shared<DataShape> shape, Shared<double[]> model,
      GlmReport report) {
    this.settings = settings;
    this.shape = shape;
    this.model = model;
    this.report = report;
  }

  @Override
  public void registerReducers(CreateReducersApi api, Object stage) {
    metrics = api.createGlobalReducer(new VectorSumReduce(WIDTH));
    smallestMargin = api.createGlobalReducer(MinReduce.DOUBLE);
  }

  @Override
  protected Sender dataSender(BlockWorkerSendApi<NodeId, NodeValue, NullWritable, NoMessage> api) {
    int d = shape.get().dims();
    double[] w = model.get();
    return vertex -> {
      DataBlock block = vertex.getValue().block();
      int n = block.rows();
      double[] out = new double[n];
      double[] sums = new double[WIDTH];
      double minMargin = Double.POSITIVE_INFINITY;
      for (int r = 0; r < n; r++) {
        double m = GlmModel.margin(block, r, w, d);
        double y = Loss.binary(block.labels()[r]);
        double p = Loss.sigmoid(m);
        out[r] = p;
        double weight = block.weight(r);
        if (weight == 0) {
          continue; // predicted, but counts for nothing
        }
        sums[0] += weight * Loss.LOGISTIC.value(m, y);
        sums[1] += (p >= 0.5 ? 1 : 0) == y ? weight : 0;
        int bin = Math.min(AUC_BINS - 1, (int) (p * AUC_BINS));
        sums[2 + (y > 0 ? 0 : AUC_BINS) + bin] += weight;
        minMargin = Math.min(minMargin, y > 0 ? m : -m);
      }
      TrainingBlock.of(vertex.getValue()).setPredictions(out);
      metrics.reduce(VectorSum.of(sums, n));
      smallestMargin.reduce(new DoubleWritable(minMargin));
    };
  }

  @Override
  public void masterCompute(BlockMasterApi api, Object stage) {
    double[] m = metrics.getReducedValue(api).toArray();
    double margin = smallestMargin.getReducedValue(api).get();
    double n = shape.get().totalWeight();
    ObjectNode details = report.solverDetails(m[0] / n);
    details.put("log_loss", m[0] / n);
    details.put("accuracy", m[1] / n);
    details.put("auc", auc(m));
    boolean separated = margin > 0;
    details.put("perfectly_separated", separated);
    if (separated && settings.l2() == 0 && settings.l1() == 0) {
      report.warnings().warn(String.format(Locale.ROOT, "the model separates the two classes "
          + "perfectly (every row on its side of the boundary, smallest margin %.3g): the data "
          + "is linearly separable, so without a penalty the weights grow without bound and "
          + "their size only reflects where the solver stopped. Give --l2 > 0 for a finite, "
          + "meaningful model", margin));
    }
    report.save(api, details);
  }

  /**
   * Area under the ROC curve from per-class histograms of predicted probabilities: the chance
   * a positive row scores above a negative one, ties (same bin) counting half. Exact up to
   * scores closer than 1/{@value #AUC_BINS}.
   */
  static double auc(double[] metrics) {
    double positives = 0;
    double negatives = 0;
    for (int i = 0; i < AUC_BINS; i++) {
      positives += metrics[2 + i];
      negatives += metrics[2 + AUC_BINS + i];
    }
    if (positives == 0 || negatives == 0) {
      return Double.NaN;
    }
    double negativesBelow = 0;
    double area = 0;
    for (int i = 0; i < AUC_BINS; i++) {
      double pos = metrics[2 + i];
      double neg = metrics[2 + AUC_BINS + i];
      area += pos * (negativesBelow + 0.5 * neg);
      negativesBelow += neg;
    }
    return area / (positives * negatives);
  }
}
