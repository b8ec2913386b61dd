package org.giraphml.reduce;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import org.apache.hadoop.io.Writable;
import org.giraphml.graph.Arrays2;

/**
 * A table of {@code rows} vectors of one width, each filled by exactly one contributor: the
 * way model vertices hand their parameters (one centroid each) to the master. Filling a row
 * twice is a bug in the caller and fails loudly.
 */
public final class RowTable implements Writable {
  private int rows;
  private int width;
  private double[] values = new double[0];
  private boolean[] filled = new boolean[0];

  public RowTable() {
  }

  public RowTable(int rows, int width) {
    this.rows = rows;
    this.width = width;
    this.values = new double[Math.multiplyExact(rows, width)];
    this.filled = new boolean[rows];
  }

  /** A one-row contribution for row {@code index}. */
  public static RowTable single(int rows, int index, double[] row) {
    RowTable t = new RowTable(rows, row.length);
    t.set(index, row);
    return t;
  }

  public void set(int index, double[] row) {
    if (row.length != width) {
      throw new IllegalArgumentException("row width " + row.length + " != " + width);
    }
    if (filled[index]) {
      throw new IllegalStateException("row " + index + " contributed twice");
    }
    System.arraycopy(row, 0, values, index * width, width);
    filled[index] = true;
  }

  public void merge(RowTable other) {
    if (other.rows == 0) {
      return;
    }
    if (rows == 0) {
      rows = other.rows;
      width = other.width;
      values = new double[rows * width];
      filled = new boolean[rows];
    }
    for (int i = 0; i < other.rows; i++) {
      if (other.filled[i]) {
        double[] row = new double[width];
        System.arraycopy(other.values, i * width, row, 0, width);
        set(i, row);
      }
    }
  }

  public boolean isFilled(int index) {
    return filled[index];
  }

  /** Number of rows filled so far. */
  public int filledCount() {
    int n = 0;
    for (boolean f : filled) {
      n += f ? 1 : 0;
    }
    return n;
  }

  public int rows() {
    return rows;
  }

  public int width() {
    return width;
  }

  /** The rows, row-major; read-only. */
  public double[] values() {
    return values;
  }

  @Override
  public void write(DataOutput out) throws IOException {
    out.writeInt(rows);
    out.writeInt(width);
    Arrays2.writeDoubles(out, values);
    for (boolean f : filled) {
      out.writeBoolean(f);
    }
  }

  @Override
  public void readFields(DataInput in) throws IOException {
    rows = in.readInt();
    width = in.readInt();
    values = Arrays2.readDoubles(in);
    filled = new boolean[rows];
    for (int i = 0; i < rows; i++) {
      filled[i] = in.readBoolean();
    }
  }
}
