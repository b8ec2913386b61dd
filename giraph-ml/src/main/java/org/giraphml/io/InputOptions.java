package org.giraphml.io;

import java.util.Optional;
import org.giraphml.conf.BooleanOption;
import org.giraphml.conf.ConfOption;
import org.giraphml.conf.EnumOption;
import org.giraphml.conf.IntOption;
import org.giraphml.conf.OptionalStringOption;
import org.giraphml.conf.StringOption;
import org.giraphml.graph.Precision;

/** Options that say where the rows are and how to read them; shared by every algorithm. */
public final class InputOptions {
  private InputOptions() {
  }

  public static final StringOption INPUT = (StringOption) new StringOption("giraphml.input.path",
      "input", null,
      "Input files or directories, comma-separated; any Hadoop FileSystem URI (file:, hdfs:). "
          + "Directories are read recursively, in name order; names starting with '_' or '.' "
          + "are skipped at every level. Files ending in .gz, .bz2, .deflate or another "
          + "Hadoop codec's extension are decompressed.")
      .namesInputs(ConfOption.InputPaths.COMMA_SEPARATED);

  public static final EnumOption<InputFormatKind> FORMAT = new EnumOption<>(
      "giraphml.input.format", "format", InputFormatKind.class, InputFormatKind.CSV,
      "Row format: dense delimited text (csv), LIBSVM sparse rows (libsvm), Apache Parquet "
          + "files (parquet; numeric columns by name, one split per row group) or Apache ORC "
          + "files (orc; likewise, one split per stripe).");

  public static final ConfOption<String> DELIMITER = new ConfOption<String>(
      "giraphml.input.delimiter", "delimiter", ",",
      "CSV cell delimiter: one character, 'tab', or 'space' (cells separated by runs of spaces"
          + " and tabs, leading and trailing blanks ignored).",
      v -> v.length() == 1 && v.charAt(0) != '\n' && v.charAt(0) != '\r'
          ? Optional.empty() : Optional.of(v.isEmpty() ? "a blank given as itself is trimmed"
              + " away: name it, 'space' or 'tab'" : "must be a single character, 'tab' or"
              + " 'space'")) {
    @Override
    public String typeName() {
      return "char";
    }

    @Override
    public String parse(String text) {
      if ("space".equalsIgnoreCase(text)) {
        return " ";
      }
      return "tab".equalsIgnoreCase(text) || "\\t".equals(text) ? "\t" : text;
    }

    @Override
    public String format(String value) {
      // Named, as the configuration trims a literal blank away.
      return "\t".equals(value) ? "tab" : " ".equals(value) ? "space" : value;
    }
  };

  public static final EnumOption<HeaderMode> HEADER = new EnumOption<>("giraphml.input.header",
      "header", HeaderMode.class, HeaderMode.AUTO,
      "CSV header line, decided for each file's first line: auto (all cells text: a "
          + "header; all numbers: data; a mix is refused as ambiguous), present, absent.");

  public static final LabelColumnOption LABEL_COLUMN = new LabelColumnOption(
      "giraphml.input.label-column", "label-column",
      "Column holding the label, kept apart from the features: for CSV its number (0-based), "
          + "for Parquet and ORC its name; 'none' if every column is a feature. LIBSVM rows always "
          + "start with their label.");

  public static final LabelColumnOption WEIGHT_COLUMN = new LabelColumnOption(
      "giraphml.input.weight-column", "weight-column",
      "Column holding each row's sample weight, neither a feature nor the label: for CSV its "
          + "number (0-based), for Parquet and ORC its name; 'none' if every row weighs 1. A "
          + "weight must be a finite number >= 0 (0: the row counts for nothing); not for LIBSVM."
          + " predict accepts it too and leaves the column out of the features.");

  public static final OptionalStringOption FEATURES = new OptionalStringOption(
      "giraphml.input.features", "features",
      "Parquet and ORC: the feature columns by name, comma-separated, in this order (int, "
          + "long, float, double or decimal columns, or a list of them of one length in every row, read as "
          + "that many features). Default: every numeric column but the label, in file order. "
          + "Not for CSV or LIBSVM, whose rows use every column but the label.");

  public static final EnumOption<Precision> PRECISION = new EnumOption<>(
      "giraphml.input.precision", "precision", Precision.class, Precision.DOUBLE,
      "How dense feature values are stored in memory: double (8 bytes a value) or float "
          + "(4 bytes: each value rounded to float32 as it is read, one block at a time; every "
          + "sum and distance is still computed in double, so a float run gives exactly what a "
          + "double run gives on the float-rounded numbers). kmeans only; refused by the other "
          + "algorithms, by predict, and for LIBSVM input.");

  public static final BooleanOption SKIP_INVALID = new BooleanOption(
      "giraphml.input.skip-invalid", "skip-invalid", false,
      "Skip malformed rows (counted and reported in the summary) instead of failing.");

  public static final IntOption BLOCK_BYTES = new IntOption("giraphml.input.block-bytes",
      "block-bytes", 1 << 20, 1024, Integer.MAX_VALUE,
      "Target size of one data vertex's block of rows, in bytes of values; a block closes "
          + "once it holds at least this much.");

  public static final IntOption SPLIT_BYTES = new IntOption("giraphml.input.split-bytes",
      "split-bytes", 32 << 20, 4096, Integer.MAX_VALUE,
      "Bytes of input per split, the unit of parallel loading. Splits, and so blocks, do not "
          + "depend on the number of workers, which keeps models identical across worker "
          + "counts.");
}
