package org.giraphml.algorithms.regression;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import org.apache.giraph.reducers.ReduceOperation;
import org.apache.hadoop.io.Writable;

/**
 * The distinct label values of the data, bounded: the {@code cap} smallest ({@link #CAP} by
 * default, enough to name a binary label problem; {@link ClassLabels#MAX_CLASSES} for
 * multinomial regression), each with its row count and its first row's key, and whether more
 * were dropped. Enough to validate a
 * classification's label set before training at the cost of a compare or two per row, and
 * its merge is commutative and associative (the smallest values of a union).
 */
public final class LabelSet implements Writable {
  /** Distinct values kept by default; past this, the message says "more". */
  static final int CAP = 5;

  private int cap;
  private int size;
  private double[] values;
  private long[] counts;
  private long[] firstKeys;
  private boolean more;

  /** An empty set keeping {@link #CAP} values (also for Giraph's reflection). */
  public LabelSet() {
    this(CAP);
  }

  /** An empty set keeping the {@code cap} smallest values. */
  LabelSet(int cap) {
    allocate(cap);
  }

  private void allocate(int cap) {
    this.cap = cap;
    values = new double[cap + 1];
    counts = new long[cap + 1];
    firstKeys = new long[cap + 1];
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
    if (++size > cap) {
      size = cap;
      more = true;
    }
  }

  void addAll(LabelSet other) {
    for (int i = 0; i < other.size; i++) {
      add(other.values[i], other.counts[i], other.firstKeys[i]);
    }
    more |= other.more;
  }

  /** The {@code cap} smallest of these values, as a set keeping that many. */
  LabelSet smallest(int cap) {
    LabelSet s = new LabelSet(cap);
    s.addAll(this);
    return s;
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

  /** Whether there were more than {@code cap} distinct values. */
  boolean more() {
    return more;
  }

  @Override
  public void write(DataOutput out) throws IOException {
    out.writeInt(cap);
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
    int c = in.readInt();
    if (c != cap) {
      allocate(c);
    }
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
    private int cap = CAP;

    /** For Giraph's reflection: keeps {@link #CAP} values. */
    public Reduce() {
    }

    /** Keeps the {@code cap} smallest values. */
    Reduce(int cap) {
      this.cap = cap;
    }

    @Override
    public LabelSet createInitialValue() {
      return new LabelSet(cap);
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
    public void write(DataOutput out) throws IOException {
      out.writeInt(cap);
    }

    @Override
    public void readFields(DataInput in) throws IOException {
      cap = in.readInt();
    }
  }
}
