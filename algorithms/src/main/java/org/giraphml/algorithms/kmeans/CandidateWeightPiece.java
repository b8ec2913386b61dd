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
import org.giraphml.graph.DataBlock;
import org.giraphml.graph.NodeId;
import org.giraphml.graph.NodeValue;
import org.giraphml.reduce.RowTable;
import org.giraphml.reduce.VectorSum;
import org.giraphml.reduce.VectorSumReduce;

/**
 * Last k-means|| step: each candidate is weighted by the number of rows nearest to it, and the
 * master clusters the weighted candidates into k centroids ({@link LocalKMeans}).
 */
final class CandidateWeightPiece extends BipartitePiece<NoMessage> {
  private static final Logger LOG = LogManager.getLogger(CandidateWeightPiece.class);

  private final KMeansState state;
  private ReducerHandle<VectorSum, VectorSum> weights;

  CandidateWeightPiece(KMeansState state) {
    this.state = state;
  }

  @Override
  public void registerReducers(CreateReducersApi api, Object stage) {
    weights = api.createGlobalReducer(new VectorSumReduce(state.candidates.size()));
  }

  @Override
  public void masterCompute(BlockMasterApi api, Object stage) {
    int m = state.candidates.size();
    double[] w = weights.getReducedValue(api).toArray();
    double[][] points = state.candidates.toArray(new double[0][]);
    double[] c = LocalKMeans.cluster(points, w, state.k, state.dims, state.seed);
    if (state.distance == DistanceMeasure.COSINE) {
      CentroidMath.normalizeRows(c, state.k, state.dims);
    }
    LOG.info("kmeans||: {} candidates from {} rounds clustered into {} centroids", m,
        state.initSteps, state.k);
    state.publishCentroids(api, c);
    state.initSeconds = state.seconds();
  }

  @Override
  protected Sender dataSender(BlockWorkerSendApi<NodeId, NodeValue, NullWritable, NoMessage> api) {
    Assigner assigner = new Assigner();
    return vertex -> {
      DataBlock block = vertex.getValue().block();
      RowTable all = broadcast(state.allCandidatesHandle, api);
      assigner.assign(block, all);
      double[] counts = new double[all.rows()];
      int[] a = assigner.assignment();
      for (int r = 0; r < block.rows(); r++) {
        counts[a[r]]++;
      }
      weights.reduce(VectorSum.of(counts, block.rows()));
      vertex.getValue().setRowDoubles(null); // seeding distances are no longer needed
    };
  }
}
