package org.giraphml.api;

import org.apache.giraph.combiner.MessageCombiner;
import org.apache.giraph.conf.ImmutableClassesGiraphConfiguration;
import org.giraphml.graph.NodeId;
import org.giraphml.reduce.VectorSum;
import org.giraphml.reduce.VectorSumCombiner;

/**
 * A piece whose messages are {@link VectorSum}s added up on the way: partial sums that data
 * blocks send to model vertices (cluster sums, gradients, Gram matrices). Each worker then
 * sends one combined message per destination, and the sum does not depend on the order or the
 * number of workers that added it.
 */
public abstract class VectorSumPiece extends BipartitePiece<VectorSum> {
  @Override
  protected final MessageCombiner<? super NodeId, VectorSum> getMessageCombiner(
      ImmutableClassesGiraphConfiguration conf) {
    return new VectorSumCombiner();
  }
}
