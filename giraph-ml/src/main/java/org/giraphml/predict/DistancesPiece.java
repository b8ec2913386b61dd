package org.giraphml.predict;

import org.apache.giraph.block_app.framework.api.BlockWorkerSendApi;
import org.apache.giraph.types.NoMessage;
import org.apache.hadoop.io.NullWritable;
import org.giraphml.api.BipartitePiece;
import org.giraphml.api.CentroidModel;
import org.giraphml.api.Shared;
import org.giraphml.graph.DataBlock;
import org.giraphml.graph.NodeId;
import org.giraphml.graph.NodeValue;

/**
 * {@code predict --distances}: every data vertex computes its rows' distances to the shared
 * model's centroids ({@link CentroidModel#distances}) and keeps them ({@link RowDistances}) for
 * the prediction writer. Blocks the model cannot take are left for {@link PredictPiece}, which
 * runs next and fails the job naming their rows.
 */
final class DistancesPiece extends BipartitePiece<NoMessage> {
  private final Shared<String> modelJson;

  DistancesPiece(Shared<String> modelJson) {
    this.modelJson = modelJson;
  }

  @Override
  protected Sender dataSender(BlockWorkerSendApi<NodeId, NodeValue, NullWritable, NoMessage> api) {
    CentroidModel model = (CentroidModel) ShareModelPiece.read(modelJson);
    int k = model.centroidCount();
    return vertex -> {
      DataBlock block = vertex.getValue().block();
      if (!Predictable.wholly(model, block)) {
        return;
      }
      double[] out = new double[block.rows() * k];
      model.distances(block, out);
      RowDistances.set(vertex.getValue(), out);
    };
  }
}
