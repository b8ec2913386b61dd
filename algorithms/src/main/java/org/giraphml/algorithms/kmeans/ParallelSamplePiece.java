package org.giraphml.algorithms.kmeans;

import java.util.ArrayList;
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

/**
 * k-means|| sampling step: each row joins the candidates independently with probability
 * {@code min(1, l * D^2 / cost)}, l = 2k (Spark's oversampling factor), decided by a uniform
 * hashed from the seed, the round and the row's key.
 */
final class ParallelSamplePiece extends BipartitePiece<NoMessage> {
  /** Cap on candidates per round, as a multiple of l; reached with negligible probability. */
  private static final int CAPACITY_FACTOR = 16;

  private final KMeansState state;
  private ReducerHandle<KeyedRows, KeyedRows> sampled;

  ParallelSamplePiece(KMeansState state) {
    this.state = state;
  }

  private int oversampling() {
    return 2 * state.k;
  }

  @Override
  public void registerReducers(CreateReducersApi api, Object stage) {
    sampled = api.createGlobalReducer(new KeyedRowsReduce(CAPACITY_FACTOR * oversampling()));
  }

  @Override
  protected Sender dataSender(BlockWorkerSendApi<NodeId, NodeValue, NullWritable, NoMessage> api) {
    double l = oversampling();
    return vertex -> {
      if (state.cost <= 0) {
        return; // every row sits on a candidate already
      }
      NodeValue value = vertex.getValue();
      DataBlock block = value.block();
      double[] min = value.rowDoubles();
      KeyedRows local = new KeyedRows(CAPACITY_FACTOR * oversampling());
      for (int r = 0; r < block.rows(); r++) {
        // Rows whose D^2 overflowed are certain to join (and only they, when the cost did).
        double q = min[r] == Double.POSITIVE_INFINITY ? 1
            : l * Math.scalb(min[r], -2 * state.scaleExponent) / state.cost;
        double u = SeededRandom.uniform(state.seed, SeedingRows.STREAM_PARALLEL + state.round,
            block.rowKeys()[r]);
        if (u < q) {
          // u / q is uniform among the chosen rows: a fair cut if the cap is ever reached.
          SeedingRows.offer(local, block, r, u / q, state.dims);
        }
      }
      if (local.size() > 0) {
        sampled.reduce(local);
      }
    };
  }

  @Override
  public void masterCompute(BlockMasterApi api, Object stage) {
    List<double[]> fresh = new ArrayList<>();
    for (KeyedRows.Entry e : sampled.getReducedValue(api).entries()) {
      if (!state.candidateKeys.contains(e.key())) {
        state.candidates.add(e.row());
        state.candidateKeys.add(e.key());
        fresh.add(e.row());
      }
    }
    state.round++;
    state.newCentresHandle = api.broadcast(KMeansState.table(fresh, state.dims));
    if (state.round == state.initSteps) {
      // Sampling may, rarely, find fewer than k distinct rows: top up from the uniform reserve.
      for (int i = 0; state.candidates.size() < state.k && i < state.uniformKeys.length; i++) {
        if (!state.candidateKeys.contains(state.uniformKeys[i])) {
          state.candidates.add(state.uniformRows[i]);
          state.candidateKeys.add(state.uniformKeys[i]);
        }
      }
      state.allCandidatesHandle = api.broadcast(KMeansState.table(state.candidates,
          state.dims));
    }
  }
}
