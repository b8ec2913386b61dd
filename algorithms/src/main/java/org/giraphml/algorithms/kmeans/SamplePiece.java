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
 * Draws k distinct rows uniformly: every row gets a priority hashed from the seed and its key,
 * and the k smallest win. With sample weights ({@code --weight-column}) rows are drawn in
 * proportion to their weights instead ({@link #weighted}), without replacement. With {@code random} initialisation they are the centroids; for
 * k-means++ and k-means|| the first is the first centre (set as the fresh centres the next
 * round folds in) and all of them a reserve.
 */
final class SamplePiece extends BipartitePiece<NoMessage> {
  private final KMeansParams params;
  private final Shared<DataShape> shape;
  private final Candidates candidates;
  private final Shared<RowTable> fresh;
  private final Shared<RowTable> centroids;
  private final IterationHistory history;
  private ReducerHandle<KeyedRows, KeyedRows> sample;

  SamplePiece(KMeansParams params, Shared<DataShape> shape, Candidates candidates,
      Shared<RowTable> fresh, Shared<RowTable> centroids, IterationHistory history) {
    this.params = params;
    this.shape = shape;
    this.candidates = candidates;
    this.fresh = fresh;
    this.centroids = centroids;
    this.history = history;
  }

  @Override
  public void registerReducers(CreateReducersApi api, Object stage) {
    sample = api.createGlobalReducer(new KeyedRowsReduce(params.k()));
  }

  @Override
  protected Sender dataSender(BlockWorkerSendApi<NodeId, NodeValue, NullWritable, NoMessage> api) {
    int k = params.k();
    long seed = params.seed();
    int dims = shape.get().dims();
    return vertex -> {
      DataBlock block = AssignedRows.of(vertex.getValue()).block();
      KeyedRows local = new KeyedRows(k);
      for (int r = 0; r < block.rows(); r++) {
        double u = SeededRandom.uniform(seed, SeedingRows.STREAM_UNIFORM, block.rowKeys()[r]);
        SeedingRows.offer(local, block, r, block.hasWeights() ? weighted(u, block.weight(r))
            : u, dims);
      }
      sample.reduce(local);
    };
  }

  /**
   * Priority of a row of weight {@code w} with draw u: {@code ln(-ln u) - ln w}, the order of
   * the exponential race {@code -ln(u) / w} (Efraimidis and Spirakis, "Weighted random
   * sampling with a reservoir", 2006), so that rows are drawn in proportion to their weights;
   * a row of weight 0 is never drawn before a row of positive weight.
   */
  static double weighted(double u, double w) {
    return w > 0 ? Math.log(-Math.log(u)) - Math.log(w) : Double.POSITIVE_INFINITY;
  }

  @Override
  public void masterCompute(BlockMasterApi api, Object stage) {
    List<KeyedRows.Entry> entries = sample.getReducedValue(api).entries();
    for (KeyedRows.Entry e : entries) {
      candidates.reserve(e.key(), e.row());
    }
    int k = params.k();
    int d = shape.get().dims();
    if (params.init() == InitMode.RANDOM) {
      double[] c = new double[k * d];
      for (int j = 0; j < k; j++) {
        System.arraycopy(candidates.reserveRow(j), 0, c, j * d, d);
      }
      centroids.set(CentroidMath.table(c, k, d));
      history.seeded();
      return;
    }
    candidates.add(entries.get(0).key(), entries.get(0).row());
    fresh.set(CentroidMath.table(candidates.rows(), d));
  }
}
