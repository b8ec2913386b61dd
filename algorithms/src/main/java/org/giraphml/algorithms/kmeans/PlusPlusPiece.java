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
 */
final class PlusPlusPiece extends BipartitePiece<NoMessage> {
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
        double priority = min[r] > 0 ? -Math.log(u) / min[r] : Double.POSITIVE_INFINITY;
        SeedingRows.offer(local, block, r, priority, state.dims);
      }
      winner.reduce(local);
    };
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
