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

/**
 * Draws k distinct rows uniformly: every row gets a priority hashed from the seed and its key,
 * and the k smallest win. With {@code random} initialisation they are the centroids; for
 * k-means++ and k-means|| the first is the first centre and the rest a reserve.
 */
final class SamplePiece extends BipartitePiece<NoMessage> {
  private final KMeansState state;
  private ReducerHandle<KeyedRows, KeyedRows> sample;

  SamplePiece(KMeansState state) {
    this.state = state;
  }

  @Override
  public void registerReducers(CreateReducersApi api, Object stage) {
    sample = api.createGlobalReducer(new KeyedRowsReduce(state.k));
  }

  @Override
  protected Sender dataSender(BlockWorkerSendApi<NodeId, NodeValue, NullWritable, NoMessage> api) {
    return vertex -> {
      DataBlock block = vertex.getValue().block();
      KeyedRows local = new KeyedRows(state.k);
      for (int r = 0; r < block.rows(); r++) {
        double p = SeededRandom.uniform(state.seed, SeedingRows.STREAM_UNIFORM,
            block.rowKeys()[r]);
        SeedingRows.offer(local, block, r, p, state.dims);
      }
      sample.reduce(local);
    };
  }

  @Override
  public void masterCompute(BlockMasterApi api, Object stage) {
    List<KeyedRows.Entry> entries = sample.getReducedValue(api).entries();
    state.uniformRows = new double[entries.size()][];
    state.uniformKeys = new long[entries.size()];
    for (int i = 0; i < entries.size(); i++) {
      state.uniformRows[i] = entries.get(i).row();
      state.uniformKeys[i] = entries.get(i).key();
    }
    if (state.init == InitMode.RANDOM) {
      double[] c = new double[state.k * state.dims];
      for (int j = 0; j < state.k; j++) {
        System.arraycopy(state.uniformRows[j], 0, c, j * state.dims, state.dims);
      }
      state.publishCentroids(api, c);
      state.initSeconds = state.seconds();
      return;
    }
    state.candidates.add(state.uniformRows[0]);
    state.candidateKeys.add(state.uniformKeys[0]);
    state.newCentresHandle = api.broadcast(KMeansState.table(state.candidates, state.dims));
  }
}
