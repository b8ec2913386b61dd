package org.giraphml.reduce;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import org.apache.hadoop.io.Writable;
import org.giraphml.graph.Arrays2;

/** A vector with the index of the slice it is (a weight shard's number, say): a message. */
public final class IndexedVector implements Writable {
  private int index;
  private double[] values = new double[0];

  public IndexedVector() {
  }

  public IndexedVector(int index, double[] values) {
    this.index = index;
    this.values = values;
  }

  public int index() {
    return index;
  }

  public double[] values() {
    return values;
  }

  @Override
  public void write(DataOutput out) throws IOException {
    out.writeInt(index);
    Arrays2.writeDoubles(out, values);
  }

  @Override
  public void readFields(DataInput in) throws IOException {
    index = in.readInt();
    values = Arrays2.readDoubles(in);
  }
}
