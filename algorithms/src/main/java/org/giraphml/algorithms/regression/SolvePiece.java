package org.giraphml.algorithms.regression;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.ArrayRealVector;
import org.apache.commons.math3.linear.CholeskyDecomposition;
import org.apache.commons.math3.linear.NonPositiveDefiniteMatrixException;
import org.apache.commons.math3.linear.RRQRDecomposition;
import org.apache.commons.math3.linear.RealMatrix;
import org.apache.commons.math3.linear.RealVector;
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
import org.giraphml.io.JobFailure;
import org.giraphml.reduce.RowTable;
import org.giraphml.reduce.RowTableReduce;

/**
 * The solver vertex solves {@code (Z'Z/n + l2 I) w = Z'y/n} by Cholesky after scaling the
 * system to unit diagonal (so the positivity threshold is relative). If the system is singular
 * or nearly so, a rank-revealing QR names the features that depend on the others, and the
 * master fails the job with them instead of answering NaN. The master then maps the solution
 * back to the original scale and recovers the intercept from the means. Without a penalty the
 * solver vertex also sends {@code diag((X'X)^-1)} for the summary's inference
 * ({@link NormalInference}).
 */
final class SolvePiece extends BipartitePiece<NoMessage> {
  /** Pivots below this (relative to the diagonal) mean the system is numerically singular. */
  static final double SINGULAR = 1e-11;

  private final GlmSettings settings;
  private final Shared<DataShape> shape;
  private final Shared<FeatureMoments> moments;
  private final Shared<double[]> model;
  private final NormalSolution solution;
  private ReducerHandle<RowTable, RowTable> result;

  SolvePiece(GlmSettings settings, Shared<DataShape> shape, Shared<FeatureMoments> moments,
      Shared<double[]> model, NormalSolution solution) {
    this.settings = settings;
    this.shape = shape;
    this.moments = moments;
    this.model = model;
    this.solution = solution;
  }

  @Override
  public void registerReducers(CreateReducersApi api, Object stage) {
    result = api.createGlobalReducer(new RowTableReduce(3, shape.get().dims() + 1));
  }

  @Override
  protected Sender modelSender(BlockWorkerSendApi<NodeId, NodeValue, NullWritable, NoMessage> api) {
    int d = shape.get().dims();
    FeatureMoments m0 = moments.get();
    double l2 = settings.l2();
    // The total weight: the row count unless the rows carry sample weights.
    double n = shape.get().totalWeight();
    return vertex -> {
      NormalSystem system = NormalSystem.of(vertex.getValue());
      double[] stats = system.sums();
      int packed = GramPiece.packedLength(d);
      List<Integer> live = new ArrayList<>();
      for (int j = 0; j < d; j++) {
        if (m0.scale(j) > 0) {
          live.add(j);
        }
      }
      int m = live.size();
      double[][] a = new double[m][m];
      double[] b = new double[m];
      for (int p = 0; p < m; p++) {
        int i = live.get(p);
        for (int q = p; q < m; q++) {
          int j = live.get(q);
          double v = stats[packedIndex(i, j, d)] / n;
          a[p][q] = v;
          a[q][p] = v;
        }
        a[p][p] += l2;
        b[p] = stats[packed + i] / n;
      }
      double[] weights = new double[d + 1];
      double[] diagnosis = new double[d + 1];
      double[] inverse = null;
      if (m > 0) {
        double[] unit = new double[m];
        for (int p = 0; p < m; p++) {
          unit[p] = a[p][p] > 0 ? 1 / Math.sqrt(a[p][p]) : 0;
        }
        RealMatrix scaled = new Array2DRowRealMatrix(m, m);
        for (int p = 0; p < m; p++) {
          for (int q = 0; q < m; q++) {
            scaled.setEntry(p, q, a[p][q] * unit[p] * unit[q]);
          }
        }
        RealVector rhs = new ArrayRealVector(m);
        for (int p = 0; p < m; p++) {
          rhs.setEntry(p, b[p] * unit[p]);
        }
        try {
          CholeskyDecomposition cholesky = new CholeskyDecomposition(scaled, 1e-12, SINGULAR);
          RealVector u = cholesky.getSolver().solve(rhs);
          for (int p = 0; p < m; p++) {
            weights[live.get(p)] = u.getEntry(p) * unit[p];
          }
          if (l2 == 0 && m == d) {
            inverse = NormalInference.inverseDiagonal(cholesky.getL(), unit, m0,
                settings.fitIntercept(), n);
          }
        } catch (NonPositiveDefiniteMatrixException e) {
          RRQRDecomposition qr = new RRQRDecomposition(scaled, SINGULAR);
          int rank = qr.getRank(Math.sqrt(SINGULAR));
          RealMatrix perm = qr.getP();
          diagnosis[d] = rank == m ? m - 1 : rank;
          for (int col = Math.min(rank, m - 1); col < m; col++) {
            for (int p = 0; p < m; p++) {
              if (perm.getEntry(p, col) == 1) {
                diagnosis[live.get(p)] = 1;
              }
            }
          }
          weights[d] = 1; // failed
        }
      }
      RowTable out = new RowTable(3, d + 1);
      out.set(0, weights);
      out.set(1, diagnosis);
      if (inverse != null) {
        out.set(2, inverse);
      }
      result.reduce(out);
    };
  }

  /** Position of (i, j), i <= j, in the packed upper triangle of a d x d matrix. */
  static int packedIndex(int i, int j, int d) {
    if (i > j) {
      int t = i;
      i = j;
      j = t;
    }
    return i * d - i * (i - 1) / 2 + (j - i);
  }

  @Override
  public void masterCompute(BlockMasterApi api, Object stage) {
    RowTable t = result.getReducedValue(api);
    FeatureMoments m = moments.get();
    int d = shape.get().dims();
    double[] raw = new double[d + 1];
    System.arraycopy(t.values(), 0, raw, 0, d + 1);
    if (raw[d] != 0) {
      double[] diagnosis = new double[d + 1];
      System.arraycopy(t.values(), d + 1, diagnosis, 0, d + 1);
      StringBuilder features = new StringBuilder();
      for (int j = 0; j < d; j++) {
        if (diagnosis[j] != 0) {
          features.append(features.length() == 0 ? "" : ", ").append(j);
        }
      }
      throw new JobFailure("The normal equations are singular: the features are linearly "
          + "dependent (rank " + (int) diagnosis[d] + " of " + m.liveFeatures() + "); feature(s) "
          + features + " (0-based) depend on the others. Remove them or use --l2 > 0");
    }
    double[] w = new double[d + 1];
    double zPenalty = 0;
    for (int j = 0; j < d; j++) {
      w[j] = m.scale(j) > 0 ? raw[j] / m.scale(j) : 0;
      zPenalty += raw[j] * raw[j];
    }
    double b = 0;
    if (settings.fitIntercept()) {
      b = m.labelMean();
      for (int j = 0; j < d; j++) {
        b -= m.mean(j) * w[j];
      }
    }
    w[d] = b;
    model.set(w);
    // Without --l2 there is no penalty, even where ||w||^2 overflows (0 * Infinity is NaN).
    double l2 = settings.l2();
    solution.solved(l2 > 0 ? 0.5 * l2 * zPenalty : 0);
    if (t.isFilled(2)) {
      solution.inverseDiagonal(Arrays.copyOfRange(t.values(), 2 * (d + 1), 3 * (d + 1)));
    } else if (l2 == 0) {
      solution.noInference("X'X is singular: " + (d - m.liveFeatures()) + " feature(s) are "
          + "constant (their weights are fixed at 0), so the coefficients have no standard "
          + "errors; remove them for inference");
    }
  }
}
