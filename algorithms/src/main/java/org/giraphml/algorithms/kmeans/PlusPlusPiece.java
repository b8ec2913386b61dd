package org.giraphml.algorithms.kmeans;

import java.util.List;
import org.apache.giraph.block_app.framework.api.BlockMasterApi;
import org.apache.giraph.block_app.framework.api.BlockWorkerSendApi;
import org.apache.giraph.block_app.framework.api.CreateReducersApi;
import org.apache.giraph.block_app.framework.piece.global_comm.ReducerHandle;
import org.apache.giraph.types.NoMessage;
import org.apache.hadoop.io.NullWritable;
import org.giraphml.api.BipartitePiece;
import org.giraphml.graph.DataBlock;
import org.giraphml.graph.NodeId;
import org.giraphml.graph.NodeValue;
import org.giraphml.math.SeededRandom;
import org.giraphml.reduce.KeyedRows;
import org.giraphml.reduce.KeyedRowsReduce;
import org.giraphml.reduce.RowTable;

/**
 * One k-means++ step (repeated k - 1 times): rows fold the latest centre into their nearest
 * distance D, then one row is drawn with probability proportional to D^2 by exponential
 * races: each row's priority is {@code -ln(u) / D^2} with u hashed from the seed, the round
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

  private final KMeansState state;
  private ReducerHandle<KeyedRows, KeyedRows> winner;

  PlusPlusPiece(KMeansState state) {
    this.state = state;
  }

  @Override
  public void registerReducers(CreateReducersApi api, Object stage) {
    winner = api.createGlobalReducer(new KeyedRowsReduce(1));
  }

  @Override
  protected Sender dataSender(BlockWorkerSendApi<NodeId, NodeValue, NullWritable, NoMessage> api) {
    Assigner assigner = new Assigner();
    return vertex -> {
      NodeValue value = vertex.getValue();
      DataBlock block = value.block();
      RowTable fresh = broadcast(state.newCentresHandle, api);
      double[] min = SeedingRows.update(value, fresh, assigner);
      KeyedRows local = new KeyedRows(1);
      for (int r = 0; r < block.rows(); r++) {
        double u = SeededRandom.uniform(state.seed, SeedingRows.STREAM_PLUS_PLUS + state.round,
            block.rowKeys()[r]);
        SeedingRows.offer(local, block, r, priority(u, min[r]), state.dims);
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
    List<KeyedRows.Entry> entries = winner.getReducedValue(api).entries();
    KeyedRows.Entry chosen = entries.get(0);
    state.candidates.add(chosen.row());
    state.candidateKeys.add(chosen.key());
    state.round++;
    if (state.candidates.size() == state.k) {
      double[] c = new double[state.k * state.dims];
      for (int j = 0; j < state.k; j++) {
        System.arraycopy(state.candidates.get(j), 0, c, j * state.dims, state.dims);
      }
      state.publishCentroids(api, c);
      state.initSeconds = state.seconds();
    } else {
      state.newCentresHandle = api.broadcast(KMeansState.table(List.of(chosen.row()),
          state.dims));
    }
  }
}
