package org.giraphml.algorithms.kmeans;

import java.util.ArrayList;
import java.util.List;
import org.apache.giraph.block_app.framework.api.BlockWorkerSendApi;
import org.apache.giraph.function.Supplier;
import org.apache.giraph.types.NoMessage;
import org.apache.hadoop.io.NullWritable;
import org.giraphml.api.Shared;
import org.giraphml.graph.NodeId;
import org.giraphml.graph.NodeValue;

/**
 * One Lloyd iteration of every k of a sweep that is still running, in one superstep: each data
 * vertex assigns its rows against every running k's centroids in one pass. Each k is its own
 * {@link AssignPiece}, with its own centroids, update and stop; a k whose {@code stop} is set
 * is skipped from then on while the others continue.
 */
final class SweepLloydPiece extends SideBySidePiece<AssignPiece> {
  private final List<Shared<StopReason>> stops;

  /**
   * @param runs each k's Lloyd step, ascending k
   * @param stops each k's stop reason, set by its step when it ends (same order)
   */
  SweepLloydPiece(List<AssignPiece> runs, List<Shared<StopReason>> stops) {
    super(runs);
    this.stops = new ArrayList<>(stops);
  }

  @Override
  Sender sender(AssignPiece run,
      BlockWorkerSendApi<NodeId, NodeValue, NullWritable, NoMessage> api) {
    return run.dataSender(api);
  }

  @Override
  boolean takesPart(int i) {
    return !stops.get(i).isSet();
  }

  @Override
  public String toString() {
    return "SweepLloydPiece(" + stops.stream().filter(s -> !s.isSet()).count() + " of "
        + stops.size() + " k running)";
  }

  /** Ends the shared loop once every k has set its stop reason. */
  static final class AllStopped implements Supplier<Boolean> {
    private static final long serialVersionUID = 1L;
  private final List<Shared<StopReason>> stops;

    AllStopped(List<Shared<StopReason>> stops) {
      this.stops = new ArrayList<>(stops);
    }

    @Override
    public Boolean get() {
      return stops.stream().allMatch(Shared::isSet);
    }
  }
}
