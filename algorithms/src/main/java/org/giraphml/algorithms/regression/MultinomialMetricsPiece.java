package org.giraphml.algorithms.regression;

import com.fasterxml.jackson.databind.node.ArrayNode;
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
 * Last step of multinomial logistic regression: every block predicts its rows' classes with
 * the final model (kept for predictions.csv, as the class's label) and reduces the log-loss
 * and the confusion matrix (rows: true class, columns: predicted class, both in sorted label
 * order). The master derives accuracy and per-class precision, recall and F1 (0 where
 * undefined, as scikit-learn's {@code zero_division=0}) and saves the model and summary.
 *
 * <p>With sample weights each row counts its weight, as scikit-learn's {@code sample_weight}:
 * the log-loss and accuracy are weighted means (divided by the total weight), the confusion
 * matrix holds weighted counts ({@code confusion_matrix(y, p, sample_weight=w)}), precision,
 * recall and F1 are computed from them ({@code precision_recall_fscore_support}) and a class's
 * {@code support} is the total weight of its rows; weighted counts are written as decimals,
 * unweighted ones as integers. Zero-weight rows are predicted but count for nothing.
 */
final class MultinomialMetricsPiece extends BipartitePiece<NoMessage> {
  private final Shared<DataShape> shape;
  private final Shared<ClassLabels> classes;
  private final Shared<double[]> model;
  private final GlmReport report;
  private ReducerHandle<VectorSum, VectorSum> metrics;

  MultinomialMetricsPiece(Shared<DataShape> shape, Shared<ClassLabels> classes,
      Shared<double[]> model, GlmReport report) {
    this.shape = shape;
    this.classes = classes;
    this.model = model;
    this.report = report;
  }

  private MultinomialModel trained() {
    return MultinomialModel.of(classes.get().values(), model.get(), shape.get().dims());
  }

  @Override
  public void registerReducers(CreateReducersApi api, Object stage) {
    int k = classes.get().size();
    metrics = api.createGlobalReducer(new VectorSumReduce(1 + k * k));
  }

  @Override
  protected Sender dataSender(BlockWorkerSendApi<NodeId, NodeValue, NullWritable, NoMessage> api) {
    ClassLabels labels = classes.get();
    int k = labels.size();
    MultinomialModel fitted = trained();
    return vertex -> {
      DataBlock block = vertex.getValue().block();
      int n = block.rows();
      double[] p = new double[n * k];
      fitted.probabilities(block, p);
      double[] out = new double[n];
      double[] sums = new double[1 + k * k];
      for (int r = 0; r < n; r++) {
        int y = labels.classOf(block.labels()[r]);
        int predicted = SoftmaxLoss.argmax(p, r * k, k);
        out[r] = labels.value(predicted);
        double weight = block.weight(r);
        if (weight == 0) {
          continue; // predicted, but counts for nothing
        }
        // -log p_y, as scikit-learn's log_loss (which clips p at machine epsilon)
        sums[0] -= weight * Math.log(Math.max(p[r * k + y], Math.ulp(1.0)));
        sums[1 + y * k + predicted] += weight;
      }
      TrainingBlock.of(vertex.getValue()).setPredictions(out);
      metrics.reduce(VectorSum.of(sums, n));
    };
  }

  @Override
  public void masterCompute(BlockMasterApi api, Object stage) {
    double[] m = metrics.getReducedValue(api).toArray();
    ClassLabels labels = classes.get();
    int k = labels.size();
    boolean weighted = shape.get().weighted();
    double n = shape.get().totalWeight();
    ObjectNode details = report.solverDetails(m[0] / n);
    details.put("family", "multinomial");
    details.put("classes", k);
    details.put("log_loss", m[0] / n);
    double correct = 0;
    for (int c = 0; c < k; c++) {
      correct += m[1 + c * k + c];
    }
    details.put("accuracy", correct / n);
    ArrayNode perClass = details.putArray("per_class");
    ArrayNode confusion = details.putArray("confusion_matrix");
    for (int c = 0; c < k; c++) {
      double truePositives = m[1 + c * k + c];
      double actual = 0;
      double predicted = 0;
      ArrayNode row = confusion.addArray();
      for (int o = 0; o < k; o++) {
        actual += m[1 + c * k + o];
        predicted += m[1 + o * k + c];
        addCount(row, m[1 + c * k + o], weighted);
      }
      double precision = predicted > 0 ? truePositives / predicted : 0;
      double recall = actual > 0 ? truePositives / actual : 0;
      ObjectNode cls = perClass.addObject();
      cls.put("label", labels.value(c));
      cls.put("precision", precision);
      cls.put("recall", recall);
      cls.put("f1", precision + recall > 0 ? 2 * precision * recall / (precision + recall) : 0);
      if (weighted) {
        cls.put("support", actual);
      } else {
        cls.put("support", (long) actual);
      }
    }
    report.save(api, details, trained());
  }

  /** A count: a weighted one as it is, an unweighted one (a whole number) as an integer. */
  private static void addCount(ArrayNode row, double count, boolean weighted) {
    if (weighted) {
      row.add(count);
    } else {
      row.add((long) count);
    }
  }
}
