package org.giraphml.algorithms.kmeans;

import java.util.ArrayList;
import java.util.List;
import org.apache.giraph.block_app.framework.api.BlockMasterApi;
import org.apache.giraph.block_app.framework.api.BlockWorkerSendApi;
import org.apache.giraph.block_app.framework.api.CreateReducersApi;
import org.apache.giraph.function.Supplier;
import org.apache.giraph.types.NoMessage;
import org.apache.hadoop.io.NullWritable;
import org.giraphml.api.BipartitePiece;
import org.giraphml.api.Shared;
import org.giraphml.graph.NodeId;
import org.giraphml.graph.NodeValue;

/**
 * One Lloyd iteration of every k of a sweep that is still running, in one superstep: each data
 * vertex passes over its rows once per superstep for all those k (rather than once per k per
 * superstep), assigning them against every running k's centroids. Each k is its own
 * {@link AssignPiece}, run as in a separate job: its reducers, its per-row state (swapped in
 * and out of the vertex value by {@link SweepRowStates}), its master update and its own stop.
 * A k whose {@code stop} is set is skipped from then on while the others continue.
 */
final class SweepLloydPiece extends BipartitePiece<NoMessage> {
  private final List<AssignPiece> runs;
  private final List<Shared<StopReason>> stops;

  /**
   * @param runs each k's Lloyd step, ascending k
   * @param stops each k's stop reason, set by its step when it ends (same order)
   */
  SweepLloydPiece(List<AssignPiece> runs, List<Shared<StopReason>> stops) {
    this.runs = new ArrayList<>(runs);
    this.stops = new ArrayList<>(stops);
  }

  /** The runs still iterating, as indices into {@code runs}. */
  private int[] running() {
    int[] out = new int[runs.size()];
    int n = 0;
    for (int i = 0; i < runs.size(); i++) {
      if (!stops.get(i).isSet()) {
        out[n++] = i;
      }
    }
    return java.util.Arrays.copyOf(out, n);
  }

  @Override
  public void registerReducers(CreateReducersApi api, Object stage) {
    for (int i : running()) {
      runs.get(i).registerReducers(api, stage);
    }
  }

  @Override
  protected Sender dataSender(BlockWorkerSendApi<NodeId, NodeValue, NullWritable, NoMessage> api) {
    int[] running = running();
    Sender[] senders = new Sender[running.length];
    for (int j = 0; j < running.length; j++) {
      senders[j] = runs.get(running[j]).dataSender(api);
    }
    int total = runs.size();
    return vertex -> {
      NodeValue value = vertex.getValue();
      double[][] packed = SweepRowStates.take(value, total);
      for (int j = 0; j < running.length; j++) {
        SweepRowStates.load(packed, running[j], value);
        senders[j].send(vertex);
        SweepRowStates.store(value, packed, running[j]);
      }
      SweepRowStates.put(value, packed);
    };
  }

  @Override
  public void masterCompute(BlockMasterApi api, Object stage) {
    for (int i : running()) {
      runs.get(i).masterCompute(api, stage);
    }
  }

  @Override
  public String toString() {
    return "SweepLloydPiece(" + running().length + " of " + runs.size() + " k running)";
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
