package org.giraphml.reduce;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.util.Arrays;
import java.util.Map;
import java.util.TreeMap;
import org.giraphml.graph.Arrays2;
import org.giraphml.graph.DataBlock;
import org.giraphml.math.DoubleDouble;

/**
 * Sums of row vectors and row counts per key, for keys not known in advance: the per-class
 * sums of a classifier (key: the label), the per-cluster sums of k-means (key: the cluster).
 * The table grows as keys appear, so the distinct keys of the whole data set — the class
 * values — are discovered by the same reduction that sums them, in increasing order.
 *
 * <p>Keys are {@code double}s compared numerically, with {@code -0.0} and {@code 0.0} one key
 * (as numpy's {@code unique} sees them); whole-number keys such as cluster indices are exact up
 * to 2^53. Sums are kept in double-double precision ({@link DoubleDouble}), so merging partials
 * in any order or grouping rounds to the same doubles; {@link #merge} copies, never keeping a
 * reference to the table it is handed. Vectors of different lengths (sparse blocks that know
 * different dimensions) add as if padded with zeros.
 *
 * <p>Memory is about {@code 16 * length + 40} bytes per key on every worker and on the master:
 * meant for up to thousands of keys, not for a key per row.
 */
public final class KeyedSums implements Reducible<KeyedSums> {
  /** One key's sums: the value {@code hi[i] + lo[i]} per element, and the row count. */
  private static final class Entry {
    double[] hi;
    double[] lo;
    long count;

    Entry(int length) {
      hi = new double[length];
      lo = new double[length];
    }

    void ensureLength(int length) {
      if (hi.length < length) {
        hi = Arrays.copyOf(hi, length);
        lo = Arrays.copyOf(lo, length);
      }
    }
  }

  private final TreeMap<Double, Entry> entries = new TreeMap<>();

  /** An empty table. */
  public KeyedSums() {
  }

  private Entry entry(double key, int length) {
    if (Double.isNaN(key)) {
      throw new IllegalArgumentException("a key must be a number, got NaN");
    }
    Entry e = entries.computeIfAbsent(key + 0.0, k -> new Entry(length));
    e.ensureLength(length);
    return e;
  }

  /** Adds {@code values} and {@code count} rows to the sums of {@code key}. */
  public void add(double key, double[] values, long count) {
    Entry e = entry(key, values.length);
    for (int i = 0; i < values.length; i++) {
      DoubleDouble.add(e.hi, e.lo, i, values[i]);
    }
    e.count += count;
  }

  /** Adds row {@code r} of {@code block} (dense or sparse) as one row of {@code key}. */
  public void add(double key, DataBlock block, int r) {
    Entry e = entry(key, block.dims());
    double[] v = block.values();
    if (block.isSparse()) {
      for (int p = block.rowStart()[r]; p < block.rowStart()[r + 1]; p++) {
        DoubleDouble.add(e.hi, e.lo, block.columns()[p], v[p]);
      }
    } else {
      for (int i = 0, off = r * block.dims(); i < block.dims(); i++) {
        DoubleDouble.add(e.hi, e.lo, i, v[off + i]);
      }
    }
    e.count++;
  }

  @Override
  public void merge(KeyedSums other) {
    for (Map.Entry<Double, Entry> o : other.entries.entrySet()) {
      Entry from = o.getValue();
      Entry e = entry(o.getKey(), from.hi.length);
      for (int i = 0; i < from.hi.length; i++) {
        DoubleDouble.add(e.hi, e.lo, i, from.hi[i], from.lo[i]);
      }
      e.count += from.count;
    }
  }

  /** Number of distinct keys. */
  public int size() {
    return entries.size();
  }

  /** The distinct keys, increasing. */
  public double[] keys() {
    return entries.keySet().stream().mapToDouble(Double::doubleValue).toArray();
  }

  /** The longest vector added under any key (the data's dimension). */
  public int length() {
    return entries.values().stream().mapToInt(e -> e.hi.length).max().orElse(0);
  }

  /** Rows added under {@code key}; 0 for a key never seen. */
  public long count(double key) {
    Entry e = entries.get(key + 0.0);
    return e == null ? 0 : e.count;
  }

  /** Rows added under all keys. */
  public long totalCount() {
    return entries.values().stream().mapToLong(e -> e.count).sum();
  }

  /**
   * The sums of {@code key} rounded to doubles, in a new array of {@link #length()} values
   * (zeros past what was added; all zeros for a key never seen).
   */
  public double[] sums(double key) {
    double[] out = new double[length()];
    Entry e = entries.get(key + 0.0);
    for (int i = 0; e != null && i < e.hi.length; i++) {
      out[i] = DoubleDouble.value(e.hi[i], e.lo[i]);
    }
    return out;
  }

  @Override
  public void write(DataOutput out) throws IOException {
    out.writeInt(entries.size());
    for (Map.Entry<Double, Entry> e : entries.entrySet()) {
      out.writeDouble(e.getKey());
      out.writeLong(e.getValue().count);
      Arrays2.writeDoubles(out, e.getValue().hi);
      Arrays2.writeDoubles(out, e.getValue().lo);
    }
  }

  @Override
  public void readFields(DataInput in) throws IOException {
    entries.clear();
    int n = in.readInt();
    for (int k = 0; k < n; k++) {
      double key = in.readDouble();
      Entry e = new Entry(0);
      e.count = in.readLong();
      e.hi = Arrays2.readDoubles(in);
      e.lo = Arrays2.readDoubles(in);
      entries.put(key, e);
    }
  }

  @Override
  public String toString() {
    StringBuilder b = new StringBuilder("KeyedSums{");
    for (double key : keys()) {
      b.append(b.length() > 10 ? ", " : "").append(key).append(": ").append(count(key))
          .append(" rows ").append(Arrays.toString(sums(key)));
    }
    return b.append('}').toString();
  }
}
