package org.giraphml.io;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apache.hadoop.conf.Configuration;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import org.apache.parquet.column.page.PageReadStore;
import org.apache.parquet.example.data.Group;
import org.apache.parquet.example.data.simple.convert.GroupRecordConverter;
import org.apache.parquet.hadoop.ParquetFileReader;
import org.apache.parquet.io.ColumnIOFactory;
import org.apache.parquet.schema.MessageType;
import org.apache.parquet.schema.Type;
import org.giraphml.conf.InvalidOptionException;

/**
 * Settles a Parquet input's {@link Schema} from the files' footers before the job starts: every
 * file must have the first file's schema; {@code --label-column} and {@code --features} must
 * name numeric columns (by default every numeric column but the label is a feature); an array
 * column's length is taken from the first row. Each problem names the file (both files for a
 * schema mismatch) and the column.
 */
final class ParquetSchemaSniffer {
  private static final Logger LOG = LogManager.getLogger(ParquetSchemaSniffer.class);

  private ParquetSchemaSniffer() {
  }

  static Schema sniff(Configuration conf, InputPlan plan) throws IOException {
    LabelColumn labelOption = InputOptions.LABEL_COLUMN.get(conf);
    if (labelOption.index().isPresent()) {
      throw new InvalidOptionException(InputOptions.LABEL_COLUMN, labelOption.toString(),
          "Parquet columns are named: give the label column's name (or 'none')");
    }
    Optional<String> label = labelOption.name();
    MessageType schema = null;
    InputPlan.InputFile first = null;
    InputPlan.InputFile firstWithRows = null;
    for (InputPlan.InputFile file : plan.files()) {
      try (ParquetFileReader reader = ParquetFormat.open(conf, file)) {
        MessageType s = reader.getFileMetaData().getSchema();
        if (schema == null) {
          schema = s;
          first = file;
        } else if (!s.equals(schema)) {
          throw new InputException(file.path().toString(), 0, "its schema differs from that of "
              + first.path() + ": " + difference(schema, s));
        }
        if (firstWithRows == null && reader.getRecordCount() > 0) {
          firstWithRows = file;
        }
      }
    }
    if (firstWithRows == null) {
      String where = plan.files().size() == 1 ? first.path().toString()
          : InputLister.names(plan.files().stream().map(InputPlan.InputFile::path).toList());
      throw new InputException(where, 0, "no data rows (no file holds a row)");
    }
    String name = first.path().toString();
    MessageType labelSchema = schema;
    ParquetColumn labelColumn = label.map(l -> numeric(labelSchema, l, name, "--label-column"))
        .orElse(null);
    if (labelColumn != null && labelColumn.isList()) {
      throw new InputException(name, 0, "--label-column '" + label.get() + "' is a list; the "
          + "label must be one number");
    }
    List<ParquetColumn> features = features(conf, schema, label, name);
    List<Schema.NamedColumn> named = widths(conf, firstWithRows, schema, features);
    LOG.info("Input: {} Parquet file(s); features: {}; label: {}", plan.files().size(),
        describe(named), label.orElse("none"));
    return Schema.columnar(InputFormatKind.PARQUET, named, label);
  }

  private static List<ParquetColumn> features(Configuration conf, MessageType schema,
      Optional<String> label, String file) {
    List<ParquetColumn> features = new ArrayList<>();
    Optional<String> given = InputOptions.FEATURES.get(conf);
    if (given.isPresent()) {
      Set<String> seen = new LinkedHashSet<>();
      for (String raw : given.get().split(",", -1)) {
        String n = raw.trim();
        if (n.isEmpty() || !seen.add(n) || label.filter(n::equals).isPresent()) {
          throw new InvalidOptionException(InputOptions.FEATURES, given.get(), n.isEmpty()
              ? "has an empty column name" : "names column '" + n + "' twice, or as the label");
        }
        features.add(numeric(schema, n, file, "--features"));
      }
      return features;
    }
    List<String> ignored = new ArrayList<>();
    for (Type field : schema.getFields()) {
      if (label.filter(field.getName()::equals).isPresent()) {
        continue;
      }
      Optional<ParquetColumn> c = ParquetColumn.of(field);
      if (c.isPresent()) {
        features.add(c.get());
      } else {
        ignored.add(field.getName() + " (" + ParquetColumn.describe(field) + ")");
      }
    }
    if (!ignored.isEmpty()) {
      LOG.info("Not features, as they are not numbers: {}", String.join(", ", ignored));
    }
    if (features.isEmpty()) {
      throw new InputException(file, 0, "no numeric feature columns besides the label; the "
          + "columns: " + columns(schema));
    }
    return features;
  }

  /** The column {@code name}, which must exist and hold numbers. */
  private static ParquetColumn numeric(MessageType schema, String name, String file,
      String option) {
    if (!schema.containsField(name)) {
      throw new InputException(file, 0, option + ": no column '" + name + "'; the columns: "
          + columns(schema));
    }
    Type field = schema.getType(name);
    return ParquetColumn.of(field).orElseThrow(() -> new InputException(file, 0, option
        + ": column '" + name + "' is " + ParquetColumn.describe(field) + ", not a number ("
        + "int, long, float, double, decimal, or a list of them)"));
  }

  /** Each column's width: 1, or the length of an array column in the first row. */
  private static List<Schema.NamedColumn> widths(Configuration conf, InputPlan.InputFile file,
      MessageType schema, List<ParquetColumn> features) throws IOException {
    List<Schema.NamedColumn> named = new ArrayList<>();
    Group firstRow = null;
    int g = 0;
    List<Type> lists = new ArrayList<>();
    features.stream().filter(ParquetColumn::isList).forEach(c -> lists.add(schema.getType(c.name)));
    if (!lists.isEmpty()) {
      MessageType projection = new MessageType(schema.getName(), lists);
      try (ParquetFileReader reader = ParquetFormat.open(conf, file)) {
        reader.setRequestedSchema(projection);
        while (reader.getRowGroups().get(g).getRowCount() == 0) {
          g++;
        }
        PageReadStore pages = reader.readRowGroup(g);
        firstRow = new ColumnIOFactory().getColumnIO(projection)
            .getRecordReader(pages, new GroupRecordConverter(projection)).read();
      }
    }
    int listIndex = 0;
    for (ParquetColumn c : features) {
      int width = 1;
      if (c.isList()) {
        width = c.width(firstRow, listIndex++);
        if (width <= 0) {
          throw new InputException(file.path().toString(), 0, ParquetFormat.where(g, 0)
              + ": array column '" + c.name + "' is " + (width < 0 ? "null" : "empty")
              + " in the first row, which sets its length");
        }
      }
      named.add(new Schema.NamedColumn(c.name, width));
    }
    return named;
  }

  /** The first column two schemas disagree on. */
  private static String difference(MessageType expected, MessageType found) {
    for (Type e : expected.getFields()) {
      if (!found.containsField(e.getName())) {
        return "column '" + e.getName() + "' is missing";
      }
      Type f = found.getType(e.getName());
      if (!f.equals(e)) {
        return "column '" + e.getName() + "' is " + f + " here but " + e + " there";
      }
    }
    for (Type f : found.getFields()) {
      if (!expected.containsField(f.getName())) {
        return "column '" + f.getName() + "' is not in the other file";
      }
    }
    return "the columns are in another order";
  }

  private static String columns(MessageType schema) {
    List<String> all = new ArrayList<>();
    schema.getFields().forEach(f -> all.add(f.getName() + " (" + ParquetColumn.describe(f) + ")"));
    return String.join(", ", all);
  }

  private static String describe(List<Schema.NamedColumn> named) {
    List<String> parts = new ArrayList<>();
    named.forEach(c -> parts.add(c.width() == 1 ? c.name() : c.name() + "[" + c.width() + "]"));
    return String.join(", ", parts);
  }
}
