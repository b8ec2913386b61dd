package org.giraphml.algorithms.kmeans;

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
import org.giraphml.reduce.RowTable;
import org.giraphml.reduce.VectorSum;
import org.giraphml.reduce.VectorSumReduce;

/**
 * k-means|| cost step: rows fold the candidates chosen in the last round into their nearest
 * distance D, and the master learns the total cost {@code sum D^2} that scales the next
 * round's sampling. The cost is {@code Infinity} only if some row's own D^2 overflowed.
 */
final class ParallelCostPiece extends BipartitePiece<NoMessage> {
  private final Shared<DataShape> shape;
  private final Shared<RowTable> fresh;
  private final Shared<Double> cost;
  private ReducerHandle<VectorSum, VectorSum> total;

  /**
   * @param fresh the candidates chosen in the last round
   * @param cost set here: the sum of squared distances, in units of 2^(2 scaleExponent)
   */
  ParallelCostPiece(Shared<DataShape> shape, Shared<RowTable> fresh, Shared<Double> cost) {
    this.shape = shape;
    this.fresh = fresh;
    this.cost = cost;
  }

  @Override
  public void registerReducers(CreateReducersApi api, Object stage) {
    total = api.createGlobalReducer(new VectorSumReduce(1));
  }

  @Override
  protected Sender dataSender(BlockWorkerSendApi<NodeId, NodeValue, NullWritable, NoMessage> api) {
    Assigner assigner = new Assigner();
    RowTable latest = fresh.get();
    int scaleExponent = shape.get().scaleExponent();
    return vertex -> {
      AssignedRows rows = AssignedRows.of(vertex.getValue());
      double[] min = SeedingRows.update(rows, latest, assigner);
      // In units of 2^(2 scaleExponent), so the total cannot overflow (see DataShape).
      double sum = 0;
      int n = rows.block().rows();
      DataBlock block = rows.block();
      for (int r = 0; r < n; r++) {
        // With sample weights the cost is sum w D^2; a row of weight 0 adds nothing.
        double w = block.weight(r);
        sum += w == 0 ? 0 : w * Math.scalb(min[r], -2 * scaleExponent);
      }
      total.reduce(VectorSum.of(new double[] {sum}, n));
    };
  }

  @Override
  public void masterCompute(BlockMasterApi api, Object stage) {
    cost.set(total.getReducedValue(api).get(0));
  }
}
