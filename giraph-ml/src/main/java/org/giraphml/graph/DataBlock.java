package org.giraphml.graph;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.util.Arrays;
import org.apache.hadoop.io.Writable;

/**
 * A block of training rows held by one data vertex, in primitive arrays: dense rows in one
 * row-major {@code double[]} (or {@code float[]} under {@link Precision#FLOAT}), sparse rows in
 * compressed sparse row (CSR) form. Rows carry a
 * stable key (the file and byte offset they were read from), which orders predictions and
 * seeds per-row randomness independently of how rows were spread over workers.
 *
 * <p>The arrays are exposed for speed; callers treat them as read-only. A float block is never
 * read as double by accident: {@link #values()} throws on it, so a step that only knows double
 * rows fails naming the block; steps that handle both read {@link #doubleValues(double[])}
 * (widened a block at a time), {@link #copyRow} or {@link #value(int)}.
 */
public final class DataBlock implements Writable {
  private int rows;
  private int dims;
  private boolean sparse;
  /** Dense: rows * dims values, row-major. Sparse: the non-zeros, row after row. */
  private double[] values;
  /** Dense float blocks only, instead of {@link #values}: rows * dims values, row-major. */
  private float[] floats;
  /** Sparse only: rows + 1 offsets into {@link #values} and {@link #columns}. */
  private int[] rowStart;
  /** Sparse only: 0-based column of each non-zero, increasing within a row. */
  private int[] columns;
  /** Label of each row, or null when the data has none. */
  private double[] labels;
  private long[] rowKeys;
  /** Sample weight of each row ({@code --weight-column}), or null when every row weighs 1. */
  private double[] weights;
  /**
   * Squared Euclidean norm of each row; derived, not serialised. Null for a float32 block,
   * which does not keep them (see {@link #squaredNorms()}).
   */
  private double[] squaredNorms;

  /** For Giraph's reflection. */
  public DataBlock() {
  }

  private DataBlock(int rows, int dims, boolean sparse, double[] values, int[] rowStart,
      int[] columns, double[] labels, long[] rowKeys) {
    this(rows, dims, sparse, values, null, rowStart, columns, labels, rowKeys);
  }

  private DataBlock(int rows, int dims, boolean sparse, double[] values, float[] floats,
      int[] rowStart, int[] columns, double[] labels, long[] rowKeys) {
    this.rows = rows;
    this.dims = dims;
    this.sparse = sparse;
    this.values = values;
    this.floats = floats;
    this.rowStart = rowStart;
    this.columns = columns;
    this.labels = labels;
    this.rowKeys = rowKeys;
    check();
    this.squaredNorms = floats != null ? null : computeSquaredNorms();
  }

  /** A dense block; {@code values} holds {@code rowKeys.length * dims} values row-major. */
  public static DataBlock dense(int dims, double[] values, double[] labels, long[] rowKeys) {
    return new DataBlock(rowKeys.length, dims, false, values, null, null, labels, rowKeys);
  }

  /**
   * A dense block of float32 values ({@link Precision#FLOAT}); {@code values} holds
   * {@code rowKeys.length * dims} values row-major. Norms and every sum over it are in double.
   */
  public static DataBlock denseFloat(int dims, float[] values, double[] labels,
      long[] rowKeys) {
    return new DataBlock(rowKeys.length, dims, false, null, values, null, null, labels, rowKeys);
  }

  /**
   * A sparse block in CSR form. {@code dims} is one more than the largest column index this
   * block may hold (the data set's dimension, where known).
   */
  public static DataBlock sparse(int dims, int[] rowStart, int[] columns, double[] values,
      double[] labels, long[] rowKeys) {
    return new DataBlock(rowKeys.length, dims, true, values, rowStart, columns, labels, rowKeys);
  }

  private void check() {
    if (rowKeys.length != rows || (labels != null && labels.length != rows)
        || (weights != null && weights.length != rows)) {
      throw new IllegalArgumentException("labels/weights/keys do not match " + rows + " rows");
    }
    int stored = floats != null ? floats.length : values.length;
    if (!sparse && stored != (long) rows * dims) {
      throw new IllegalArgumentException(
          "dense block needs " + (long) rows * dims + " values, got " + stored);
    }
    if (sparse && (rowStart.length != rows + 1 || rowStart[rows] != values.length
        || columns.length != values.length)) {
      throw new IllegalArgumentException("inconsistent CSR arrays");
    }
  }

  private double[] computeSquaredNorms() {
    return sparse ? RowArrays.squaredNormsCsr(rowStart, values, rows)
        : floats != null ? RowArrays.squaredNorms(floats, rows, dims)
        : RowArrays.squaredNorms(values, rows, dims);
  }

  public int rows() {
    return rows;
  }

  /** Number of columns (dense), or the dimension the sparse rows live in. */
  public int dims() {
    return dims;
  }

  public boolean isSparse() {
    return sparse;
  }

  /** Whether the dense values are stored as float32 ({@link #floatValues()}). */
  public boolean isFloat() {
    return floats != null;
  }

  /** How the values are stored. */
  public Precision precision() {
    return floats != null ? Precision.FLOAT : Precision.DOUBLE;
  }

  /**
   * The values (dense: row-major; sparse: the non-zeros, row after row).
   *
   * @throws IllegalStateException if the block holds float32 values ({@link #isFloat()}): read
   *     them with {@link #floatValues()} or {@link #doubleValues(double[])}
   */
  public double[] values() {
    if (floats != null) {
      throw new IllegalStateException(describe() + " holds float32 values (--precision float) "
          + "and this step reads double values only");
    }
    return values;
  }

  /**
   * The float32 values of a float block, row-major.
   *
   * @throws IllegalStateException if the block holds doubles
   */
  public float[] floatValues() {
    if (floats == null) {
      throw new IllegalStateException(describe() + " holds double values, not float32");
    }
    return floats;
  }

  /**
   * The values as doubles: {@link #values()} itself for a double block; for a float block,
   * every value widened (exactly) into {@code buffer} if it is long enough, else into a new
   * array. Only the first {@code rows * dims} elements of the result are the block's.
   */
  public double[] doubleValues(double[] buffer) {
    if (floats == null) {
      return values;
    }
    return RowArrays.widen(floats, buffer);
  }

  /**
   * A float block's values widened (exactly) into {@code values} and its rows' squared norms
   * into {@code norms}, in one pass over the floats: what {@link #doubleValues} and
   * {@link #squaredNorms()} give, for a kernel that needs both every iteration.
   *
   * @throws IllegalStateException if this is not a float block
   * @throws IllegalArgumentException if {@code values} holds fewer than {@code rows * dims}
   *     doubles or {@code norms} fewer than {@code rows}
   */
  public void widen(double[] values, double[] norms) {
    if (floats == null) {
      throw new IllegalStateException("widen: " + describe() + " holds double values");
    }
    if (values.length < floats.length || norms.length < rows) {
      throw new IllegalArgumentException("widen: buffers of " + values.length + " and "
          + norms.length + " doubles for " + rows + " rows x " + dims + " features");
    }
    RowArrays.widenWithNorms(floats, rows, dims, values, norms);
  }

  /** Stored value {@code p} (dense: {@code r * dims + j}; sparse: the p-th non-zero). */
  public double value(int p) {
    return floats != null ? floats[p] : values[p];
  }

  /** The largest absolute value stored (0 for an empty block); NaN is ignored. */
  public double maxAbs() {
    double max = 0;
    int n = floats != null ? floats.length : values.length;
    for (int p = 0; p < n; p++) {
      max = Math.max(max, Math.abs(value(p)));
    }
    return max;
  }

  /**
   * This block with its values stored at {@code precision}: itself if they already are; a
   * dense double block rounds each value to the nearest float32; a float block widens exactly.
   *
   * @throws IllegalStateException for a sparse block and {@link Precision#FLOAT}
   */
  public DataBlock withPrecision(Precision precision) {
    if (precision == precision()) {
      return this;
    }
    if (sparse) {
      throw new IllegalStateException(describe() + " is sparse; float32 storage is for dense "
          + "rows only");
    }
    DataBlock converted;
    if (precision == Precision.FLOAT) {
      converted = new DataBlock(rows, dims, false, null, RowArrays.round(values), null, null,
          labels, rowKeys);
    } else {
      converted = new DataBlock(rows, dims, false, doubleValues(null), null, null, null, labels,
          rowKeys);
    }
    converted.weights = weights;
    return converted;
  }

  /** The block as error messages name it: its size and first row key. */
  private String describe() {
    return "the data block of " + rows + " rows x " + dims + " features"
        + (rows > 0 ? " (first row key " + rowKeys[0] + ")" : "");
  }

  public int[] rowStart() {
    return rowStart;
  }

  public int[] columns() {
    return columns;
  }

  public boolean hasLabels() {
    return labels != null;
  }

  /** The labels, one per row, or null when the data has none ({@link #hasLabels()}). */
  public double[] labels() {
    return labels;
  }

  /**
   * The label of row {@code r}.
   *
   * @throws IllegalStateException if the data has no labels
   */
  public double label(int r) {
    if (labels == null) {
      throw new IllegalStateException("the rows have no labels: give --label-column N for CSV "
          + "input, --label-column NAME for Parquet or ORC (LIBSVM rows carry theirs)");
    }
    return labels[r];
  }

  public long[] rowKeys() {
    return rowKeys;
  }

  /**
   * The squared Euclidean norm of each row, in double. A double or sparse block keeps them
   * (the returned array is shared: do not modify it). A float32 block ({@link #isFloat()})
   * does not: they would cost 8 bytes a row, as much as two of its values, so each call
   * computes a new array; code that needs them every iteration computes them into its own
   * buffer with {@link #widen}.
   */
  public double[] squaredNorms() {
    return squaredNorms != null ? squaredNorms : computeSquaredNorms();
  }

  /** The largest column index present plus one (dense: {@link #dims()}). */
  public int maxColumnPlusOne() {
    if (!sparse) {
      return dims;
    }
    int max = 0;
    for (int r = 0; r < rows; r++) {
      if (rowStart[r + 1] > rowStart[r]) {
        max = Math.max(max, columns[rowStart[r + 1] - 1] + 1);
      }
    }
    return max;
  }

  /**
   * A copy with every row scaled to unit Euclidean length (for cosine distance).
   *
   * @throws IllegalStateException if a row is all zeros
   */
  public DataBlock withUnitRows() {
    if (floats != null) {
      // Unit rows stay in double, as a double run on the same numbers would have them.
      return withPrecision(Precision.DOUBLE).withUnitRows();
    }
    double[] scaled = RowArrays.unitRows(values, sparse, rowStart, rows, dims, squaredNorms());
    DataBlock unit = new DataBlock(rows, dims, sparse, scaled, rowStart, columns, labels, rowKeys);
    unit.weights = weights;
    return unit;
  }

  /**
   * This block with per-row sample weights (the {@code --weight-column}); shares every other
   * array. Weights are non-negative and finite (the readers check that, naming file and line); a
   * zero weight makes the row count for nothing.
   *
   * @param weights one weight per row, or null for unweighted rows
   * @throws IllegalArgumentException if the length is not {@link #rows()}
   */
  public DataBlock withWeights(double[] weights) {
    DataBlock weighted = new DataBlock(rows, dims, sparse, values, floats, rowStart, columns,
        labels, rowKeys);
    weighted.weights = weights;
    weighted.check();
    return weighted;
  }

  public boolean hasWeights() {
    return weights != null;
  }

  /** The sample weights, one per row, or null when every row weighs 1 ({@link #hasWeights()}). */
  public double[] weights() {
    return weights;
  }

  /** The sample weight of row {@code r}: 1 when the data has no weight column. */
  public double weight(int r) {
    return weights == null ? 1 : weights[r];
  }

  /** The sum of the rows' weights ({@link #rows()} when unweighted). */
  public double totalWeight() {
    if (weights == null) {
      return rows;
    }
    double sum = 0;
    for (double w : weights) {
      sum += w;
    }
    return sum;
  }

  /** Copies row {@code r} into a dense vector of length {@code out.length}. */
  public void copyRow(int r, double[] out) {
    if (sparse) {
      Arrays.fill(out, 0);
      for (int p = rowStart[r]; p < rowStart[r + 1]; p++) {
        out[columns[p]] = values[p];
      }
    } else if (floats != null) {
      for (int j = 0, p = r * dims; j < dims; j++, p++) {
        out[j] = floats[p];
      }
    } else {
      System.arraycopy(values, r * dims, out, 0, dims);
    }
  }

  /** Row {@code r} as a new dense vector of the block's dimension. */
  public double[] row(int r) {
    double[] out = new double[dims];
    copyRow(r, out);
    return out;
  }

  @Override
  public void write(DataOutput out) throws IOException {
    out.writeInt(rows);
    out.writeInt(dims);
    out.writeBoolean(sparse);
    // Float blocks travel as float32: the wire carries what the block holds.
    out.writeBoolean(floats != null);
    if (floats != null) {
      Arrays2.writeFloats(out, floats);
    } else {
      Arrays2.writeDoubles(out, values);
    }
    if (sparse) {
      Arrays2.writeInts(out, rowStart);
      Arrays2.writeInts(out, columns);
    }
    out.writeBoolean(labels != null);
    if (labels != null) {
      Arrays2.writeDoubles(out, labels);
    }
    Arrays2.writeLongs(out, rowKeys);
    out.writeBoolean(weights != null);
    if (weights != null) {
      Arrays2.writeDoubles(out, weights);
    }
  }

  @Override
  public void readFields(DataInput in) throws IOException {
    rows = in.readInt();
    dims = in.readInt();
    sparse = in.readBoolean();
    boolean isFloat = in.readBoolean();
    floats = isFloat ? Arrays2.readFloats(in) : null;
    values = isFloat ? null : Arrays2.readDoubles(in);
    rowStart = sparse ? Arrays2.readInts(in) : null;
    columns = sparse ? Arrays2.readInts(in) : null;
    labels = in.readBoolean() ? Arrays2.readDoubles(in) : null;
    rowKeys = Arrays2.readLongs(in);
    weights = in.readBoolean() ? Arrays2.readDoubles(in) : null;
    check();
    squaredNorms = floats != null ? null : computeSquaredNorms();
  }
}
