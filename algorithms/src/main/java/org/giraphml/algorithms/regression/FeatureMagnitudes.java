package org.giraphml.algorithms.regression;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.util.Arrays;
import org.apache.giraph.reducers.ReduceOperation;
import org.apache.hadoop.io.Writable;
import org.giraphml.graph.Arrays2;
import org.giraphml.graph.DataBlock;

/**
 * The largest magnitude of each feature, reduced element-wise (a shorter vector is padded
 * with zeros, as blocks of sparse rows may be narrower). {@link MomentsPiece} scales a
 * feature's sums by a power of two when its values would overflow or underflow them.
 */
public final class FeatureMagnitudes implements Writable {
  private double[] max = new double[0];

  /** None yet (also for Giraph's reflection). */
  public FeatureMagnitudes() {
  }

  /** The magnitudes of one block's features. */
  static FeatureMagnitudes of(DataBlock block) {
    FeatureMagnitudes m = new FeatureMagnitudes();
    m.max = new double[block.isSparse() ? block.maxColumnPlusOne() : block.dims()];
    double[] x = block.values();
    for (int p = 0; p < x.length; p++) {
      int j = block.isSparse() ? block.columns()[p] : p % block.dims();
      m.max[j] = Math.max(m.max[j], Math.abs(x[p]));
    }
    return m;
  }

  void maxWith(FeatureMagnitudes other) {
    if (other.max.length > max.length) {
      max = Arrays.copyOf(max, other.max.length);
    }
    for (int j = 0; j < other.max.length; j++) {
      max[j] = Math.max(max[j], other.max[j]);
    }
  }

  /** Exponents e_j (see {@link DataShape#exponentFor}) of {@code d} features. */
  int[] exponents(int d) {
    int[] e = new int[d];
    for (int j = 0; j < Math.min(d, max.length); j++) {
      e[j] = DataShape.exponentFor(max[j]);
    }
    return e;
  }

  @Override
  public void write(DataOutput out) throws IOException {
    Arrays2.writeDoubles(out, max);
  }

  @Override
  public void readFields(DataInput in) throws IOException {
    max = Arrays2.readDoubles(in);
  }

  /** Element-wise maximum, as a Giraph reducer. */
  public static final class Reduce implements ReduceOperation<FeatureMagnitudes,
      FeatureMagnitudes> {
    /** For Giraph's reflection. */
    public Reduce() {
    }

    @Override
    public FeatureMagnitudes createInitialValue() {
      return new FeatureMagnitudes();
    }

    @Override
    public FeatureMagnitudes reduce(FeatureMagnitudes current, FeatureMagnitudes value) {
      current.maxWith(value);
      return current;
    }

    @Override
    public FeatureMagnitudes reduceMerge(FeatureMagnitudes current, FeatureMagnitudes value) {
      current.maxWith(value);
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
