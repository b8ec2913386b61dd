package org.giraphml.reduce;

import java.io.DataInput;
import java.io.DataOutput;
import org.apache.giraph.reducers.ReduceOperation;

/**
 * Element-wise exact-order-independent sum of {@link VectorSum}s (objective terms, cluster
 * sizes, gradients): commutative and associative up to double-double rounding.
 */
public final class VectorSumReduce implements ReduceOperation<VectorSum, VectorSum> {
  private int length;

  /** For Giraph's reflection. */
  public VectorSumReduce() {
  }

  public VectorSumReduce(int length) {
    this.length = length;
  }

  @Override
  public VectorSum createInitialValue() {
    return new VectorSum(length);
  }

  @Override
  public VectorSum reduce(VectorSum current, VectorSum value) {
    current.addAll(value);
    return current;
  }

  @Override
  public VectorSum reduceMerge(VectorSum current, VectorSum value) {
    current.addAll(value);
    return current;
  }

  @Override
  public void write(DataOutput out) throws java.io.IOException {
    out.writeInt(length);
  }

  @Override
  public void readFields(DataInput in) throws java.io.IOException {
    length = in.readInt();
  }
}
