package org.giraphml.algorithms.kmeans;

import java.util.List;
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
import org.giraphml.math.SeededRandom;
import org.giraphml.reduce.KeyedRows;
import org.giraphml.reduce.KeyedRowsReduce;
import org.giraphml.reduce.RowTable;

/**
 * One k-means++ step (repeated k - 1 times): rows fold the latest centre into their nearest
 * distance D, then one row is drawn with probability proportional to D^2 (w D^2 with sample
 * weights w, a row of weight 0 never) by exponential races: each row's priority is {@code -ln(u) / D^2} with u hashed from the seed, the round
 * and its key, and the smallest priority wins. The draw is exact and needs no global sum, and
 * it does not depend on how rows are spread over workers.
 *
 * <p>Priorities are compared as {@code ln(-ln u) - ln D^2}, the same order without the
 * quotient's underflow when D^2 is near {@link Double#MAX_VALUE}; rows whose D^2 overflowed
 * (the true value is beyond a double) come first, drawn uniformly among themselves.
 */
final class PlusPlusPiece extends BipartitePiece<NoMessage> {
  /** Priority offset of rows whose squared distance overflowed: below any finite one. */
  private static final double OVERFLOWED = -1e4;

  private final KMeansParams params;
  private final Shared<DataShape> shape;
  private final Candidates candidates;
  private final Shared<RowTable> fresh;
  private final Shared<Integer> round;
  private final Shared<RowTable> centroids;
  private final IterationHistory history;
  private ReducerHandle<KeyedRows, KeyedRows> winner;

  /**
   * @param fresh the centre chosen last, set here for the next round
   * @param round the number of this draw (from 0), counted here
   * @param centroids set here once k centres are chosen
   */
  PlusPlusPiece(KMeansParams params, Shared<DataShape> shape, Candidates candidates,
      Shared<RowTable> fresh, Shared<Integer> round, Shared<RowTable> centroids,
      IterationHistory history) {
    this.params = params;
    this.shape = shape;
    this.candidates = candidates;
    this.fresh = fresh;
    this.round = round;
    this.centroids = centroids;
    this.history = history;
  }

  @Override
  public void registerReducers(CreateReducersApi api, Object stage) {
    winner = api.createGlobalReducer(new KeyedRowsReduce(1));
  }

  @Override
  protected Sender dataSender(BlockWorkerSendApi<NodeId, NodeValue, NullWritable, NoMessage> api) {
    Assigner assigner = new Assigner();
    long seed = params.seed();
    long stream = SeedingRows.STREAM_PLUS_PLUS + round.get();
    int dims = shape.get().dims();
    RowTable latest = fresh.get();
    return vertex -> {
      AssignedRows rows = AssignedRows.of(vertex.getValue());
      DataBlock block = rows.block();
      double[] min = SeedingRows.update(rows, latest, assigner);
      KeyedRows local = new KeyedRows(1);
      for (int r = 0; r < block.rows(); r++) {
        double u = SeededRandom.uniform(seed, stream, block.rowKeys()[r]);
        double priority = priority(u, min[r]);
        if (block.hasWeights()) {
          // D^2 sampling in proportion to w D^2, as scikit-learn's sample_weight does.
          double w = block.weight(r);
          priority = w > 0 ? priority - Math.log(w) : Double.POSITIVE_INFINITY;
        }
        SeedingRows.offer(local, block, r, priority, dims);
      }
      winner.reduce(local);
    };
  }

  /** Exponential-race priority of a row with draw u and squared distance d2 (smaller wins). */
  static double priority(double u, double d2) {
    if (!(d2 > 0)) {
      return Double.POSITIVE_INFINITY; // the row is a centre already
    }
    double race = Math.log(-Math.log(u));
    // For finite d2 the priority is above ln(-ln(1 - 2^-53)) - ln(MAX_VALUE) > -750.
    return d2 == Double.POSITIVE_INFINITY ? OVERFLOWED + race : race - Math.log(d2);
  }

  @Override
  public void masterCompute(BlockMasterApi api, Object stage) {
    KeyedRows.Entry chosen = winner.getReducedValue(api).entries().get(0);
    candidates.add(chosen.key(), chosen.row());
    round.set(round.get() + 1);
    int k = params.k();
    int d = shape.get().dims();
    if (candidates.size() == k) {
      double[] c = new double[k * d];
      for (int j = 0; j < k; j++) {
        System.arraycopy(candidates.rows().get(j), 0, c, j * d, d);
      }
      centroids.set(CentroidMath.table(c, k, d));
      history.seeded();
    } else {
      fresh.set(CentroidMath.table(List.of(chosen.row()), d));
    }
  }
}
