package org.giraphml.reduce;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.util.Arrays;
import org.apache.hadoop.io.Writable;
import org.giraphml.graph.Arrays2;
import org.giraphml.math.DoubleDouble;

/**
 * A vector of sums plus a row count, accumulated in double-double precision so that adding
 * partials in any order gives the same rounded result. It is both the message data vertices
 * send to model vertices (combined by {@link VectorSumCombiner}) and the value of
 * {@link VectorSumReduce}.
 */
public final class VectorSum implements Writable {
  private double[] hi = new double[0];
  private double[] lo = new double[0];
  private long count;

  public VectorSum() {
  }

  /** A zero sum of the given length. */
  public VectorSum(int length) {
    hi = new double[length];
    lo = new double[length];
  }

  /** A sum holding a copy of {@code values}, summarising {@code count} rows. */
  public static VectorSum of(double[] values, long count) {
    VectorSum s = new VectorSum(values.length);
    System.arraycopy(values, 0, s.hi, 0, values.length);
    s.count = count;
    return s;
  }

  public int length() {
    return hi.length;
  }

  public long count() {
    return count;
  }

  /** Element {@code i} rounded to a double. */
  public double get(int i) {
    return DoubleDouble.value(hi[i], lo[i]);
  }

  /** All elements rounded to doubles, in a new array. */
  public double[] toArray() {
    double[] out = new double[hi.length];
    for (int i = 0; i < out.length; i++) {
      out[i] = get(i);
    }
    return out;
  }

  /** Adds {@code x} to element {@code i}. */
  public void add(int i, double x) {
    DoubleDouble.add(hi, lo, i, x);
  }

  public void addCount(long n) {
    count += n;
  }

  /** Adds another sum element-wise; an empty (length 0) sum takes the other's length. */
  public void addAll(VectorSum other) {
    if (hi.length == 0 && other.hi.length > 0) {
      hi = new double[other.hi.length];
      lo = new double[other.hi.length];
    } else if (other.hi.length != 0 && other.hi.length != hi.length) {
      throw new IllegalArgumentException(
          "Cannot add sums of length " + other.hi.length + " and " + hi.length);
    }
    for (int i = 0; i < other.hi.length; i++) {
      DoubleDouble.add(hi, lo, i, other.hi[i], other.lo[i]);
    }
    count += other.count;
  }

  /** Serialised size in bytes: the low parts travel only when some are non-zero. */
  public int serializedBytes() {
    return Long.BYTES + 1 + Integer.BYTES + Double.BYTES * hi.length
        + (hasLowParts() ? Integer.BYTES + Double.BYTES * lo.length : 0);
  }

  private boolean hasLowParts() {
    for (double v : lo) {
      if (v != 0) {
        return true;
      }
    }
    return false;
  }

  @Override
  public void write(DataOutput out) throws IOException {
    out.writeLong(count);
    // A block's own partial sum has no low parts; only combined sums do.
    boolean withLow = hasLowParts();
    out.writeBoolean(withLow);
    Arrays2.writeDoubles(out, hi);
    if (withLow) {
      Arrays2.writeDoubles(out, lo);
    }
  }

  @Override
  public void readFields(DataInput in) throws IOException {
    count = in.readLong();
    boolean withLow = in.readBoolean();
    hi = Arrays2.readDoubles(in);
    lo = withLow ? Arrays2.readDoubles(in) : new double[hi.length];
  }

  @Override
  public String toString() {
    return "VectorSum{count=" + count + ", sums=" + Arrays.toString(toArray()) + "}";
  }
}
