package org.giraphml.engine;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.io.Text;
import org.apache.hadoop.io.Writable;
import org.apache.hadoop.mapreduce.InputSplit;
import org.giraphml.io.InputPlan;

/**
 * One {@link InputPlan.Split} as a Hadoop input split, so Giraph can hand it to a worker. It
 * carries everything the reader needs: the file, its index, the byte range and the ordinal.
 */
public final class PlanSplit extends InputSplit implements Writable {
  private String path;
  private long fileLength;
  private int fileIndex;
  private long start;
  private long end;
  private int ordinal;

  public PlanSplit() {
  }

  PlanSplit(InputPlan.Split split) {
    this.path = split.file().path().toString();
    this.fileLength = split.file().length();
    this.fileIndex = split.file().index();
    this.start = split.start();
    this.end = split.end();
    this.ordinal = split.ordinal();
  }

  /**
   * Rebuilds the plan's split (the file's index and length as planned; its codec chosen by
   * name under {@code conf}, as the plan chose it).
   */
  InputPlan.Split toSplit(Configuration conf) {
    return InputPlan.split(conf, new org.apache.hadoop.fs.Path(path), fileLength, fileIndex,
        start, end, ordinal);
  }

  int ordinal() {
    return ordinal;
  }

  @Override
  public long getLength() {
    return end - start;
  }

  @Override
  public String[] getLocations() {
    return new String[0];
  }

  @Override
  public void write(DataOutput out) throws IOException {
    Text.writeString(out, path);
    out.writeLong(fileLength);
    out.writeInt(fileIndex);
    out.writeLong(start);
    out.writeLong(end);
    out.writeInt(ordinal);
  }

  @Override
  public void readFields(DataInput in) throws IOException {
    path = Text.readString(in);
    fileLength = in.readLong();
    fileIndex = in.readInt();
    start = in.readLong();
    end = in.readLong();
    ordinal = in.readInt();
  }

  @Override
  public String toString() {
    return path + ":" + start + "+" + (end - start);
  }
}
