package org.giraphml.job;

import java.util.Arrays;
import java.util.function.Consumer;
import org.giraphml.engine.PredictionSink;
import org.giraphml.report.RowResults;

/**
 * The rows the report plots, seen as {@code predictions.csv} is written (both engines stream
 * it, so the driver never holds every prediction): all of them up to {@link #LIMIT}, beyond
 * that an even-stride sample of at most {@code LIMIT} rows (every row, then every second,
 * fourth... as more arrive), in input order and the same on every run of the same data.
 */
final class ReportRows implements Consumer<PredictionSink.Keyed> {
  /** Rows kept at most: 16 MB of predictions and labels. */
  static final int LIMIT = 1 << 20;

  private final String column;
  private final int limit;
  private double[] predicted = new double[1024];
  private double[] labels = new double[1024];
  private int kept;
  private long seen;
  private long stride = 1;

  ReportRows(String column) {
    this(column, LIMIT);
  }

  ReportRows(String column, int limit) {
    this.column = column;
    this.limit = limit;
  }

  @Override
  public void accept(PredictionSink.Keyed row) {
    if (seen++ % stride != 0) {
      return;
    }
    if (kept == limit) {
      // Keep every second of the rows kept so far (ordinals 0, 2 stride, 4 stride...).
      for (int i = 0; i < (kept + 1) / 2; i++) {
        predicted[i] = predicted[2 * i];
        labels[i] = labels[2 * i];
      }
      kept = (kept + 1) / 2;
      stride *= 2;
      if ((seen - 1) % stride != 0) {
        return;
      }
    }
    if (kept == predicted.length) {
      predicted = Arrays.copyOf(predicted, Math.min(limit, 2 * kept));
      labels = Arrays.copyOf(labels, predicted.length);
    }
    String text = row.text();
    int comma = text.indexOf(',');
    predicted[kept] = Double.parseDouble(comma < 0 ? text : text.substring(0, comma));
    labels[kept] = row.label();
    kept++;
  }

  /** The rows kept, or null if none were written. */
  RowResults results() {
    return seen == 0 ? null : new RowResults(column, Arrays.copyOf(predicted, kept),
        Arrays.copyOf(labels, kept));
  }
}
