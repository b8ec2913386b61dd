package org.giraphml.io;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.apache.hadoop.conf.Configuration;

/**
 * The input's feature names, where it has them, in the order of the features in a row: a
 * columnar input's feature columns (an array column {@code v} of 3 values gives {@code v[0]},
 * {@code v[1]}, {@code v[2]}), or the cells of a CSV input's header line, the label column left
 * out. None for LIBSVM, for CSV without a header, and for a header whose cells do not line up
 * with the columns (quoted cells holding the delimiter, say): names are then not known rather
 * than guessed. Saved with a model ({@code training.feature_names}) so that a later run started
 * from it ({@code --init-model}) can tell a table of other columns from its own.
 */
public final class FeatureNames {
  /** The longest header line read for names; a longer one gives no names. */
  static final int MAX_HEADER_BYTES = 1 << 20;

  private FeatureNames() {
  }

  /**
   * The names of {@code schema}'s features, reading CSV's header line again from the first
   * file that has one (the schema keeps only an excerpt of it).
   */
  public static Optional<List<String>> of(Configuration conf, Schema schema) {
    if (!schema.featureColumns().isEmpty()) {
      List<String> names = new ArrayList<>();
      for (Schema.NamedColumn c : schema.featureColumns()) {
        for (int i = 0; i < c.width(); i++) {
          names.add(c.width() == 1 ? c.name() : c.name() + "[" + i + "]");
        }
      }
      return Optional.of(names);
    }
    if (schema.headers().isEmpty() || !schema.featureCountKnown()) {
      return Optional.empty();
    }
    Schema.HeaderLine header = schema.headers().get(0);
    try {
      InputPlan plan = InputPlan.create(conf, InputOptions.INPUT.get(conf),
          InputOptions.SPLIT_BYTES.get(conf));
      String line = readLine(conf, plan.files().get(header.file()).path().toString(),
          header.offset());
      return line == null ? Optional.empty() : names(line, schema);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The header's cells as feature names, if they line up with the schema's columns. */
  static Optional<List<String>> names(String line, Schema schema) {
    String text = line.startsWith("\uFEFF") ? line.substring(1) : line;
    String delimiter = Pattern.quote(String.valueOf((char) schema.delimiter()));
    String[] cells = text.split(delimiter, -1);
    if (cells.length != schema.columns()) {
      return Optional.empty();
    }
    List<String> names = new ArrayList<>();
    for (int i = 0; i < cells.length; i++) {
      if (i != schema.labelColumn() && i != schema.weightColumn()) {
        String cell = cells[i].trim();
        boolean quoted = cell.length() >= 2 && cell.startsWith("\"") && cell.endsWith("\"");
        names.add(quoted ? cell.substring(1, cell.length() - 1) : cell);
      }
    }
    return names.size() == schema.featureCount() ? Optional.of(names) : Optional.empty();
  }

  /** The line starting at byte {@code offset} of the file's text, or null if too long. */
  private static String readLine(Configuration conf, String file, long offset)
      throws IOException {
    try (InputStream in = new BufferedInputStream(TextFiles.open(conf, file, "input file"))) {
      in.skipNBytes(offset);
      ByteArrayOutputStream line = new ByteArrayOutputStream();
      int b;
      while ((b = in.read()) >= 0 && b != '\n' && b != '\r') {
        if (line.size() == MAX_HEADER_BYTES) {
          return null;
        }
        line.write(b);
      }
      return line.toString(StandardCharsets.UTF_8);
    }
  }
}
