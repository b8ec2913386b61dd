package org.giraphml.algorithms.regression;

import org.apache.giraph.block_app.framework.api.BlockWorkerReceiveApi;
import org.apache.giraph.block_app.framework.api.BlockWorkerSendApi;
import org.apache.hadoop.io.NullWritable;
import org.giraphml.api.Shared;
import org.giraphml.api.VectorSumPiece;
import org.giraphml.graph.DataBlock;
import org.giraphml.graph.NodeId;
import org.giraphml.graph.NodeValue;
import org.giraphml.reduce.VectorSum;

/**
 * The normal equations' one pass: every block sends the solver vertex ({@code MODEL:0}) its
 * rows' contribution to the centred (and, with standardisation, scaled) Gram matrix
 * {@code Z'Z}, packed upper triangle, and to {@code Z'(y - mean y)}; the combiner adds the
 * contributions of a worker's blocks. Centring makes the intercept exact and the system far
 * better conditioned than {@code X'X}. With sample weights the sums are {@code Z'WZ} and
 * {@code Z'W(y - mean y)} ({@code W} the diagonal of weights, means weighted): weighted least
 * squares.
 */
final class GramPiece extends VectorSumPiece {
  private final GlmSettings settings;
  private final Shared<DataShape> shape;
  private final Shared<FeatureMoments> moments;

  GramPiece(GlmSettings settings, Shared<DataShape> shape, Shared<FeatureMoments> moments) {
    this.settings = settings;
    this.shape = shape;
    this.moments = moments;
  }

  static int packedLength(int d) {
    return d * (d + 1) / 2;
  }

  @Override
  protected Sender dataSender(BlockWorkerSendApi<NodeId, NodeValue, NullWritable, VectorSum> api) {
    int d = shape.get().dims();
    FeatureMoments m = moments.get();
    double[] mean = settings.fitIntercept() ? m.means() : new double[d];
    double labelMean = settings.fitIntercept() ? m.labelMean() : 0;
    double[] inverseScale = new double[d];
    for (int j = 0; j < d; j++) {
      inverseScale[j] = m.scale(j) > 0 ? 1 / m.scale(j) : 0;
    }
    int packed = packedLength(d);
    double[] z = new double[d];
    double[] row = new double[d];
    return vertex -> {
      DataBlock block = vertex.getValue().block();
      double[] sums = new double[packed + d];
      for (int r = 0; r < block.rows(); r++) {
        double w = block.weight(r);
        if (w == 0) {
          continue;
        }
        block.copyRow(r, row);
        for (int j = 0; j < d; j++) {
          z[j] = (row[j] - mean[j]) * inverseScale[j];
        }
        double y = block.labels()[r] - labelMean;
        int idx = 0;
        for (int a = 0; a < d; a++) {
          double za = w * z[a];
          if (za != 0) {
            for (int b = a; b < d; b++) {
              sums[idx + b - a] += za * z[b];
            }
            sums[packed + a] += za * y;
          }
          idx += d - a;
        }
      }
      api.sendMessage(NodeId.model(0), VectorSum.of(sums, block.rows()));
    };
  }

  @Override
  protected Receiver<VectorSum> modelReceiver(BlockWorkerReceiveApi<NodeId> api) {
    int d = shape.get().dims();
    int length = packedLength(d) + d;
    return (vertex, messages) -> {
      VectorSum total = new VectorSum(length);
      for (VectorSum m : messages) {
        total.addAll(m);
      }
      NormalSystem.of(vertex.getValue()).store(total);
    };
  }
}
