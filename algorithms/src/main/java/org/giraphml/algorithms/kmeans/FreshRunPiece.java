package org.giraphml.algorithms.kmeans;

import org.apache.giraph.block_app.framework.api.BlockWorkerSendApi;
import org.apache.giraph.block_app.framework.api.CreateReducersApi;
import org.apache.giraph.types.NoMessage;
import org.apache.hadoop.io.NullWritable;
import org.giraphml.api.BipartitePiece;
import org.giraphml.graph.NodeId;
import org.giraphml.graph.NodeValue;

/**
 * Starts the seeding of one k of a sweep ({@link KSweep}) from the state a separate run starts
 * from: data vertices drop what the previous k's seeding left in their value (the seeding
 * distances; and each row's cluster and distance bounds, which no k has yet), so the seeding
 * sees exactly what a job with that single k would see after {@link DescribePiece}, and the
 * master starts that k's clock ({@code train_seconds}, which in a sweep also counts the
 * steps of the other k that run meanwhile). The rows themselves stay (scaled to unit length once,
 * for cosine distance).
 */
final class FreshRunPiece extends BipartitePiece<NoMessage> {
  private final int k;
  private final IterationHistory history;

  FreshRunPiece(int k, IterationHistory history) {
    this.k = k;
    this.history = history;
  }

  @Override
  public void registerReducers(CreateReducersApi api, Object stage) {
    history.start();
  }

  @Override
  protected Sender dataSender(BlockWorkerSendApi<NodeId, NodeValue, NullWritable, NoMessage> api) {
    return vertex -> {
      AssignedRows rows = AssignedRows.of(vertex.getValue());
      rows.setAssignments(null);
      rows.clearSeedingDistances();
      vertex.getValue().setVectors(null);
    };
  }

  @Override
  public String toString() {
    return "FreshRunPiece(k=" + k + ")";
  }
}
