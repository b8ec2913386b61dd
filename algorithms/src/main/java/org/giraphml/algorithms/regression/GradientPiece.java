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
 * Data blocks evaluate the loss at the trial weights and send each shard they touch the
 * gradient of their rows' losses with respect to its coordinates, {@code sum_i r_i x_ij}
 * (combined per worker, in double-double); shards turn the sums into their slice of the
 * objective's gradient, including the L2 term. With sample weights every row's loss and
 * residual is multiplied by its weight and the sums are divided by the total weight
 * ({@link SampleWeights}).
 */
final class GradientPiece extends VectorSumPiece {
  private final GlmSettings settings;
  private final Shared<DataShape> shape;
  private final Evaluation evaluation;
  private ReducerHandle<VectorSum, VectorSum> loss;
  private ReducerHandle<LongWritable, LongWritable> messages;
  private ReducerHandle<LongWritable, LongWritable> bytes;

  GradientPiece(GlmSettings settings, Shared<DataShape> shape, Evaluation evaluation) {
    this.settings = settings;
    this.shape = shape;
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
    int d = data.dims();
    int size = data.shardFeatures();
    int shards = data.featureShards();
    int interceptShard = data.interceptShard();
    Loss lossFunction = settings.loss();
    boolean intercept = settings.fitIntercept();
    // The weights are those of labels scaled by 2^-e (see DataShape.solverL1); e = 0 mostly.
    int e = data.labelExponent();
    double[] gradient = new double[d];
    boolean[] touched = new boolean[shards];
    return vertex -> {
      TrainingBlock rows = TrainingBlock.of(vertex.getValue());
      DataBlock block = rows.rows();
      double[] w = rows.takeTrialWeights();
      int n = block.rows();
      double[] x = block.values();
      double[] labels = block.labels();
      Optional<double[]> centring = rows.featureMeans();
      double b = intercept ? w[d] : 0;
      if (centring.isPresent()) {
        // Centred: margin = (x - mean).w + b = x.w + (b - mean.w).
        double[] means = centring.get();
        for (int j = 0; j < d; j++) {
          b -= means[j] * w[j];
        }
      }
      double lossSum = 0;
      double residualSum = 0;
      Arrays.fill(gradient, 0);
      if (block.isSparse()) {
        Arrays.fill(touched, false);
        int[] start = block.rowStart();
        int[] cols = block.columns();
        for (int r = 0; r < n; r++) {
          double weight = block.weight(r);
          if (weight == 0) {
            continue; // counts for nothing, even where its loss would overflow
          }
          double m = b;
          for (int p = start[r]; p < start[r + 1]; p++) {
            m += x[p] * w[cols[p]];
          }
          double y = lossFunction.target(labels[r], e);
          lossSum += weight * lossFunction.value(m, y);
          double g = weight * lossFunction.derivative(m, y);
          residualSum += g;
          for (int p = start[r]; p < start[r + 1]; p++) {
            gradient[cols[p]] += g * x[p];
            touched[cols[p] / size] = true;
          }
        }
      } else {
        Arrays.fill(touched, true);
        for (int r = 0, off = 0; r < n; r++, off += d) {
          double weight = block.weight(r);
          if (weight == 0) {
            continue;
          }
          double m = RowKernels.dot(b, x, off, w, 0, d);
          double y = lossFunction.target(labels[r], e);
          lossSum += weight * lossFunction.value(m, y);
          double g = weight * lossFunction.derivative(m, y);
          residualSum += g;
          RowKernels.addScaled(gradient, 0, g, x, off, d);
        }
      }
      if (centring.isPresent()) {
        // Centred: sum_i r_i (x_ij - mean_j) = sum_i r_i x_ij - mean_j sum_i r_i.
        double[] means = centring.get();
        for (int j = 0; j < d; j++) {
          gradient[j] -= means[j] * residualSum;
        }
      }
      loss.reduce(VectorSum.of(new double[] {lossSum}, n));
      long sent = 0;
      long payload = 0;
      for (int s = 0; s < shards; s++) {
        if (touched[s]) {
          int from = s * size;
          int to = Math.min(d, from + size);
          VectorSum message = VectorSum.of(Arrays.copyOfRange(gradient, from, to), n);
          api.sendMessage(NodeId.model(s), message);
          sent++;
          payload += message.serializedBytes();
        }
      }
      if (intercept) {
        VectorSum message = VectorSum.of(new double[] {residualSum}, n);
        api.sendMessage(NodeId.model(interceptShard), message);
        sent++;
        payload += message.serializedBytes();
      }
      reduceLong(messages, sent);
      reduceLong(bytes, payload);
    };
  }

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
