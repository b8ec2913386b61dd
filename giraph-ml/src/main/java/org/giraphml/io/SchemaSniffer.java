package org.giraphml.io;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.OptionalInt;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;

/**
 * Settles the {@link Schema} before the job starts by reading the first line of the first
 * file: the number of CSV columns (from the header when there is one), and whether the label
 * column exists. Problems found here fail the job before it takes any resources.
 */
public final class SchemaSniffer {
  private SchemaSniffer() {
  }

  public static Schema sniff(Configuration conf, InputPlan plan) throws IOException {
    InputFormatKind format = InputOptions.FORMAT.get(conf);
    char delimiter = InputOptions.DELIMITER.get(conf).charAt(0);
    HeaderMode header = InputOptions.HEADER.get(conf);
    OptionalInt label = InputOptions.LABEL_COLUMN.get(conf);
    if (format == InputFormatKind.LIBSVM) {
      return new Schema(format, delimiter, header, 0, OptionalInt.empty());
    }
    Path first = plan.files().get(0).path();
    FileSystem fs = first.getFileSystem(conf);
    String line;
    long number = 0;
    try (BufferedReader reader = new BufferedReader(
        new InputStreamReader(fs.open(first), StandardCharsets.UTF_8))) {
      do {
        line = reader.readLine();
        number++;
      } while (line != null && line.trim().isEmpty());
    }
    if (line == null) {
      throw new InputException(first.toString(), 0, "file holds no rows");
    }
    byte[] bytes = line.getBytes(StandardCharsets.UTF_8);
    int columns = 1;
    for (byte b : bytes) {
      if (b == delimiter) {
        columns++;
      }
    }
    if (label.isPresent() && label.getAsInt() >= columns) {
      throw new InputException(first.toString(), number, "--label-column " + label.getAsInt()
          + " is out of range: the file has " + columns + " columns (0-based: 0.."
          + (columns - 1) + ")");
    }
    if (columns - (label.isPresent() ? 1 : 0) < 1) {
      throw new InputException(first.toString(), number, "no feature columns besides the label");
    }
    return new Schema(format, delimiter, header, columns, label);
  }
}
