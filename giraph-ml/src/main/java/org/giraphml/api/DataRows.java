package org.giraphml.api;

import org.giraphml.graph.DataBlock;
import org.giraphml.graph.NodeValue;

/**
 * What an {@link Aggregation} sees of one data vertex: its rows and labels, and where it keeps
 * its per-row predictions for {@code predictions.csv}. A typed view over the vertex value, so
 * an algorithm never touches the value's storage slots.
 */
public final class DataRows {
  private final NodeValue value;

  /** A view of the value of a data vertex. */
  public DataRows(NodeValue value) {
    this.value = value;
  }

  /** The rows (features), dense or sparse, with their keys and labels. */
  public DataBlock block() {
    return value.block();
  }

  public int size() {
    return value.block().rows();
  }

  /**
   * The label of row {@code r}.
   *
   * @throws IllegalStateException if the input has no labels (an algorithm that needs them
   *     refuses such input before the job starts: see {@link Labels#require})
   */
  public double label(int r) {
    return value.block().label(r);
  }

  /**
   * Keeps one prediction per row (in row order; the array is kept, not copied) for
   * {@code predictions.csv}, as {@link #predictionColumn} writes it.
   */
  public void setPredictions(double[] perRow) {
    if (perRow.length != size()) {
      throw new IllegalArgumentException(size() + " rows but " + perRow.length + " predictions");
    }
    value.setRowDoubles(perRow);
  }

  /**
   * The column that writes what {@link #setPredictions} kept, as {@code Double.toString} does
   * ({@code 1.0}, {@code 2.5}), so it matches what {@code predict} writes for a model whose
   * {@link MlModel#integerPredictions()} is false.
   */
  public static PredictionColumn predictionColumn(String name) {
    return PredictionColumn.of(name, false, PredictionColumn.ROW_DOUBLES);
  }

}
