package org.giraphml.api;

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
 */
public final class PredictionColumn {
  /** Where a data vertex keeps the prediction of its row {@code row}. */
  @FunctionalInterface
  public interface RowValue {
    double at(NodeValue value, int row);
  }

  /** The predictions a model's {@code predict} wrote into the vertex's row doubles. */
  public static final RowValue ROW_DOUBLES = (value, row) -> value.rowDoubles()[row];

  /** Whole numbers this large and beyond print as doubles: a long holds them no longer. */
  private static final double LONG_LIMIT = 0x1p63;

  private final String name;
  private final boolean integer;
  private final RowValue source;

  private PredictionColumn(String name, boolean integer, RowValue source) {
    this.name = Objects.requireNonNull(name, "name");
    this.integer = integer;
    this.source = Objects.requireNonNull(source, "source");
  }

  /**
   * A column called {@code name} whose values come from {@code source}.
   *
   * @param integer whether the values are whole numbers (cluster ids, classes)
   */
  public static PredictionColumn of(String name, boolean integer, RowValue source) {
    return new PredictionColumn(name, integer, source);
  }

  /** The column {@code model}'s predictions fill, read from the rows' doubles. */
  public static PredictionColumn forModel(MlModel model) {
    return of(model.predictionName(), model.integerPredictions(), ROW_DOUBLES);
  }

  public String name() {
    return name;
  }

  /** Whether whole values print as integers. */
  public boolean integer() {
    return integer;
  }

  /** The text of row {@code row}'s prediction in the block held by {@code value}. */
  public String format(NodeValue value, int row) {
    return text(source.at(value, row));
  }

  /** The text of one prediction; the one formatter of every predictions.csv. */
  public String text(double prediction) {
    if (integer && prediction == Math.rint(prediction) && Math.abs(prediction) < LONG_LIMIT) {
      return Long.toString((long) prediction);
    }
    return Double.toString(prediction);
  }
}
