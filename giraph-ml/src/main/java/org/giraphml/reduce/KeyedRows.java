package org.giraphml.reduce;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.apache.hadoop.io.Writable;
import org.giraphml.graph.Arrays2;

/**
 * At most {@code capacity} rows, each with a priority and a unique key, kept in increasing
 * (priority, key) order: the rows with the smallest priorities win. Because keys are unique
 * the order is total, so merging in any order keeps the same rows; this is what makes seeded
 * sampling (random and k-means++ initialisation) and farthest-point searches independent of
 * the number of workers.
 */
public final class KeyedRows implements Writable {
  /** One entry. */
  public static final class Entry implements Comparable<Entry> {
    private final double priority;
    private final long key;
    private final double[] row;

    public Entry(double priority, long key, double[] row) {
      this.priority = priority;
      this.key = key;
      this.row = row;
    }

    public double priority() {
      return priority;
    }

    public long key() {
      return key;
    }

    public double[] row() {
      return row;
    }

    @Override
    public int compareTo(Entry o) {
      int c = Double.compare(priority, o.priority);
      return c != 0 ? c : Long.compare(key, o.key);
    }
  }

  private int capacity;
  private final List<Entry> entries = new ArrayList<>();

  public KeyedRows() {
  }

  public KeyedRows(int capacity) {
    if (capacity < 1) {
      throw new IllegalArgumentException("capacity must be >= 1, got " + capacity);
    }
    this.capacity = capacity;
  }

  /** Whether an entry of this priority and key would be kept (cheap test before copying a row). */
  public boolean wouldKeep(double priority, long key) {
    if (entries.size() < capacity) {
      return true;
    }
    Entry last = entries.get(entries.size() - 1);
    int c = Double.compare(priority, last.priority);
    return c < 0 || (c == 0 && key < last.key);
  }

  /** Offers an entry; the row is kept by reference, so pass a copy. */
  public void offer(Entry e) {
    if (!wouldKeep(e.priority, e.key)) {
      return;
    }
    int pos = Collections.binarySearch(entries, e);
    if (pos >= 0) {
      return; // same row offered twice (a retried superstep): keep one
    }
    entries.add(-pos - 1, e);
    if (entries.size() > capacity) {
      entries.remove(entries.size() - 1);
    }
  }

  public void offerAll(KeyedRows other) {
    for (Entry e : other.entries) {
      offer(e);
    }
  }

  /** The kept entries, smallest (priority, key) first. */
  public List<Entry> entries() {
    return Collections.unmodifiableList(entries);
  }

  public int size() {
    return entries.size();
  }

  public int capacity() {
    return capacity;
  }

  @Override
  public void write(DataOutput out) throws IOException {
    out.writeInt(capacity);
    out.writeInt(entries.size());
    for (Entry e : entries) {
      out.writeDouble(e.priority);
      out.writeLong(e.key);
      Arrays2.writeDoubles(out, e.row);
    }
  }

  @Override
  public void readFields(DataInput in) throws IOException {
    capacity = in.readInt();
    int n = in.readInt();
    entries.clear();
    for (int i = 0; i < n; i++) {
      double p = in.readDouble();
      long key = in.readLong();
      entries.add(new Entry(p, key, Arrays2.readDoubles(in)));
    }
  }
}
