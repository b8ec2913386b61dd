package org.giraphml.io;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.util.OptionalInt;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.io.Writable;

/**
 * How to turn a line into a row: the format, and for CSV the delimiter, header handling, the
 * number of columns and which one is the label. Settled by the driver before the job starts
 * ({@link SchemaSniffer}) and shipped to every reader.
 */
public final class Schema implements Writable {
  private InputFormatKind format = InputFormatKind.CSV;
  private byte delimiter = ',';
  private HeaderMode header = HeaderMode.AUTO;
  private int columns;
  private int labelColumn = -1;

  public Schema() {
  }

  public Schema(InputFormatKind format, char delimiter, HeaderMode header, int columns,
      OptionalInt labelColumn) {
    if (delimiter > 127) {
      throw new IllegalArgumentException("delimiter must be an ASCII character");
    }
    this.format = format;
    this.delimiter = (byte) delimiter;
    this.header = header;
    this.columns = columns;
    this.labelColumn = labelColumn.orElse(-1);
  }

  /** Reads the settings from job options; {@code columns} must still be sniffed. */
  public static Schema fromConf(Configuration conf, int columns) {
    return new Schema(InputOptions.FORMAT.get(conf), InputOptions.DELIMITER.get(conf).charAt(0),
        InputOptions.HEADER.get(conf), columns, InputOptions.LABEL_COLUMN.get(conf));
  }

  public InputFormatKind format() {
    return format;
  }

  public byte delimiter() {
    return delimiter;
  }

  public HeaderMode header() {
    return header;
  }

  /** CSV: cells per line (features plus label). LIBSVM: 0, the dimension is found on load. */
  public int columns() {
    return columns;
  }

  public boolean hasLabel() {
    return format == InputFormatKind.LIBSVM || labelColumn >= 0;
  }

  /** The label's CSV column, or -1. */
  public int labelColumn() {
    return labelColumn;
  }

  /** Number of features of a dense row. */
  public int featureCount() {
    return columns - (labelColumn >= 0 ? 1 : 0);
  }

  @Override
  public void write(DataOutput out) throws IOException {
    out.writeByte(format.ordinal());
    out.writeByte(delimiter);
    out.writeByte(header.ordinal());
    out.writeInt(columns);
    out.writeInt(labelColumn);
  }

  @Override
  public void readFields(DataInput in) throws IOException {
    format = InputFormatKind.values()[in.readByte()];
    delimiter = in.readByte();
    header = HeaderMode.values()[in.readByte()];
    columns = in.readInt();
    labelColumn = in.readInt();
  }

  /** Serialises into a configuration value, for readers on other machines. */
  public String encode() {
    return format.name() + ";" + (delimiter & 0xff) + ";" + header.name() + ";" + columns + ";"
        + labelColumn;
  }

  public static Schema decode(String text) {
    String[] p = text.split(";");
    Schema s = new Schema();
    s.format = InputFormatKind.valueOf(p[0]);
    s.delimiter = (byte) Integer.parseInt(p[1]);
    s.header = HeaderMode.valueOf(p[2]);
    s.columns = Integer.parseInt(p[3]);
    s.labelColumn = Integer.parseInt(p[4]);
    return s;
  }
}
