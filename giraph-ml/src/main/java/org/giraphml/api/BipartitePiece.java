package org.giraphml.api;

import org.apache.giraph.block_app.framework.api.BlockWorkerReceiveApi;
import org.apache.giraph.block_app.framework.api.BlockWorkerSendApi;
import org.apache.giraph.block_app.framework.piece.Piece;
import org.apache.giraph.block_app.framework.piece.interfaces.VertexReceiver;
import org.apache.giraph.block_app.framework.piece.interfaces.VertexSender;
import org.apache.giraph.graph.Vertex;
import org.apache.hadoop.io.NullWritable;
import org.apache.hadoop.io.Writable;
import org.giraphml.graph.NodeId;
import org.giraphml.graph.NodeValue;

/**
 * One round of a bipartite vertex program: vertices of one side send, the master computes,
 * vertices receive. This is Giraph block-app's {@link Piece} specialised to the data/model
 * graph, with the per-vertex work split by side so an algorithm never tests vertex kinds.
 *
 * <p>The framework calls, in order, for each piece:
 * <ol>
 *   <li>{@link #registerReducers} on the master, before the superstep;</li>
 *   <li>on every worker thread, {@link #dataSender} and {@link #modelSender} once to obtain the
 *       per-vertex actions (allocate per-thread scratch buffers there), then the action for each
 *       vertex of that side;</li>
 *   <li>{@link #masterCompute} on the master, with the reduced values;</li>
 *   <li>in the next superstep, {@link #dataReceiver} and {@link #modelReceiver} likewise, with
 *       the messages sent to each vertex (possibly none) and the master's broadcasts.</li>
 * </ol>
 * Pieces are serialised with Kryo from the master to the workers every superstep and into
 * checkpoints, so keep their fields to configuration, reducer handles, {@link Shared} values
 * and plain master-side holders. Values pass between pieces through {@link Shared}: the master
 * sets, vertices read, with no broadcast lifetimes to manage; per-row state lives in the vertex
 * value.
 *
 * @param <M> the message type ({@code NoMessage} for pieces that send none)
 */
public abstract class BipartitePiece<M extends Writable>
    extends Piece<NodeId, NodeValue, NullWritable, M, Object> {

  /** What a vertex of one side does in the send phase. */
  @FunctionalInterface
  public interface Sender {
    void send(Vertex<NodeId, NodeValue, NullWritable> vertex);
  }

  /** What a vertex of one side does with the messages it received. */
  @FunctionalInterface
  public interface Receiver<M> {
    void receive(Vertex<NodeId, NodeValue, NullWritable> vertex, Iterable<M> messages);
  }

  /** Send-phase action of data vertices, or null if they do nothing. */
  protected Sender dataSender(BlockWorkerSendApi<NodeId, NodeValue, NullWritable, M> api) {
    return null;
  }

  /** Send-phase action of model vertices, or null if they do nothing. */
  protected Sender modelSender(BlockWorkerSendApi<NodeId, NodeValue, NullWritable, M> api) {
    return null;
  }

  /** Receive-phase action of data vertices, or null if they do nothing. */
  protected Receiver<M> dataReceiver(BlockWorkerReceiveApi<NodeId> api) {
    return null;
  }

  /** Receive-phase action of model vertices, or null if they do nothing. */
  protected Receiver<M> modelReceiver(BlockWorkerReceiveApi<NodeId> api) {
    return null;
  }

  @Override
  public final VertexSender<NodeId, NodeValue, NullWritable> getVertexSender(
      BlockWorkerSendApi<NodeId, NodeValue, NullWritable, M> api, Object stage) {
    Sender data;
    Sender model;
    try {
      data = dataSender(api);
      model = modelSender(api);
    } catch (Shared.UnsetException e) {
      throw e.in(this + " (send phase)");
    }
    if (data == null && model == null) {
      return null;
    }
    return vertex -> {
      Sender s = vertex.getId().isData() ? data : model;
      if (s != null) {
        try {
          s.send(vertex);
        } catch (Shared.UnsetException e) {
          throw e.in(this + " (send phase)");
        }
      }
    };
  }

  @Override
  public final VertexReceiver<NodeId, NodeValue, NullWritable, M> getVertexReceiver(
      BlockWorkerReceiveApi<NodeId> api, Object stage) {
    Receiver<M> data;
    Receiver<M> model;
    try {
      data = dataReceiver(api);
      model = modelReceiver(api);
    } catch (Shared.UnsetException e) {
      throw e.in(this + " (receive phase)");
    }
    if (data == null && model == null) {
      return null;
    }
    return (vertex, messages) -> {
      Receiver<M> r = vertex.getId().isData() ? data : model;
      if (r != null) {
        try {
          r.receive(vertex, messages);
        } catch (Shared.UnsetException e) {
          throw e.in(this + " (receive phase)");
        }
      }
    };
  }

  @Override
  public String toString() {
    return getClass().getSimpleName();
  }
}
