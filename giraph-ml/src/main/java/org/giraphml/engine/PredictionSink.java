package org.giraphml.engine;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.Objects;
import java.util.function.Consumer;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.Path;
import org.giraphml.api.OutputFiles;
import org.giraphml.api.PredictionColumn;

/**
 * Where a job's per-row predictions go: {@code predictions.csv} in the job's work directory,
 * one line per predicted row in input order, {@code row,<column>} (then any extra columns,
 * {@link PredictionColumn#header()}). {@code row} is the row's index among the input's data
 * rows, counting from 0 over all input files in order; a row
 * skipped as invalid ({@code --skip-invalid}) has no line and the rows after it keep their
 * input numbers.
 *
 * <p>Both engines write through {@link #write}, which streams: it takes the predictions as an
 * iterator in input order and holds one row at a time, so the driver's memory does not grow
 * with the input (the Giraph engine feeds it from the workers' part files, see
 * {@link PredictionParts}).
 */
public final class PredictionSink {
  public static final String FILE = "predictions.csv";

  private final PredictionColumn column;

  public PredictionSink(PredictionColumn column) {
    this.column = Objects.requireNonNull(column, "column");
  }

  /** How each row's prediction is formatted (on the data vertices, by either engine). */
  public PredictionColumn column() {
    return column;
  }

  /**
   * One row's prediction as text, with the row's key ({@code InputPlan.rowKey}) and its label
   * (NaN for a row without one; kept for the report, not written to the file).
   */
  public record Keyed(long key, String text, double label) {
    /** A row without a label. */
    public Keyed(long key, String text) {
      this(key, text, Double.NaN);
    }
  }

  /** Sees every row as it is written (the report's bounded sample of rows), or null. */
  private Consumer<Keyed> observer;

  /** Shows every row written from now on to {@code observer} (which must not keep many). */
  public PredictionSink observe(Consumer<Keyed> observer) {
    this.observer = observer;
    return this;
  }

  /**
   * Writes {@code predictions.csv} into {@code dir}.
   *
   * @param inInputOrder the predictions by increasing row key
   * @param skippedKeys the sorted row keys of the rows skipped as invalid
   * @return the number of rows written
   * @throws IllegalStateException if the keys do not increase (a bug: rows would be misnumbered)
   */
  public long write(Configuration conf, Path dir, Iterator<Keyed> inInputOrder,
      long[] skippedKeys) throws IOException {
    Path path = new Path(dir, FILE);
    try (Writer out = new BufferedWriter(new OutputStreamWriter(OutputFiles.create(conf, path),
        StandardCharsets.UTF_8), 1 << 16)) {
      return write(out, inInputOrder, skippedKeys);
    }
  }

  /** Writes the file's text to {@code out}, as the public {@code write} does. */
  long write(Writer out, Iterator<Keyed> inInputOrder, long[] skippedKeys) throws IOException {
    out.write("row," + column.header() + "\n");
    int skippedBefore = 0;
    long written = 0;
    long previous = -1;
    while (inInputOrder.hasNext()) {
      Keyed row = inInputOrder.next();
      if (written > 0 && row.key() <= previous) {
        throw new IllegalStateException("Internal error: prediction of row key " + row.key()
            + " came after row key " + previous + "; predictions must arrive in input order");
      }
      previous = row.key();
      while (skippedBefore < skippedKeys.length && skippedKeys[skippedBefore] < row.key()) {
        skippedBefore++;
      }
      out.write(Long.toString(written + skippedBefore));
      out.write(',');
      out.write(row.text());
      out.write('\n');
      written++;
      if (observer != null) {
        observer.accept(row);
      }
    }
    return written;
  }
}
