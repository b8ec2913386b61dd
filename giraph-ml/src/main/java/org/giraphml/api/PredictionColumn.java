package org.giraphml.api;

import java.util.List;
import java.util.Objects;
import org.giraphml.graph.NodeValue;

/**
 * The {@code predictions.csv} column of a job: its name, whether the predictions are whole
 * numbers (cluster ids, classes), and where a data vertex keeps each row's prediction. The
 * text of a prediction is made here and nowhere else, so training ({@code --predictions}) and
 * {@code predict} with the saved model write the same bytes for the same value:
 * <ul>
 *   <li>whole-number columns print a whole value as an integer ({@code -1}, {@code 2}) and any
 *       other value in full ({@code 2.5}: a class that is not a whole number is never
 *       truncated);</li>
 *   <li>other columns print {@link Double#toString} ({@code -1.0}, {@code 2.5},
 *       {@code 1.0E-5}).</li>
 * </ul>
 * An algorithm declares its column with {@link #of}; {@code predict} takes it from the model
 * ({@link #forModel}), so the two agree when the algorithm's flag matches its model's
 * {@link MlModel#integerPredictions()}.
 *
 * <p>A column may carry further per-row values after the prediction ({@link #withExtra}:
 * {@code predict --distances} adds {@code distance_0..distance_{k-1}}); they print as
 * {@link Double#toString}, separated by commas, and the header ({@link #header()}) names them.
 */
public final class PredictionColumn {
  /** Where a data vertex keeps the prediction of its row {@code row}. */
  @FunctionalInterface
  public interface RowValue {
    double at(NodeValue value, int row);
  }

  /** Where a data vertex keeps its row's extra value number {@code index} (0-based). */
  @FunctionalInterface
  public interface ExtraValue {
    double at(NodeValue value, int row, int index);
  }

  /** The predictions a model's {@code predict} wrote into the vertex's row doubles. */
  public static final RowValue ROW_DOUBLES = (value, row) -> value.rowDoubles()[row];

  /** Whole numbers this large and beyond print as doubles: a long holds them no longer. */
  private static final double LONG_LIMIT = 0x1p63;

  private final String name;
  private final boolean integer;
  private final RowValue source;
  private final List<String> extraNames;
  private final ExtraValue extra;

  private PredictionColumn(String name, boolean integer, RowValue source,
      List<String> extraNames, ExtraValue extra) {
    this.name = Objects.requireNonNull(name, "name");
    this.integer = integer;
    this.source = Objects.requireNonNull(source, "source");
    this.extraNames = List.copyOf(extraNames);
    this.extra = Objects.requireNonNull(extra, "extra");
  }

  /**
   * A column called {@code name} whose values come from {@code source}.
   *
   * @param integer whether the values are whole numbers (cluster ids, classes)
   */
  public static PredictionColumn of(String name, boolean integer, RowValue source) {
    return new PredictionColumn(name, integer, source, List.of(), (value, row, index) -> {
      throw new IndexOutOfBoundsException("no extra values");
    });
  }

  /**
   * This column followed by one column per name in {@code names}, whose values come from
   * {@code values} (index 0 for the first name).
   */
  public PredictionColumn withExtra(List<String> names, ExtraValue values) {
    return new PredictionColumn(name, integer, source, names, values);
  }

  /** The column {@code model}'s predictions fill, read from the rows' doubles. */
  public static PredictionColumn forModel(MlModel model) {
    return of(model.predictionName(), model.integerPredictions(), ROW_DOUBLES);
  }

  public String name() {
    return name;
  }

  /** The CSV header of the prediction and any extra columns: {@code cluster,distance_0,...}. */
  public String header() {
    return extraNames.isEmpty() ? name : name + "," + String.join(",", extraNames);
  }

  /** Whether whole values print as integers. */
  public boolean integer() {
    return integer;
  }

  /** The text of row {@code row}'s prediction in the block held by {@code value}. */
  public String format(NodeValue value, int row) {
    String prediction = text(source.at(value, row));
    if (extraNames.isEmpty()) {
      return prediction;
    }
    StringBuilder line = new StringBuilder(prediction);
    for (int i = 0; i < extraNames.size(); i++) {
      line.append(',').append(extra.at(value, row, i));
    }
    return line.toString();
  }

  /** The text of one prediction; the one formatter of every predictions.csv. */
  public String text(double prediction) {
    if (integer && prediction == Math.rint(prediction) && Math.abs(prediction) < LONG_LIMIT) {
      return Long.toString((long) prediction);
    }
    return Double.toString(prediction);
  }
}
