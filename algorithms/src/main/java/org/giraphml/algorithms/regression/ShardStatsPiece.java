package org.giraphml.algorithms.regression;

import org.apache.giraph.block_app.framework.api.BlockMasterApi;
import org.apache.giraph.block_app.framework.api.BlockWorkerSendApi;
import org.apache.giraph.block_app.framework.api.CreateReducersApi;
import org.apache.giraph.block_app.framework.piece.global_comm.ReducerHandle;
import org.apache.giraph.types.NoMessage;
import org.apache.hadoop.io.NullWritable;
import org.giraphml.api.BipartitePiece;
import org.giraphml.api.Shared;
import org.giraphml.graph.NodeId;
import org.giraphml.graph.NodeValue;
import org.giraphml.math.Vectors;
import org.giraphml.reduce.VectorSum;
import org.giraphml.reduce.VectorSumReduce;

/**
 * Shards compute their slice of the pseudo-gradient (the gradient, adjusted for the L1 term's
 * kinks) at the trial point and reduce the few numbers the master needs: the penalty terms,
 * the directional derivative of the step for the line search, and the Gram matrix of the basis
 * {@code s_0..s_{k-1}, y_0..y_{k-1}, s, y, pg} (stored pairs, the candidate pair of this step,
 * the pseudo-gradient). The master then runs {@link LbfgsMaster}.
 */
final class ShardStatsPiece extends BipartitePiece<NoMessage> {
  /** Reduced entries before the Gram matrix. */
  static final int L2_TERM = 0;
  static final int L1_TERM = 1;
  static final int DIRECTIONAL = 2;
  static final int HEADER = 3;

  private final GlmSettings settings;
  private final Shared<DataShape> shape;
  private final Shared<Step> step;
  private final LbfgsMaster master;
  private ReducerHandle<VectorSum, VectorSum> stats;

  ShardStatsPiece(GlmSettings settings, Shared<DataShape> shape, Shared<Step> step,
      LbfgsMaster master) {
    this.settings = settings;
    this.shape = shape;
    this.step = step;
    this.master = master;
  }

  static int basisSize(int pairs) {
    return 2 * pairs + 3;
  }

  @Override
  public void registerReducers(CreateReducersApi api, Object stage) {
    int b = basisSize(step.get().pairs);
    stats = api.createGlobalReducer(new VectorSumReduce(HEADER + b * b));
  }

  @Override
  protected Sender modelSender(BlockWorkerSendApi<NodeId, NodeValue, NullWritable, NoMessage> api) {
    double l1 = shape.get().solverL1(settings.l1());
    Step evaluated = step.get();
    int k = evaluated.pairs;
    boolean hasBase = evaluated.kind != Step.Kind.START;
    return vertex -> {
      WeightShard shard = WeightShard.of(vertex.getValue());
      double[] w = shard.weights();
      double[] g = shard.gradient();
      double[] pg = shard.pseudoGradient();
      double[] penalised = shard.penalised();
      double[] base = shard.base();
      double[] gBase = shard.baseGradient();
      double[] pgBase = shard.basePseudoGradient();
      int n = w.length;
      double l2Term = 0;
      double l1Term = 0;
      double directional = 0;
      double[] sCand = new double[n];
      double[] yCand = new double[n];
      for (int j = 0; j < n; j++) {
        pg[j] = pseudoGradient(w[j], g[j], l1 * penalised[j]);
        l2Term += penalised[j] * w[j] * w[j];
        l1Term += penalised[j] * Math.abs(w[j]);
        if (hasBase) {
          sCand[j] = w[j] - base[j];
          yCand[j] = g[j] - gBase[j];
          directional += pgBase[j] * sCand[j];
        }
      }
      double[][] basis = new double[basisSize(k)][];
      for (int i = 0; i < k; i++) {
        basis[i] = shard.step(i);
        basis[k + i] = shard.gradientChange(i);
      }
      basis[2 * k] = sCand;
      basis[2 * k + 1] = yCand;
      basis[2 * k + 2] = pg;
      int b = basis.length;
      double[] out = new double[HEADER + b * b];
      out[L2_TERM] = l2Term;
      out[L1_TERM] = l1Term;
      out[DIRECTIONAL] = directional;
      for (int p = 0; p < b; p++) {
        for (int q = p; q < b; q++) {
          double dot = Vectors.dot(basis[p], 0, basis[q], 0, n);
          out[HEADER + p * b + q] = dot;
          out[HEADER + q * b + p] = dot;
        }
      }
      stats.reduce(VectorSum.of(out, n));
    };
  }

  /**
   * The L1-regularised objective's steepest-descent direction, negated (Andrew and Gao,
   * "Scalable training of L1-regularized log-linear models", ICML 2007).
   */
  static double pseudoGradient(double w, double g, double l1) {
    if (l1 == 0) {
      return g;
    }
    if (w > 0) {
      return g + l1;
    }
    if (w < 0) {
      return g - l1;
    }
    if (g + l1 < 0) {
      return g + l1;
    }
    if (g - l1 > 0) {
      return g - l1;
    }
    return 0;
  }

  @Override
  public void masterCompute(BlockMasterApi api, Object stage) {
    master.afterEvaluation(api, stats.getReducedValue(api).toArray());
  }
}
