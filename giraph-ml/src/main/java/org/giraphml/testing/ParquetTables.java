package org.giraphml.testing;

import java.io.IOException;
import java.nio.file.Path;
import org.apache.hadoop.conf.Configuration;
import org.apache.parquet.example.data.Group;
import org.apache.parquet.example.data.simple.SimpleGroupFactory;
import org.apache.parquet.hadoop.ParquetFileReader;
import org.apache.parquet.hadoop.ParquetWriter;
import org.apache.parquet.hadoop.example.ExampleParquetWriter;
import org.apache.parquet.hadoop.util.HadoopInputFile;
import org.apache.parquet.schema.MessageType;
import org.apache.parquet.schema.MessageTypeParser;

/**
 * Parquet files for tests, written with Parquet's own example writer ({@link Group} rows), so
 * that {@code --format parquet} is tested on files made by an independent writer.
 */
public final class ParquetTables {
  private ParquetTables() {
  }

  /** Receives the rows of a file under construction. */
  @FunctionalInterface
  public interface Rows {
    /** Fills the rows with {@code factory.newGroup()}, handing each to {@code writer}. */
    void write(SimpleGroupFactory factory, ParquetWriter<Group> writer) throws IOException;
  }

  /**
   * Writes a file of schema {@code messageType} (Parquet's schema language, e.g.
   * {@code "message m { required double x; }"}) whose row groups close at about
   * {@code rowGroupBytes} bytes (Parquet checks the size every 100 rows or so).
   */
  public static Path write(Path file, String messageType, long rowGroupBytes, Rows rows)
      throws IOException {
    MessageType schema = MessageTypeParser.parseMessageType(messageType);
    try (ParquetWriter<Group> writer = ExampleParquetWriter
        .builder(new org.apache.hadoop.fs.Path(file.toUri()))
        .withConf(new Configuration())
        .withType(schema)
        .withRowGroupSize(rowGroupBytes)
        .build()) {
      rows.write(new SimpleGroupFactory(schema), writer);
    }
    return file;
  }

  /** The number of row groups of a Parquet file (each is one split of the input). */
  public static int rowGroups(Path file) throws IOException {
    try (ParquetFileReader reader = ParquetFileReader.open(HadoopInputFile.fromPath(
        new org.apache.hadoop.fs.Path(file.toUri()), new Configuration()))) {
      return reader.getRowGroups().size();
    }
  }

  /**
   * Writes dense rows as required double columns named {@code names}, and, unless
   * {@code labelName} is null, labels as a required int32 column (whole-number labels, as class
   * ids are stored) after them: the table a CSV of the same numbers describes.
   */
  public static Path writeDoubles(Path file, String[] names, double[][] x, String labelName,
      int[] labels, long rowGroupBytes) throws IOException {
    StringBuilder type = new StringBuilder("message rows {");
    for (String n : names) {
      type.append(" required double ").append(n).append(';');
    }
    if (labelName != null) {
      type.append(" required int32 ").append(labelName).append(';');
    }
    type.append(" }");
    return write(file, type.toString(), rowGroupBytes, (factory, writer) -> {
      for (int i = 0; i < x.length; i++) {
        Group g = factory.newGroup();
        for (int t = 0; t < names.length; t++) {
          g.append(names[t], x[i][t]);
        }
        if (labelName != null) {
          g.append(labelName, labels[i]);
        }
        writer.write(g);
      }
    });
  }
}
