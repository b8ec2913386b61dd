package org.giraphml.reduce;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import org.apache.giraph.reducers.ReduceOperation;

/** Keeps the {@code capacity} rows of smallest (priority, key) across all workers. */
public final class KeyedRowsReduce implements ReduceOperation<KeyedRows, KeyedRows> {
  private int capacity;

  public KeyedRowsReduce() {
  }

  public KeyedRowsReduce(int capacity) {
    this.capacity = capacity;
  }

  @Override
  public KeyedRows createInitialValue() {
    return new KeyedRows(capacity);
  }

  @Override
  public KeyedRows reduce(KeyedRows current, KeyedRows value) {
    current.offerAll(value);
    return current;
  }

  @Override
  public KeyedRows reduceMerge(KeyedRows current, KeyedRows value) {
    current.offerAll(value);
    return current;
  }

  @Override
  public void write(DataOutput out) throws IOException {
    out.writeInt(capacity);
  }

  @Override
  public void readFields(DataInput in) throws IOException {
    capacity = in.readInt();
  }
}
