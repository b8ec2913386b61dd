package org.giraphml.reduce;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import org.apache.giraph.reducers.ReduceOperation;

/** Assembles a {@link RowTable} from one-row contributions. */
public final class RowTableReduce implements ReduceOperation<RowTable, RowTable> {
  private int rows;
  private int width;

  public RowTableReduce() {
  }

  public RowTableReduce(int rows, int width) {
    this.rows = rows;
    this.width = width;
  }

  @Override
  public RowTable createInitialValue() {
    return new RowTable(rows, width);
  }

  @Override
  public RowTable reduce(RowTable current, RowTable value) {
    current.merge(value);
    return current;
  }

  @Override
  public RowTable reduceMerge(RowTable current, RowTable value) {
    current.merge(value);
    return current;
  }

  @Override
  public void write(DataOutput out) throws IOException {
    out.writeInt(rows);
    out.writeInt(width);
  }

  @Override
  public void readFields(DataInput in) throws IOException {
    rows = in.readInt();
    width = in.readInt();
  }
}
