package org.giraphml.api;

import org.giraphml.reduce.Reducible;

/**
 * One pass over the data that ends on the master: every data vertex turns its rows into a
 * partial value, the framework adds the partials up ({@link Reducible#merge}, across threads,
 * workers and the network), and the master receives the total. Per-class sums, a training
 * accuracy, one k-means step: most of what an algorithm does is one of these.
 *
 * <p>The framework calls, for each run of the pass ({@link AggregatePiece} is the piece that
 * does):
 * <ol>
 *   <li>{@link #zero} on the master, once, to make the reduction's starting value;</li>
 *   <li>{@link #partial} on the workers, once per data vertex, in any order and in parallel;</li>
 *   <li>{@link #total} on the master with the sum of all partials (the zero value if there
 *       are no rows).</li>
 * </ol>
 * The object travels from the master to the workers with the piece (Kryo), so its fields are
 * settings, {@link Shared} values the master set in an earlier {@link #total}, and small
 * master-side holders; what {@link #total} stores in a field stays on the master.
 *
 * @param <A> the partial value's type
 */
public interface Aggregation<A extends Reducible<A>> {
  /** The identity of the reduction: an empty value of the partial's type. */
  A zero();

  /**
   * On a worker: the contribution of one data vertex's rows. The returned value is handed to
   * the framework, which may reuse it; return a new one per call.
   */
  A partial(DataRows rows);

  /** On the master: what to do with the total (set {@link Shared} values, save a result). */
  void total(MasterContext master, A total);
}
