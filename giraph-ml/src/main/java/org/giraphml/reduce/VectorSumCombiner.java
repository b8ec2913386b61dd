package org.giraphml.reduce;

import org.apache.giraph.combiner.MessageCombiner;
import org.giraphml.graph.NodeId;

/**
 * Adds {@link VectorSum} messages bound for the same vertex, so that each worker sends one
 * partial per destination per superstep. Copies values out of the message it is handed and
 * never keeps a reference to it: Giraph reuses message objects.
 */
public final class VectorSumCombiner implements MessageCombiner<NodeId, VectorSum> {
  @Override
  public void combine(NodeId vertexIndex, VectorSum original, VectorSum messageToCombine) {
    original.addAll(messageToCombine);
  }

  @Override
  public VectorSum createInitialMessage() {
    return new VectorSum();
  }
}
