package org.giraphml.api;

import java.util.ArrayList;
import java.util.List;
import org.apache.giraph.block_app.framework.block.Block;
import org.apache.giraph.block_app.framework.block.SequenceBlock;
import org.apache.giraph.conf.GiraphConfiguration;
import org.apache.hadoop.conf.Configuration;
import org.giraphml.reduce.Reducible;

/**
 * An algorithm whose training is a fixed sequence of {@link Aggregation}s, one superstep each:
 * the shape of one-pass learners (nearest centroid, naive Bayes, moments, a histogram) and of
 * the evaluation pass after them. Subclasses write no Giraph type: they give the aggregations,
 * which pass values forward through {@link Shared} and end with
 * {@link MasterContext#save}. Iterative algorithms build their own block from
 * {@link AggregatePiece}s instead.
 *
 * <p>The framework calls {@link #aggregations} wherever it builds the program (the driver, the
 * master and every worker), so build them from {@code conf} only.
 */
public abstract class AggregationAlgorithm extends MlAlgorithm {
  /**
   * The aggregations, run in this order; the last one's {@link Aggregation#total} saves the
   * result through {@code result}.
   */
  protected abstract List<Aggregation<?>> aggregations(Configuration conf, ResultSink result);

  @Override
  protected final Block train(GiraphConfiguration conf, ResultSink result) {
    long start = System.nanoTime();
    List<Block> pieces = new ArrayList<>();
    for (Aggregation<?> a : aggregations(conf, result)) {
      pieces.add(piece(a, start));
    }
    return new SequenceBlock(pieces);
  }

  private static <A extends Reducible<A>> AggregatePiece<A> piece(
      Aggregation<A> aggregation, long start) {
    return new AggregatePiece<>(aggregation, start);
  }
}
