package org.giraphml.algorithms.kmeans;

import org.apache.giraph.block_app.framework.api.BlockMasterApi;
import org.apache.giraph.block_app.framework.api.BlockWorkerSendApi;
import org.apache.giraph.block_app.framework.api.CreateReducersApi;
import org.apache.giraph.block_app.framework.piece.global_comm.ReducerHandle;
import org.apache.giraph.types.NoMessage;
import org.apache.hadoop.io.NullWritable;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import org.giraphml.api.BipartitePiece;
import org.giraphml.api.Shared;
import org.giraphml.graph.DataBlock;
import org.giraphml.graph.NodeId;
import org.giraphml.graph.NodeValue;
import org.giraphml.reduce.RowTable;
import org.giraphml.reduce.VectorSum;
import org.giraphml.reduce.VectorSumReduce;

/**
 * Last k-means|| step: each candidate is weighted by the number (total sample weight) of rows
 * nearest to it, and the
 * master clusters the weighted candidates into k centroids ({@link LocalKMeans}).
 */
final class CandidateWeightPiece extends BipartitePiece<NoMessage> {
  private static final Logger LOG = LogManager.getLogger(CandidateWeightPiece.class);

  private final KMeansParams params;
  private final Shared<DataShape> shape;
  private final Candidates candidates;
  private final Shared<RowTable> all;
  private final Shared<RowTable> centroids;
  private final IterationHistory history;
  private ReducerHandle<VectorSum, VectorSum> weights;

  /**
   * @param all every candidate (as in {@code candidates}), which rows are assigned to
   * @param centroids set here: the k centroids
   */
  CandidateWeightPiece(KMeansParams params, Shared<DataShape> shape, Candidates candidates,
      Shared<RowTable> all, Shared<RowTable> centroids, IterationHistory history) {
    this.params = params;
    this.shape = shape;
    this.candidates = candidates;
    this.all = all;
    this.centroids = centroids;
    this.history = history;
  }

  @Override
  public void registerReducers(CreateReducersApi api, Object stage) {
    weights = api.createGlobalReducer(new VectorSumReduce(candidates.size()));
  }

  @Override
  public void masterCompute(BlockMasterApi api, Object stage) {
    int m = candidates.size();
    int k = params.k();
    int d = shape.get().dims();
    double[] w = weights.getReducedValue(api).toArray();
    double[][] points = candidates.rows().toArray(new double[0][]);
    double[] c = LocalKMeans.cluster(points, w, k, d, params.seed());
    if (params.cosine()) {
      CentroidMath.normalizeRows(c, k, d);
    }
    LOG.info("kmeans||: {} candidates from {} rounds clustered into {} centroids", m,
        params.initSteps(), k);
    centroids.set(CentroidMath.table(c, k, d));
    history.seeded();
  }

  @Override
  protected Sender dataSender(BlockWorkerSendApi<NodeId, NodeValue, NullWritable, NoMessage> api) {
    Assigner assigner = new Assigner();
    RowTable table = all.get();
    return vertex -> {
      AssignedRows rows = AssignedRows.of(vertex.getValue());
      DataBlock block = rows.block();
      assigner.assign(block, table);
      double[] counts = new double[table.rows()];
      int[] a = assigner.assignment();
      for (int r = 0; r < block.rows(); r++) {
        counts[a[r]] += block.weight(r); // the rows' total sample weight; 1 each unweighted
      }
      weights.reduce(VectorSum.of(counts, block.rows()));
      rows.clearSeedingDistances();
    };
  }
}
