package org.giraphml.algorithms.regression;

import java.util.Arrays;
import java.util.Optional;
import org.apache.giraph.block_app.framework.api.BlockMasterApi;
import org.apache.giraph.block_app.framework.api.BlockWorkerReceiveApi;
import org.apache.giraph.block_app.framework.api.BlockWorkerSendApi;
import org.apache.giraph.block_app.framework.api.CreateReducersApi;
import org.apache.giraph.block_app.framework.piece.global_comm.ReducerHandle;
import org.apache.giraph.reducers.impl.SumReduce;
import org.apache.hadoop.io.LongWritable;
import org.apache.hadoop.io.NullWritable;
import org.giraphml.api.Shared;
import org.giraphml.api.VectorSumPiece;
import org.giraphml.graph.DataBlock;
import org.giraphml.graph.NodeId;
import org.giraphml.graph.NodeValue;
import org.giraphml.reduce.VectorSum;
import org.giraphml.reduce.VectorSumReduce;

/**
 * Multinomial {@link GradientPiece}: data blocks evaluate the softmax loss
 * ({@link SoftmaxLoss}) at the trial weights ({@code K x (d+1)}, class-major, as
 * {@link SendWeightsPiece} assembles them) and send each shard they touch
 * {@code sum_i (p_ic - [y_i = c]) x_ij} for its features and every class (class-major within
 * the shard's slice, the layout {@link SoftmaxConnectPiece} gives it), combined per worker in
 * double-double; the intercept's shard gets {@code sum_i (p_ic - [y_i = c])}. Shards turn the
 * sums into their slice of the objective's gradient with the L2 term, as for one class. With
 * sample weights each row's loss and residuals are multiplied by its weight and the sums are
 * divided by the total weight ({@link SampleWeights}), as in the binary fit.
 */
final class SoftmaxGradientPiece extends VectorSumPiece {
  private final GlmSettings settings;
  private final Shared<DataShape> shape;
  private final Shared<ClassLabels> classes;
  private final Evaluation evaluation;
  private ReducerHandle<VectorSum, VectorSum> loss;
  private ReducerHandle<LongWritable, LongWritable> messages;
  private ReducerHandle<LongWritable, LongWritable> bytes;

  SoftmaxGradientPiece(GlmSettings settings, Shared<DataShape> shape,
      Shared<ClassLabels> classes, Evaluation evaluation) {
    this.settings = settings;
    this.shape = shape;
    this.classes = classes;
    this.evaluation = evaluation;
  }

  @Override
  public void registerReducers(CreateReducersApi api, Object stage) {
    loss = api.createGlobalReducer(new VectorSumReduce(1));
    messages = api.createGlobalReducer(SumReduce.LONG);
    bytes = api.createGlobalReducer(SumReduce.LONG);
  }

  @Override
  protected Sender dataSender(BlockWorkerSendApi<NodeId, NodeValue, NullWritable, VectorSum> api) {
    DataShape data = shape.get();
    ClassLabels labels = classes.get();
    int k = labels.size();
    int d = data.dims();
    int size = data.shardFeatures();
    int shards = data.featureShards();
    boolean intercept = settings.fitIntercept();
    double[] gradient = new double[k * d];
    double[] residualSums = new double[k];
    boolean[] touched = new boolean[shards];
    return vertex -> {
      TrainingBlock rows = TrainingBlock.of(vertex.getValue());
      DataBlock block = rows.rows();
      double[] w = rows.takeTrialWeights();
      if (w == null || w.length != k * (d + 1)) {
        w = new double[k * (d + 1)]; // no shard sent weights: every margin is 0
      }
      int n = block.rows();
      double lossSum = accumulate(block, d, labels, w, rows.featureMeans(), intercept, gradient,
          residualSums);
      if (block.isSparse()) {
        Arrays.fill(touched, false);
        for (int c : block.columns()) {
          touched[c / size] = true;
        }
      } else {
        Arrays.fill(touched, true);
      }
      loss.reduce(VectorSum.of(new double[] {lossSum}, n));
      long sent = 0;
      long payload = 0;
      for (int s = 0; s < shards; s++) {
        if (touched[s]) {
          int first = s * size;
          int length = data.shardLength(s);
          double[] slice = new double[k * length];
          for (int c = 0; c < k; c++) {
            System.arraycopy(gradient, c * d + first, slice, c * length, length);
          }
          VectorSum message = VectorSum.of(slice, n);
          api.sendMessage(NodeId.model(s), message);
          sent++;
          payload += message.serializedBytes();
        }
      }
      if (intercept) {
        VectorSum message = VectorSum.of(residualSums.clone(), n);
        api.sendMessage(NodeId.model(data.interceptShard()), message);
        sent++;
        payload += message.serializedBytes();
      }
      reduceLong(messages, sent);
      reduceLong(bytes, payload);
    };
  }

  /**
   * The softmax loss of a block's rows ({@code d} features) at weights {@code w} ({@code K x (d + 1)}, class-major,
   * intercepts last) and its gradient sums: {@code gradient[c * d + j] = sum_i (p_ic -
   * [y_i = c]) z_ij} and {@code residualSums[c] = sum_i (p_ic - [y_i = c])}, where z is x
   * centred by {@code means} if present (the weights then act on centred rows). Each row's
   * terms are multiplied by its sample weight ({@link DataBlock#weight}, 1 unweighted, which
   * leaves every sum as it was to the bit); rows of weight 0 are skipped.
   *
   * @return the weighted sum of the rows' losses
   */
  static double accumulate(DataBlock block, int d, ClassLabels labels, double[] w,
      Optional<double[]> means, boolean intercept, double[] gradient, double[] residualSums) {
    int k = labels.size();
    double[] bias = new double[k];
    for (int c = 0; c < k; c++) {
      int off = c * (d + 1);
      double b = intercept ? w[off + d] : 0;
      if (means.isPresent()) {
        // Centred: margin = (x - mean).w + b = x.w + (b - mean.w).
        for (int j = 0; j < d; j++) {
          b -= means.get()[j] * w[off + j];
        }
      }
      bias[c] = b;
    }
    Arrays.fill(gradient, 0);
    Arrays.fill(residualSums, 0);
    double[] margins = new double[k];
    double[] x = block.values();
    boolean sparse = block.isSparse();
    double lossSum = 0;
    for (int r = 0; r < block.rows(); r++) {
      double weight = block.weight(r);
      if (weight == 0) {
        continue; // counts for nothing, even where its loss would overflow
      }
      int y = labels.classOf(block.labels()[r]);
      int from = sparse ? block.rowStart()[r] : r * d;
      int to = sparse ? block.rowStart()[r + 1] : from + d;
      for (int c = 0; c < k; c++) {
        int off = c * (d + 1);
        double m = bias[c];
        for (int p = from; p < to; p++) {
          m += x[p] * w[off + (sparse ? block.columns()[p] : p - from)];
        }
        margins[c] = m;
      }
      double trueMargin = margins[y];
      lossSum += weight * SoftmaxLoss.value(SoftmaxLoss.softmax(margins, 0, k), trueMargin);
      for (int c = 0; c < k; c++) {
        double g = weight * (margins[c] - (c == y ? 1 : 0));
        residualSums[c] += g;
        int off = c * d;
        for (int p = from; p < to; p++) {
          gradient[off + (sparse ? block.columns()[p] : p - from)] += g * x[p];
        }
      }
    }
    if (means.isPresent()) {
      // Centred: sum_i g_ic (x_ij - mean_j) = sum_i g_ic x_ij - mean_j sum_i g_ic.
      for (int c = 0; c < k; c++) {
        for (int j = 0; j < d; j++) {
          gradient[c * d + j] -= means.get()[j] * residualSums[c];
        }
      }
    }
    return lossSum;
  }

  /** As {@link GradientPiece}'s: the coordinates are (class, feature) pairs, each scaled. */
  @Override
  protected Receiver<VectorSum> modelReceiver(BlockWorkerReceiveApi<NodeId> api) {
    double n = shape.get().totalWeight();
    double l2 = settings.l2();
    return (vertex, messages) -> {
      WeightShard shard = WeightShard.of(vertex.getValue());
      double[] g = shard.gradient();
      VectorSum total = new VectorSum(g.length);
      for (VectorSum m : messages) {
        total.addAll(m);
      }
      double[] w = shard.weights();
      double[] scale = shard.scales();
      double[] penalised = shard.penalised();
      for (int j = 0; j < g.length; j++) {
        g[j] = scale[j] > 0 ? total.get(j) / (n * scale[j]) + l2 * penalised[j] * w[j] : 0;
      }
    };
  }

  @Override
  public void masterCompute(BlockMasterApi api, Object stage) {
    evaluation.gradientsSent(loss.getReducedValue(api).get(0) / shape.get().totalWeight(),
        messages.getReducedValue(api).get(), bytes.getReducedValue(api).get());
  }
}
