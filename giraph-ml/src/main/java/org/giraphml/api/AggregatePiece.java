package org.giraphml.api;

import org.apache.giraph.block_app.framework.api.BlockMasterApi;
import org.apache.giraph.block_app.framework.api.BlockWorkerSendApi;
import org.apache.giraph.block_app.framework.api.CreateReducersApi;
import org.apache.giraph.block_app.framework.piece.global_comm.ReducerHandle;
import org.apache.giraph.types.NoMessage;
import org.apache.hadoop.io.NullWritable;
import org.giraphml.graph.NodeId;
import org.giraphml.graph.NodeValue;
import org.giraphml.reduce.Reducible;
import org.giraphml.reduce.ReducibleReduce;

/**
 * The piece that runs one {@link Aggregation}: one superstep in which data vertices reduce
 * their partials into a global reducer and the master receives the total. Model vertices do
 * nothing. Use it as a step of any block, also inside a loop (a k-means step each iteration);
 * {@link AggregationAlgorithm} chains a fixed list of them.
 *
 * @param <A> the partial value's type
 */
public final class AggregatePiece<A extends Reducible<A>> extends BipartitePiece<NoMessage> {
  private final Aggregation<A> aggregation;
  private final long startNanos;
  private ReducerHandle<A, A> handle;

  /**
   * @param aggregation what the data vertices and the master do
   * @param startNanos {@link System#nanoTime()} when training started on the master, for
   *     {@link MasterContext#trainSeconds()}
   */
  public AggregatePiece(Aggregation<A> aggregation, long startNanos) {
    this.aggregation = aggregation;
    this.startNanos = startNanos;
  }

  @Override
  public void registerReducers(CreateReducersApi api, Object stage) {
    handle = api.createGlobalReducer(new ReducibleReduce<>(aggregation.zero()));
  }

  @Override
  protected Sender dataSender(BlockWorkerSendApi<NodeId, NodeValue, NullWritable, NoMessage> api) {
    return vertex -> handle.reduce(aggregation.partial(new DataRows(vertex.getValue())));
  }

  @Override
  public void masterCompute(BlockMasterApi api, Object stage) {
    try {
      aggregation.total(new MasterContext(api, startNanos), handle.getReducedValue(api));
    } catch (Shared.UnsetException e) {
      throw e.in(this + " (master)");
    }
  }

  /** Names the aggregation, so a failure says which step it was. */
  @Override
  public String toString() {
    return getClass().getSimpleName() + "[" + aggregation.getClass().getSimpleName() + "]";
  }
}
