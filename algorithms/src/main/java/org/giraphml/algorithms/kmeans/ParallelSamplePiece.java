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
import org.giraphml.api.Shared;
import org.giraphml.graph.DataBlock;
import org.giraphml.graph.NodeId;
import org.giraphml.graph.NodeValue;
import org.giraphml.math.SeededRandom;
import org.giraphml.reduce.KeyedRows;
import org.giraphml.reduce.KeyedRowsReduce;
import org.giraphml.reduce.RowTable;

/**
 * k-means|| sampling step: each row joins the candidates independently with probability
 * {@code min(1, l * D^2 / cost)}, l = 2k (Spark's oversampling factor), decided by a uniform
 * hashed from the seed, the round and the row's key.
 */
final class ParallelSamplePiece extends BipartitePiece<NoMessage> {
  /** Cap on candidates per round, as a multiple of l; reached with negligible probability. */
  private static final int CAPACITY_FACTOR = 16;

  private final KMeansParams params;
  private final Shared<DataShape> shape;
  private final Candidates candidates;
  private final Shared<Double> cost;
  private final Shared<Integer> round;
  private final Shared<RowTable> fresh;
  private final Shared<RowTable> all;
  private ReducerHandle<KeyedRows, KeyedRows> sampled;

  /**
   * @param cost the total cost {@link ParallelCostPiece} found
   * @param round the number of this round (from 0), counted here
   * @param fresh set here: the candidates new in this round
   * @param all set here after the last round: every candidate
   */
  ParallelSamplePiece(KMeansParams params, Shared<DataShape> shape, Candidates candidates,
      Shared<Double> cost, Shared<Integer> round, Shared<RowTable> fresh, Shared<RowTable> all) {
    this.params = params;
    this.shape = shape;
    this.candidates = candidates;
    this.cost = cost;
    this.round = round;
    this.fresh = fresh;
    this.all = all;
  }

  private int oversampling() {
    return 2 * params.k();
  }

  @Override
  public void registerReducers(CreateReducersApi api, Object stage) {
    sampled = api.createGlobalReducer(new KeyedRowsReduce(CAPACITY_FACTOR * oversampling()));
  }

  @Override
  protected Sender dataSender(BlockWorkerSendApi<NodeId, NodeValue, NullWritable, NoMessage> api) {
    double l = oversampling();
    double total = cost.get();
    long seed = params.seed();
    long stream = SeedingRows.STREAM_PARALLEL + round.get();
    int scaleExponent = shape.get().scaleExponent();
    int dims = shape.get().dims();
    return vertex -> {
      if (total <= 0) {
        return; // every row sits on a candidate already
      }
      AssignedRows rows = AssignedRows.of(vertex.getValue());
      DataBlock block = rows.block();
      double[] min = rows.seedingDistances();
      KeyedRows local = new KeyedRows(CAPACITY_FACTOR * oversampling());
      for (int r = 0; r < block.rows(); r++) {
        // Rows whose D^2 overflowed are certain to join (and only they, when the cost did).
        // With sample weights a row joins with probability min(1, l w D^2 / cost), never at w 0.
        double w = block.weight(r);
        double q = w == 0 ? 0 : min[r] == Double.POSITIVE_INFINITY ? 1
            : l * w * Math.scalb(min[r], -2 * scaleExponent) / total;
        double u = SeededRandom.uniform(seed, stream, block.rowKeys()[r]);
        if (u < q) {
          // u / q is uniform among the chosen rows: a fair cut if the cap is ever reached.
          SeedingRows.offer(local, block, r, u / q, dims);
        }
      }
      if (local.size() > 0) {
        sampled.reduce(local);
      }
    };
  }

  @Override
  public void masterCompute(BlockMasterApi api, Object stage) {
    List<double[]> added = new ArrayList<>();
    for (KeyedRows.Entry e : sampled.getReducedValue(api).entries()) {
      if (candidates.addIfNew(e.key(), e.row())) {
        added.add(e.row());
      }
    }
    round.set(round.get() + 1);
    int d = shape.get().dims();
    fresh.set(CentroidMath.table(added, d));
    if (round.get() == params.initSteps()) {
      // Sampling may, rarely, find fewer than k distinct rows: top up from the uniform reserve.
      candidates.topUp(params.k());
      all.set(CentroidMath.table(candidates.rows(), d));
    }
  }
}
