package org.giraphml.graph;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import org.apache.hadoop.io.WritableComparable;

/**
 * A vertex id that says which side of the bipartite graph the vertex is on, and its index on
 * that side: {@code MODEL:3} is the fourth centroid or weight shard, {@code DATA:17} a block of
 * rows. Ids order data before model, then by index.
 *
 * <p>Mutable only so that Giraph can deserialise into a reused instance; treat ids as values.
 */
public final class NodeId implements WritableComparable<NodeId> {
  private NodeKind kind = NodeKind.DATA;
  private long index;

  /** For Giraph's reflection; use {@link #data} or {@link #model}. */
  public NodeId() {
  }

  private NodeId(NodeKind kind, long index) {
    if (index < 0) {
      throw new IllegalArgumentException("Vertex index must be >= 0, got " + index);
    }
    this.kind = kind;
    this.index = index;
  }

  public static NodeId data(long index) {
    return new NodeId(NodeKind.DATA, index);
  }

  public static NodeId model(long index) {
    return new NodeId(NodeKind.MODEL, index);
  }

  public NodeKind kind() {
    return kind;
  }

  public long index() {
    return index;
  }

  public boolean isData() {
    return kind == NodeKind.DATA;
  }

  public boolean isModel() {
    return kind == NodeKind.MODEL;
  }

  @Override
  public void write(DataOutput out) throws IOException {
    out.writeByte(kind.ordinal());
    out.writeLong(index);
  }

  @Override
  public void readFields(DataInput in) throws IOException {
    kind = NodeKind.fromOrdinal(in.readByte());
    index = in.readLong();
  }

  @Override
  public int compareTo(NodeId o) {
    int c = kind.compareTo(o.kind);
    return c != 0 ? c : Long.compare(index, o.index);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof NodeId && ((NodeId) o).kind == kind && ((NodeId) o).index == index;
  }

  @Override
  public int hashCode() {
    // Spread both sides evenly over Giraph's hash partitions.
    long h = index * 0x9E3779B97F4A7C15L + kind.ordinal();
    return (int) (h ^ (h >>> 32));
  }

  @Override
  public String toString() {
    return kind + ":" + index;
  }
}
