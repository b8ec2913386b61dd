package org.giraphml.algorithms.regression;

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
 * Per-feature sums and sums of squares, and the label's mean: the feature means (to centre
 * the normal equations) and standard deviations (to standardise), published as the
 * {@link FeatureMoments}. Features that never vary get scale 0 and keep a zero weight. With
 * sample weights ({@link SampleWeights}) every sum is weighted: weighted means, and the
 * standard deviation for reliability weights that Spark's summariser uses,
 * {@code sqrt(sum w (x - mean)^2 / (W - sum w^2 / W))}, {@code W = sum w}.
 */
final class MomentsPiece extends BipartitePiece<NoMessage> {
  private final GlmSettings settings;
  private final Shared<DataShape> shape;
  private final Shared<FeatureMoments> moments;
  private ReducerHandle<VectorSum, VectorSum> sums;

  MomentsPiece(GlmSettings settings, Shared<DataShape> shape, Shared<FeatureMoments> moments) {
    this.settings = settings;
    this.shape = shape;
    this.moments = moments;
  }

  @Override
  public void registerReducers(CreateReducersApi api, Object stage) {
    sums = api.createGlobalReducer(new VectorSumReduce(2 * shape.get().dims() + 2));
  }

  @Override
  protected Sender dataSender(BlockWorkerSendApi<NodeId, NodeValue, NullWritable, NoMessage> api) {
    DataShape data = shape.get();
    int d = data.dims();
    Loss loss = settings.loss();
    int labelExponent = data.labelExponent();
    boolean scaled = data.scaledFeatures();
    return vertex -> {
      DataBlock block = vertex.getValue().block();
      double[] local = new double[2 * d + 2];
      double[] x = block.values();
      int[] start = block.rowStart();
      for (int r = 0; r < block.rows(); r++) {
        double w = block.weight(r);
        int from = block.isSparse() ? start[r] : r * d;
        int to = block.isSparse() ? start[r + 1] : from + d;
        for (int p = from; p < to; p++) {
          int j = block.isSparse() ? block.columns()[p] : p - from;
          // Some feature's values may be beyond 2^+-400: sums in units of 2^e_j (exact).
          double v = scaled ? Math.scalb(x[p], -data.featureExponent(j)) : x[p];
          double wv = w * v;
          local[j] += wv;
          local[d + j] += wv * v;
        }
        local[2 * d] += w * loss.target(block.labels()[r], labelExponent);
        local[2 * d + 1] += w * w;
      }
      sums.reduce(VectorSum.of(local, block.rows()));
    };
  }

  @Override
  public void masterCompute(BlockMasterApi api, Object stage) {
    VectorSum s = sums.getReducedValue(api);
    DataShape data = shape.get();
    int d = data.dims();
    // Weighted (unit weights without --weight-column): n is the total weight, and the variance
    // divides by n - sum(w^2)/n, Spark's unbiased estimate for reliability weights (n - 1 for
    // unit weights), so both solvers standardise as Spark's L-BFGS path does.
    double n = data.totalWeight();
    double dof = data.weighted() ? n - s.get(2 * d + 1) / n : n - 1;
    double[] means = new double[d];
    double[] scales = new double[d];
    for (int j = 0; j < d; j++) {
      // In units of 2^e (e = 0 for all but extreme features): mean, variance and the constant
      // test var <= 1e-24 max(1, mean^2), whose floor of 1 is then the feature's own unit (an
      // absolute 1e-24 would call features near 1e-200 constant); scalb back is exact.
      int e = data.featureExponent(j);
      double mean = s.get(j) / n;
      double var = dof > 0 ? Math.max(0, (s.get(d + j) - n * mean * mean) / dof) : 0;
      boolean constant = var <= 1e-24 * Math.max(1, mean * mean);
      mean = Math.scalb(mean, e);
      means[j] = mean;
      double std = Math.scalb(Math.sqrt(var), e);
      scales[j] = constant && settings.fitIntercept() ? 0 : settings.standardize()
          ? (std > 0 ? std : (mean != 0 ? Math.abs(mean) : 0)) : 1;
    }
    // Label sums are in units of 2^labelExponent (0 for logistic labels, which are 0/1).
    moments.set(new FeatureMoments(means, scales,
        Math.scalb(s.get(2 * d) / n, data.labelExponent())));
  }
}
