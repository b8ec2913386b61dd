package org.giraphml.reduce;

import org.apache.hadoop.io.Writable;

/**
 * A value that data vertices produce in parts and the framework adds up: per-class sums, a
 * count, a histogram. {@link ReducibleReduce} reduces any such value, so an algorithm needs no
 * reduce operation of its own.
 *
 * <p>The contract is Giraph's {@code ReduceOperation}'s (and Pregel's aggregators'):
 * {@link #merge} is commutative and associative, so the total does not depend on the order in
 * which partials arrive or on how rows were spread over workers; and it copies what it needs
 * from {@code other}, never keeping a reference to it or to its arrays, because Giraph reuses
 * the objects it hands over.
 *
 * @param <A> the implementing type
 */
public interface Reducible<A extends Reducible<A>> extends Writable {
  /** Adds {@code other} into this value; {@code other} is not changed and not retained. */
  void merge(A other);
}
