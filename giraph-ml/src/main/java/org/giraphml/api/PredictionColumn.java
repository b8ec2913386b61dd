package org.giraphml.api;

import org.giraphml.graph.NodeValue;

/**
 * How a data vertex's per-row result is written to {@code predictions.csv}: a column name
 * and the value of row {@code r} as text.
 */
public interface PredictionColumn {
  String name();

  /** The prediction for row {@code row} of the block held by {@code value}. */
  String format(NodeValue value, int row);
}
