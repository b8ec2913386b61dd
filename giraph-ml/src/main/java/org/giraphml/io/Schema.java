package org.giraphml.io;

import java.io.ByteArrayInputStream;
import java.io.DataInput;
import java.io.DataInputStream;
import java.io.DataOutput;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.apache.hadoop.io.DataOutputBuffer;
import org.apache.hadoop.io.Writable;
import org.apache.hadoop.io.WritableUtils;

/**
 * How to turn a line into a row: the format, and for CSV the delimiter, header handling, the
 * number of columns, which one is the label, and which line of each file was taken as its
 * header; for a columnar format the feature columns by name (with the number of values each
 * holds, more than one for an array column) and the label column's name; and the sample-weight
 * column, if any (a number for CSV, a name for a columnar format). Settled by the driver
 * before the job starts ({@link SchemaSniffer}) and shipped to every reader, so every reader
 * skips exactly the header lines the driver reported and reads exactly the columns it chose.
 */
public final class Schema implements Writable {
  /** Configuration key of the sniffed schema ({@link #encode}), for code that runs where the
   * driver is not: the engine's readers and an algorithm's input checks. */
  public static final String CONF_KEY = "giraphml.internal.schema";

  private InputFormatKind format = InputFormatKind.CSV;
  private byte delimiter = ',';
  private HeaderMode header = HeaderMode.AUTO;
  private int columns;
  private int labelColumn = -1;
  private List<HeaderLine> headers = List.of();
  private Map<Integer, Long> headerOffsets = Map.of();
  private List<NamedColumn> featureColumns = List.of();
  private String labelName = "";
  private int weightColumn = -1;
  private String weightName = "";

  /** A feature column of a columnar input: its name and how many features it holds. */
  public record NamedColumn(String name, int width) {
  }

  /**
   * The header line taken from one file of the plan: its byte offset in the file's text (the
   * reader skips the line starting there), its line number and an excerpt of it.
   */
  public record HeaderLine(int file, long offset, long line, String text) {
  }

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

  /**
   * A columnar input's schema: rows hold the {@code features} columns' values in this order,
   * and the label from column {@code label} (empty: no label).
   */
  public static Schema columnar(InputFormatKind format, List<NamedColumn> features,
      Optional<String> label) {
    Schema s = new Schema();
    s.format = format;
    s.featureColumns = List.copyOf(features);
    s.labelName = label.orElse("");
    s.columns = features.size() + (label.isPresent() ? 1 : 0);
    return s;
  }

  /**
   * This schema with a sample-weight column ({@code --weight-column}): for CSV its 0-based
   * number among {@link #columns}, for a columnar input its name (read as one more column).
   * The weight column is neither a feature nor the label.
   */
  public Schema withWeight(LabelColumn weight) {
    Schema s = decode(encode());
    s.weightColumn = weight.index().orElse(-1);
    s.weightName = weight.name().orElse("");
    if (!s.weightName.isEmpty()) {
      s.columns++;
    }
    return s;
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

  /**
   * CSV: cells per line (features plus label). Columnar: columns read (features plus label).
   * LIBSVM: 0, the dimension is found on load.
   */
  public int columns() {
    return columns;
  }

  public boolean hasLabel() {
    return format.rowFormat().rowsCarryLabels() || labelColumn >= 0 || !labelName.isEmpty();
  }

  /**
   * Whether the number of features is settled before loading ({@link #featureCount}), as for
   * CSV and columnar rows; LIBSVM's dimension is found only by reading every row.
   */
  public boolean featureCountKnown() {
    return format.rowFormat().featureCountKnownBeforeLoad();
  }

  /** Columnar input: the feature columns, in the order their values sit in a row. */
  public List<NamedColumn> featureColumns() {
    return featureColumns;
  }

  /** Columnar input: the label column's name, if any. */
  public Optional<String> labelName() {
    return labelName.isEmpty() ? Optional.empty() : Optional.of(labelName);
  }

  /** Whether rows carry a sample weight ({@code --weight-column}). */
  public boolean hasWeight() {
    return weightColumn >= 0 || !weightName.isEmpty();
  }

  /** The weight's CSV column, or -1. */
  public int weightColumn() {
    return weightColumn;
  }

  /** Columnar input: the weight column's name, if any. */
  public Optional<String> weightName() {
    return weightName.isEmpty() ? Optional.empty() : Optional.of(weightName);
  }

  /** The weight column as given: its CSV number or its name; empty without one. */
  public Optional<String> describeWeight() {
    return weightColumn >= 0 ? Optional.of(Integer.toString(weightColumn)) : weightName();
  }

  /** Where {@link #featureCount} comes from, for messages: "5 columns, one of them the label". */
  public String describeColumns() {
    if (!featureColumns.isEmpty()) {
      List<String> names = new ArrayList<>();
      featureColumns.forEach(c -> names.add(c.width() == 1 ? c.name()
          : c.name() + "[" + c.width() + "]"));
      return "feature columns " + String.join(", ", names);
    }
    return columns + " columns" + (labelColumn >= 0 ? ", one of them the label" : "")
        + (weightColumn >= 0 ? (labelColumn >= 0 ? ", one" : ", one of them") + " the weight"
            : "");
  }

  /** The label's CSV column, or -1. */
  public int labelColumn() {
    return labelColumn;
  }

  /** Number of features of a dense row. */
  public int featureCount() {
    if (!featureColumns.isEmpty()) {
      return featureColumns.stream().mapToInt(NamedColumn::width).sum();
    }
    return columns - (labelColumn >= 0 ? 1 : 0) - (weightColumn >= 0 ? 1 : 0);
  }

  /** This schema with the header lines that {@link SchemaSniffer} found, one per file at most. */
  public Schema withHeaders(List<HeaderLine> lines) {
    Schema s = decode(encode());
    s.setHeaders(lines);
    return s;
  }

  private void setHeaders(List<HeaderLine> lines) {
    headers = List.copyOf(lines);
    Map<Integer, Long> offsets = new HashMap<>();
    for (HeaderLine h : lines) {
      offsets.put(h.file(), h.offset());
    }
    headerOffsets = offsets;
  }

  /** The header lines taken, in file order; a file that has none is not listed. */
  public List<HeaderLine> headers() {
    return headers;
  }

  /** The offset of file {@code fileIndex}'s header line, or -1 if it has none. */
  public long headerOffset(int fileIndex) {
    return headerOffsets.getOrDefault(fileIndex, -1L);
  }

  @Override
  public void write(DataOutput out) throws IOException {
    out.writeByte(format.ordinal());
    out.writeByte(delimiter);
    out.writeByte(header.ordinal());
    out.writeInt(columns);
    out.writeInt(labelColumn);
    // Files usually share one header: write each distinct text once.
    Map<String, Integer> texts = new LinkedHashMap<>();
    for (HeaderLine h : headers) {
      texts.putIfAbsent(h.text(), texts.size());
    }
    WritableUtils.writeVInt(out, texts.size());
    for (String text : texts.keySet()) {
      WritableUtils.writeString(out, text);
    }
    WritableUtils.writeVInt(out, headers.size());
    for (HeaderLine h : headers) {
      WritableUtils.writeVInt(out, h.file());
      WritableUtils.writeVLong(out, h.offset());
      WritableUtils.writeVLong(out, h.line());
      WritableUtils.writeVInt(out, texts.get(h.text()));
    }
    WritableUtils.writeVInt(out, featureColumns.size());
    for (NamedColumn c : featureColumns) {
      WritableUtils.writeString(out, c.name());
      WritableUtils.writeVInt(out, c.width());
    }
    WritableUtils.writeString(out, labelName);
    out.writeInt(weightColumn);
    WritableUtils.writeString(out, weightName);
  }

  @Override
  public void readFields(DataInput in) throws IOException {
    format = InputFormatKind.values()[in.readByte()];
    delimiter = in.readByte();
    header = HeaderMode.values()[in.readByte()];
    columns = in.readInt();
    labelColumn = in.readInt();
    String[] texts = new String[WritableUtils.readVInt(in)];
    for (int i = 0; i < texts.length; i++) {
      texts[i] = WritableUtils.readString(in);
    }
    List<HeaderLine> lines = new ArrayList<>();
    for (int i = WritableUtils.readVInt(in); i > 0; i--) {
      lines.add(new HeaderLine(WritableUtils.readVInt(in), WritableUtils.readVLong(in),
          WritableUtils.readVLong(in), texts[WritableUtils.readVInt(in)]));
    }
    setHeaders(lines);
    List<NamedColumn> named = new ArrayList<>();
    for (int i = WritableUtils.readVInt(in); i > 0; i--) {
      named.add(new NamedColumn(WritableUtils.readString(in), WritableUtils.readVInt(in)));
    }
    featureColumns = List.copyOf(named);
    labelName = WritableUtils.readString(in);
    weightColumn = in.readInt();
    weightName = WritableUtils.readString(in);
  }

  /** Serialises into a configuration value, for readers on other machines. */
  public String encode() {
    DataOutputBuffer out = new DataOutputBuffer();
    try {
      write(out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return Base64.getEncoder().encodeToString(Arrays.copyOf(out.getData(), out.getLength()));
  }

  public static Schema decode(String text) {
    Schema s = new Schema();
    try {
      s.readFields(new DataInputStream(new ByteArrayInputStream(
          Base64.getDecoder().decode(text))));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return s;
  }
}
