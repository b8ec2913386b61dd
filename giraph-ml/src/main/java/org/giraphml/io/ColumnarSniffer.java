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
import org.giraphml.conf.InvalidOptionException;

/**
 * Settles a columnar input's {@link Schema} from the files' metadata before the job starts,
 * the same way for every columnar format: every file must have the first file's schema;
 * {@code --label-column}, {@code --weight-column} and {@code --features} must name numeric
 * columns (by default every
 * numeric column but the label is a feature); an array column's length is taken from the first
 * row. Each problem names the file (both files for a schema mismatch) and the column.
 *
 * @param <S> the format's schema type
 */
final class ColumnarSniffer<S> {
  private static final Logger LOG = LogManager.getLogger(ColumnarSniffer.class);

  /** A top-level column as the chooser sees it. */
  record Field(String name, boolean numeric, boolean list, String type) {
  }

  /** What a format says about its files. */
  interface Files<S> {
    /** The file's schema and row count; a file not of this format is an InputException. */
    S schema(Configuration conf, InputPlan.InputFile file) throws IOException;

    long rows(Configuration conf, InputPlan.InputFile file) throws IOException;

    List<Field> fields(S schema);

    /** The first column on which {@code found} differs from {@code expected}, as text. */
    String difference(S expected, S found);

    /**
     * The lengths of the array columns {@code lists} in the first row of {@code file}, which
     * holds a row; -1 for a null.
     */
    int[] firstRowLengths(Configuration conf, InputPlan.InputFile file, S schema,
        List<String> lists) throws IOException;
  }

  private final InputFormatKind kind;
  private final String formatName;
  private final Files<S> files;

  ColumnarSniffer(InputFormatKind kind, String formatName, Files<S> files) {
    this.kind = kind;
    this.formatName = formatName;
    this.files = files;
  }

  Schema sniff(Configuration conf, InputPlan plan) throws IOException {
    LabelColumn labelOption = InputOptions.LABEL_COLUMN.get(conf);
    if (labelOption.index().isPresent()) {
      throw new InvalidOptionException(InputOptions.LABEL_COLUMN, labelOption.toString(),
          formatName + " columns are named: give the label column's name (or 'none')");
    }
    Optional<String> label = labelOption.name();
    LabelColumn weightOption = InputOptions.WEIGHT_COLUMN.get(conf);
    if (weightOption.index().isPresent()) {
      throw new InvalidOptionException(InputOptions.WEIGHT_COLUMN, weightOption.toString(),
          formatName + " columns are named: give the weight column's name (or 'none')");
    }
    Optional<String> weight = weightOption.name();
    if (weight.isPresent() && weight.equals(label)) {
      throw new InvalidOptionException(InputOptions.WEIGHT_COLUMN, weight.get(),
          "is also the --label-column: the weight must be a column of its own");
    }
    S schema = null;
    InputPlan.InputFile first = null;
    InputPlan.InputFile firstWithRows = null;
    for (InputPlan.InputFile file : plan.files()) {
      S s = files.schema(conf, file);
      if (schema == null) {
        schema = s;
        first = file;
      } else if (!s.equals(schema)) {
        throw new InputException(file.path().toString(), 0, "its schema differs from that of "
            + first.path() + ": " + files.difference(schema, s));
      }
      if (firstWithRows == null && files.rows(conf, file) > 0) {
        firstWithRows = file;
      }
    }
    if (firstWithRows == null) {
      String where = plan.files().size() == 1 ? first.path().toString()
          : InputLister.names(plan.files().stream().map(InputPlan.InputFile::path).toList());
      throw new InputException(where, 0, "no data rows (no file holds a row)");
    }
    List<Field> fields = files.fields(schema);
    String name = first.path().toString();
    if (label.isPresent()) {
      Field l = numeric(fields, label.get(), name, "--label-column");
      if (l.list()) {
        throw new InputException(name, 0, "--label-column: column '" + l.name() + "' is "
            + l.type() + "; the label must be one number");
      }
    }
    if (weight.isPresent()) {
      Field w = numeric(fields, weight.get(), name, "--weight-column");
      if (w.list()) {
        throw new InputException(name, 0, "--weight-column: column '" + w.name() + "' is "
            + w.type() + "; the weight must be one number");
      }
    }
    List<Field> features = features(conf, fields, label, weight, name);
    List<String> lists = features.stream().filter(Field::list).map(Field::name).toList();
    int[] lengths = lists.isEmpty() ? new int[0]
        : files.firstRowLengths(conf, firstWithRows, schema, lists);
    List<Schema.NamedColumn> named = new ArrayList<>();
    int listIndex = 0;
    for (Field f : features) {
      int width = 1;
      if (f.list()) {
        width = lengths[listIndex++];
        if (width <= 0) {
          throw new InputException(firstWithRows.path().toString(), 0, "array column '"
              + f.name() + "' is " + (width < 0 ? "null" : "empty") + " in the first row, "
              + "which sets its length");
        }
      }
      named.add(new Schema.NamedColumn(f.name(), width));
    }
    Schema settled = Schema.columnar(kind, named, label).withWeight(weightOption);
    LOG.info("Input: {} {} file(s); {}; label: {}; weight: {}", plan.files().size(), formatName,
        settled.describeColumns(), label.orElse("none"), weight.orElse("none"));
    return settled;
  }

  private List<Field> features(Configuration conf, List<Field> fields, Optional<String> label,
      Optional<String> weight, String file) {
    List<Field> features = new ArrayList<>();
    Optional<String> given = InputOptions.FEATURES.get(conf);
    if (given.isPresent()) {
      Set<String> seen = new LinkedHashSet<>();
      for (String raw : given.get().split(",", -1)) {
        String n = raw.trim();
        if (n.isEmpty() || !seen.add(n) || label.filter(n::equals).isPresent()
            || weight.filter(n::equals).isPresent()) {
          throw new InvalidOptionException(InputOptions.FEATURES, given.get(), n.isEmpty()
              ? "has an empty column name" : "names column '" + n + "' twice, or as the label "
                  + "or the weight");
        }
        features.add(numeric(fields, n, file, "--features"));
      }
      return features;
    }
    List<String> ignored = new ArrayList<>();
    for (Field f : fields) {
      if (label.filter(f.name()::equals).isPresent()
          || weight.filter(f.name()::equals).isPresent()) {
        continue;
      }
      if (f.numeric()) {
        features.add(f);
      } else {
        ignored.add(f.name() + " (" + f.type() + ")");
      }
    }
    if (!ignored.isEmpty()) {
      LOG.info("Not features, as they are not numbers: {}", String.join(", ", ignored));
    }
    if (features.isEmpty()) {
      throw new InputException(file, 0, "no numeric feature columns besides the label"
          + (weight.isPresent() ? " and the weight" : "") + "; the "
          + "columns: " + columns(fields));
    }
    return features;
  }

  /** The column {@code name}, which must exist and hold numbers. */
  private Field numeric(List<Field> fields, String name, String file, String option) {
    Field field = fields.stream().filter(f -> f.name().equals(name)).findFirst()
        .orElseThrow(() -> new InputException(file, 0, option + ": no column '" + name
            + "'; the columns: " + columns(fields)));
    if (!field.numeric()) {
      throw new InputException(file, 0, option + ": column '" + name + "' is " + field.type()
          + ", not a number (int, long, float, double, decimal, or a list of them)");
    }
    return field;
  }

  private static String columns(List<Field> fields) {
    List<String> all = new ArrayList<>();
    fields.forEach(f -> all.add(f.name() + " (" + f.type() + ")"));
    return String.join(", ", all);
  }
}
