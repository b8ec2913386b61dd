package org.giraphml.algorithms.kmeans;

import java.util.List;
import org.apache.giraph.block_app.framework.api.BlockWorkerSendApi;
import org.apache.giraph.types.NoMessage;
import org.apache.hadoop.io.NullWritable;
import org.giraphml.graph.NodeId;
import org.giraphml.graph.NodeValue;

/**
 * The final assignment of every k of a sweep in one superstep, after the shared Lloyd loop:
 * each data vertex assigns its rows to every k's saved centroids in one pass, and each k's
 * {@link FinalAssignPiece} reduces its figures and saves its model and summary (ascending k,
 * so the sweep's table is in order).
 */
final class SweepFinalPiece extends SideBySidePiece<FinalAssignPiece> {
  /** @param runs each k's final step, ascending k */
  SweepFinalPiece(List<FinalAssignPiece> runs) {
    super(runs);
  }

  @Override
  Sender sender(FinalAssignPiece run,
      BlockWorkerSendApi<NodeId, NodeValue, NullWritable, NoMessage> api) {
    return run.dataSender(api);
  }

  @Override
  boolean takesPart(int i) {
    return true;
  }
}
