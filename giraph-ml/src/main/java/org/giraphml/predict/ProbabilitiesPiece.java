package org.giraphml.predict;

import org.apache.giraph.block_app.framework.api.BlockWorkerSendApi;
import org.apache.giraph.types.NoMessage;
import org.apache.hadoop.io.NullWritable;
import org.giraphml.api.BipartitePiece;
import org.giraphml.api.ProbabilisticModel;
import org.giraphml.api.Shared;
import org.giraphml.graph.DataBlock;
import org.giraphml.graph.NodeId;
import org.giraphml.graph.NodeValue;

/**
 * {@code predict --probabilities}: every data vertex computes its rows' class probabilities
 * with the shared model ({@link ProbabilisticModel#probabilities}) and keeps them, row-major,
 * where {@link RowDistances} keeps distances (predict uses one or the other), for the
 * prediction writer. Blocks the model cannot take are left for {@link PredictPiece}, which
 * runs next and fails the job naming their rows.
 */
final class ProbabilitiesPiece extends BipartitePiece<NoMessage> {
  private final Shared<String> modelJson;

  ProbabilitiesPiece(Shared<String> modelJson) {
    this.modelJson = modelJson;
  }

  @Override
  protected Sender dataSender(BlockWorkerSendApi<NodeId, NodeValue, NullWritable, NoMessage> api) {
    ProbabilisticModel model = (ProbabilisticModel) ShareModelPiece.read(modelJson);
    int k = model.classNames().size();
    return vertex -> {
      DataBlock block = vertex.getValue().block();
      if (Predictable.wholly(model, block)) {
        double[] out = new double[block.rows() * k];
        model.probabilities(block, out);
        RowDistances.set(vertex.getValue(), out);
      }
    };
  }
}
