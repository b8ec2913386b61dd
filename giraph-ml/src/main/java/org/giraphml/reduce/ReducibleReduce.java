package org.giraphml.reduce;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import org.apache.giraph.reducers.ReduceOperation;
import org.apache.giraph.utils.WritableUtils;

/**
 * Reduces any {@link Reducible} by {@link Reducible#merge}, starting from a copy of a given
 * zero value (an empty per-class table, say). Giraph ships the operation to every worker as a
 * {@code Writable}, so it carries the zero value's class and contents; the class needs a
 * public no-argument constructor, as every Writable Giraph creates does.
 *
 * @param <A> the reduced value's type
 */
public final class ReducibleReduce<A extends Reducible<A>> implements ReduceOperation<A, A> {
  private A zero;

  /** For Giraph's reflection. */
  public ReducibleReduce() {
  }

  /** A reduction starting from copies of {@code zero} (which is copied, not kept). */
  public ReducibleReduce(A zero) {
    this.zero = WritableUtils.createCopy(zero);
  }

  @Override
  public A createInitialValue() {
    return WritableUtils.createCopy(zero);
  }

  @Override
  public A reduce(A current, A value) {
    current.merge(value);
    return current;
  }

  @Override
  public A reduceMerge(A current, A value) {
    current.merge(value);
    return current;
  }

  @Override
  public void write(DataOutput out) throws IOException {
    WritableUtils.writeWritableObject(zero, out);
  }

  @Override
  public void readFields(DataInput in) throws IOException {
    zero = WritableUtils.readWritableObject(in, null);
  }
}
