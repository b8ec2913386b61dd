package org.giraphml.algorithms.kmeans;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.giraph.block_app.framework.api.BlockMasterApi;
import org.apache.giraph.block_app.framework.api.BlockWorkerSendApi;
import org.apache.giraph.block_app.framework.api.CreateReducersApi;
import org.apache.giraph.types.NoMessage;
import org.apache.hadoop.io.NullWritable;
import org.giraphml.api.BipartitePiece;
import org.giraphml.graph.NodeId;
import org.giraphml.graph.NodeValue;

/**
 * One step of several k of a sweep in one superstep: each data vertex passes over its rows
 * once for all of them (rather than once per k), and each k's own piece does its work there,
 * as in a separate job: its reducers, its per-row state (swapped in and out of the vertex value
 * by {@link SweepRowStates}) and its master step. A subclass says which k take part in a
 * superstep ({@link #takesPart}); the choice must depend only on what the master set before
 * the superstep, so that master and workers agree.
 */
abstract class SideBySidePiece<P extends BipartitePiece<NoMessage>>
    extends BipartitePiece<NoMessage> {
  private final List<P> runs;

  /** @param runs each k's own piece, ascending k */
  SideBySidePiece(List<P> runs) {
    this.runs = new ArrayList<>(runs);
  }

  /**
   * {@code run}'s send-phase action: its {@code dataSender}, which only a subclass naming the
   * piece's class may call (it is protected in the framework's base class).
   */
  abstract Sender sender(P run,
      BlockWorkerSendApi<NodeId, NodeValue, NullWritable, NoMessage> api);

  private int size() {
    return runs.size();
  }

  private P run(int i) {
    return runs.get(i);
  }

  /** Whether run {@code i} takes part in this superstep. */
  abstract boolean takesPart(int i);

  /** The runs taking part, as indices into {@code runs}. */
  private int[] running() {
    int[] out = new int[size()];
    int n = 0;
    for (int i = 0; i < size(); i++) {
      if (takesPart(i)) {
        out[n++] = i;
      }
    }
    return Arrays.copyOf(out, n);
  }

  @Override
  public void registerReducers(CreateReducersApi api, Object stage) {
    for (int i : running()) {
      run(i).registerReducers(api, stage);
    }
  }

  @Override
  protected Sender dataSender(BlockWorkerSendApi<NodeId, NodeValue, NullWritable, NoMessage> api) {
    int[] running = running();
    Sender[] senders = new Sender[running.length];
    for (int j = 0; j < running.length; j++) {
      senders[j] = sender(run(running[j]), api);
    }
    int total = size();
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
      run(i).masterCompute(api, stage);
    }
  }
}
