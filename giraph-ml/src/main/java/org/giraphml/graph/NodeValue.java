package org.giraphml.graph;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import org.apache.hadoop.io.Writable;

/**
 * The value of every vertex of the bipartite graph. A data vertex holds its {@link DataBlock}
 * and per-row outputs ({@link #rowInts()}, {@link #rowDoubles()}: a cluster id, a distance, a
 * prediction); a model vertex holds its parameters ({@link #params()}) and the statistics it
 * has received this round ({@link #stats()}). Which fields an algorithm uses is its own
 * business; every field is serialised, so a checkpoint restores the whole state.
 */
public final class NodeValue implements Writable {
  private static final int HAS_BLOCK = 1;
  private static final int HAS_PARAMS = 2;
  private static final int HAS_STATS = 4;
  private static final int HAS_ROW_INTS = 8;
  private static final int HAS_ROW_DOUBLES = 16;
  private static final int HAS_VECTORS = 32;

  private DataBlock block;
  private double[] params;
  private double[] stats;
  private long count;
  private int[] rowInts;
  private double[] rowDoubles;
  private double[][] vectors;

  public NodeValue() {
  }

  /** The value of a data vertex holding {@code block}. */
  public static NodeValue of(DataBlock block) {
    NodeValue v = new NodeValue();
    v.block = block;
    return v;
  }

  public DataBlock block() {
    return block;
  }

  /** Replaces the block (a transformed copy of the rows, say). */
  public void setBlock(DataBlock block) {
    this.block = block;
  }

  public double[] params() {
    return params;
  }

  public void setParams(double[] params) {
    this.params = params;
  }

  public double[] stats() {
    return stats;
  }

  /** Received statistics and the number of rows they summarise. */
  public void setStats(double[] stats, long count) {
    this.stats = stats;
    this.count = count;
  }

  public long count() {
    return count;
  }

  public int[] rowInts() {
    return rowInts;
  }

  public void setRowInts(int[] rowInts) {
    this.rowInts = rowInts;
  }

  public double[] rowDoubles() {
    return rowDoubles;
  }

  public void setRowDoubles(double[] rowDoubles) {
    this.rowDoubles = rowDoubles;
  }

  /**
   * Further per-vertex vectors an algorithm keeps (a weight shard's gradient, direction and
   * optimiser history, say), addressed by the algorithm's own slot numbers; entries may be null.
   */
  public double[][] vectors() {
    return vectors;
  }

  public void setVectors(double[][] vectors) {
    this.vectors = vectors;
  }

  @Override
  public void write(DataOutput out) throws IOException {
    int flags = (block != null ? HAS_BLOCK : 0) | (params != null ? HAS_PARAMS : 0)
        | (stats != null ? HAS_STATS : 0) | (rowInts != null ? HAS_ROW_INTS : 0)
        | (rowDoubles != null ? HAS_ROW_DOUBLES : 0) | (vectors != null ? HAS_VECTORS : 0);
    out.writeByte(flags);
    if (block != null) {
      block.write(out);
    }
    if (params != null) {
      Arrays2.writeDoubles(out, params);
    }
    if (stats != null) {
      Arrays2.writeDoubles(out, stats);
    }
    out.writeLong(count);
    if (rowInts != null) {
      Arrays2.writeInts(out, rowInts);
    }
    if (rowDoubles != null) {
      Arrays2.writeDoubles(out, rowDoubles);
    }
    if (vectors != null) {
      out.writeInt(vectors.length);
      for (double[] v : vectors) {
        out.writeBoolean(v != null);
        if (v != null) {
          Arrays2.writeDoubles(out, v);
        }
      }
    }
  }

  @Override
  public void readFields(DataInput in) throws IOException {
    int flags = in.readByte();
    if ((flags & HAS_BLOCK) != 0) {
      block = new DataBlock();
      block.readFields(in);
    } else {
      block = null;
    }
    params = (flags & HAS_PARAMS) != 0 ? Arrays2.readDoubles(in) : null;
    stats = (flags & HAS_STATS) != 0 ? Arrays2.readDoubles(in) : null;
    count = in.readLong();
    rowInts = (flags & HAS_ROW_INTS) != 0 ? Arrays2.readInts(in) : null;
    rowDoubles = (flags & HAS_ROW_DOUBLES) != 0 ? Arrays2.readDoubles(in) : null;
    vectors = null;
    if ((flags & HAS_VECTORS) != 0) {
      vectors = new double[in.readInt()][];
      for (int i = 0; i < vectors.length; i++) {
        vectors[i] = in.readBoolean() ? Arrays2.readDoubles(in) : null;
      }
    }
  }
}
