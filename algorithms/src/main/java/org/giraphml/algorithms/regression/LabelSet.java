package org.giraphml.algorithms.regression;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import org.apache.giraph.reducers.ReduceOperation;
import org.apache.hadoop.io.Writable;

/**
 * The distinct label values of the data, bounded: the {@link #CAP} smallest, each with its
 * row count and its first row's key, and whether more were dropped. Enough to validate a
 * classification's label set before training at the cost of a compare or two per row, and
 * its merge is commutative and associative (the smallest values of a union).
 */
public final class LabelSet implements Writable {
  /** Distinct values kept; past this, the message says "more". */
  static final int CAP = 5;

  private int size;
  private final double[] values = new double[CAP + 1];
  private final long[] counts = new long[CAP + 1];
  private final long[] firstKeys = new long[CAP + 1];
  private boolean more;

  /** An empty set (also for Giraph's reflection). */
  public LabelSet() {
  }

  /** Adds {@code count} rows with label {@code value}, the first of them at {@code key}. */
  void add(double value, long count, long key) {
    int i = 0;
    while (i < size && values[i] < value) {
      i++;
    }
    if (i < size && values[i] == value) { // == also merges -0.0 and 0.0
      counts[i] += count;
      firstKeys[i] = Math.min(firstKeys[i], key);
      return;
    }
    System.arraycopy(values, i, values, i + 1, size - i);
    System.arraycopy(counts, i, counts, i + 1, size - i);
    System.arraycopy(firstKeys, i, firstKeys, i + 1, size - i);
    values[i] = value;
    counts[i] = count;
    firstKeys[i] = key;
    if (++size > CAP) {
      size = CAP;
      more = true;
    }
  }

  void addAll(LabelSet other) {
    for (int i = 0; i < other.size; i++) {
      add(other.values[i], other.counts[i], other.firstKeys[i]);
    }
    more |= other.more;
  }

  int size() {
    return size;
  }

  double value(int i) {
    return values[i];
  }

  long count(int i) {
    return counts[i];
  }

  long firstKey(int i) {
    return firstKeys[i];
  }

  /**
   * Rows counted under the kept values: every row unless {@link #more()} (the rows of dropped
   * values are not counted).
   */
  long rows() {
    long n = 0;
    for (int i = 0; i < size; i++) {
      n += counts[i];
    }
    return n;
  }

  /** Whether there were more than {@link #CAP} distinct values. */
  boolean more() {
    return more;
  }

  @Override
  public void write(DataOutput out) throws IOException {
    out.writeInt(size);
    out.writeBoolean(more);
    for (int i = 0; i < size; i++) {
      out.writeDouble(values[i]);
      out.writeLong(counts[i]);
      out.writeLong(firstKeys[i]);
    }
  }

  @Override
  public void readFields(DataInput in) throws IOException {
    size = in.readInt();
    more = in.readBoolean();
    for (int i = 0; i < size; i++) {
      values[i] = in.readDouble();
      counts[i] = in.readLong();
      firstKeys[i] = in.readLong();
    }
  }

  /** The union of label sets, as a Giraph reducer. */
  public static final class Reduce implements ReduceOperation<LabelSet, LabelSet> {
    /** For Giraph's reflection. */
    public Reduce() {
    }

    @Override
    public LabelSet createInitialValue() {
      return new LabelSet();
    }

    @Override
    public LabelSet reduce(LabelSet current, LabelSet value) {
      current.addAll(value);
      return current;
    }

    @Override
    public LabelSet reduceMerge(LabelSet current, LabelSet value) {
      current.addAll(value);
      return current;
    }

    @Override
    public void write(DataOutput out) {
    }

    @Override
    public void readFields(DataInput in) {
    }
  }
}
