package org.giraphml.io;

import java.io.IOException;
import org.giraphml.graph.DataBlock;
import org.giraphml.graph.Precision;

/**
 * Dense rows of one split of a columnar file into blocks, under the bad-row policy: a reader
 * hands over each record as {@link Cells} that read its columns, with the record's position in
 * the file.
 */
final class DenseRows {
  private final InputPlan.Split split;
  private final SplitReader.Result result;
  private final SplitReader.BlockSink sink;
  private final boolean skipInvalid;
  private final int blockBytes;
  private final int dims;
  private final boolean hasLabel;
  private final String weightName;
  private final double[] row;
  private final int[] widths;
  /** Feature column names, for the float32 range check ({@code --precision float}), or null. */
  private final String[] floatChecked;
  private final Growables.Doubles values = new Growables.Doubles();
  private final Growables.Doubles labels = new Growables.Doubles();
  private final Growables.Doubles weights = new Growables.Doubles();
  private final Growables.Longs keys = new Growables.Longs();
  private int blockInSplit;

  DenseRows(SplitReader settings, InputPlan.Split split, SplitReader.Result result,
      SplitReader.BlockSink sink) {
    this.split = split;
    this.result = result;
    this.sink = sink;
    this.skipInvalid = settings.skipInvalid();
    this.blockBytes = settings.blockBytes();
    this.dims = settings.schema().featureCount();
    this.hasLabel = settings.schema().labelName().isPresent();
    this.weightName = settings.schema().weightName().orElse(null);
    this.row = new double[dims + 2];
    this.widths = settings.schema().featureColumns().stream()
        .mapToInt(Schema.NamedColumn::width).toArray();
    this.floatChecked = InputOptions.PRECISION.get(settings.conf()) == Precision.FLOAT
        ? settings.schema().featureColumns().stream().map(Schema.NamedColumn::name)
            .toArray(String[]::new)
        : null;
  }

  /**
   * Ends a message about a feature value that parsed as a finite double but whose float32
   * rounding is infinite: stored as float it would silently become Infinity.
   */
  static final String BEYOND_FLOAT = " is beyond float32's range (magnitude above "
      + Float.MAX_VALUE + ") and --precision float stores features as float32; use "
      + "--precision double";

  /** Whether {@code v} rounds to an infinite float32. */
  static boolean beyondFloat(double v) {
    return Float.isInfinite((float) v);
  }

  /** The first feature of the pending row that float32 cannot hold, or null. */
  private String floatRangeProblem() {
    for (int f = 0, at = 0; f < widths.length; at += widths[f], f++) {
      for (int j = 0; j < widths[f]; j++) {
        if (beyondFloat(row[at + j])) {
          return "column '" + floatChecked[f] + "'" + (widths[f] > 1 ? " element " + j : "")
              + ": " + row[at + j] + BEYOND_FLOAT;
        }
      }
    }
    return null;
  }

  /** Reads one column of the current record into {@code out[at, at + width)}. */
  @FunctionalInterface
  interface Cells {
    /**
     * Reads column {@code column} (the features in schema order, then the label, then the
     * weight) into
     * {@code out}; returns the problem, or null if every value is a finite number.
     */
    String read(int column, int width, double[] out, int at);
  }

  /**
   * Reads the current record through {@code cells}, features, label then weight, and takes it
   * as the
   * row at {@code position} of its file, or fails or skips it naming {@code where}.
   */
  void accept(long position, String where, Cells cells) throws IOException {
    String problem = null;
    int at = 0;
    for (int f = 0; f < widths.length && problem == null; f++) {
      problem = cells.read(f, widths[f], row, at);
      at += widths[f];
    }
    if (problem == null && floatChecked != null) {
      problem = floatRangeProblem();
    }
    if (problem == null && hasLabel) {
      problem = cells.read(widths.length, 1, row, dims);
      problem = problem == null ? null : problem + " (the label)";
    }
    if (problem == null && weightName != null) {
      problem = cells.read(widths.length + (hasLabel ? 1 : 0), 1, row, dims + 1);
      if (problem != null) {
        problem += " (the weight)";
      } else if (row[dims + 1] < 0) {
        problem = "column '" + weightName + "': " + row[dims + 1] + " is negative (the weight);"
            + " a weight must be >= 0";
      }
    }
    accept(position, where, problem);
  }

  /** The problem with value {@code v} of column {@code name} (element {@code element} of an
   * array column, or -1), or null if it is finite. */
  static String checkFinite(String name, double v, int element) {
    if (Double.isFinite(v)) {
      return null;
    }
    return "column '" + name + "'" + (element >= 0 ? " element " + element : "") + ": " + v
        + " is not a finite number (NaN and Infinity are not allowed)";
  }

  /**
   * Takes the pending row at {@code position} of its file, or, if {@code problem} is not null,
   * fails naming the file and {@code where} (or skips and counts the row with skip-invalid).
   */
  private void accept(long position, String where, String problem) throws IOException {
    long key = InputPlan.rowKey(split.file().index(), position);
    if (problem != null) {
      String path = split.file().path().toString();
      if (!skipInvalid) {
        throw new InputException(path, 0, where + ": " + problem);
      }
      result.skip(key, path + ": " + where + ": " + problem);
      return;
    }
    for (int j = 0; j < dims; j++) {
      values.add(row[j]);
    }
    if (hasLabel) {
      labels.add(row[dims]);
    }
    if (weightName != null) {
      weights.add(row[dims + 1]);
    }
    keys.add(key);
    result.countRow();
    if ((long) values.size() * Double.BYTES >= blockBytes) {
      flush();
    }
  }

  /** Hands over the last, partly filled block. */
  void flush() throws IOException {
    if (keys.size() == 0) {
      return;
    }
    DataBlock block = DataBlock.dense(dims, values.take(), hasLabel ? labels.take() : null,
        keys.take());
    labels.clear();
    if (weightName != null) {
      double[] w = weights.take();
      result.addWeights(w);
      block = block.withWeights(w);
    }
    sink.accept(InputPlan.blockId(split.ordinal(), blockInSplit++), block);
  }
}
