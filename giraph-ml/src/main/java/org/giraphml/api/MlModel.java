package org.giraphml.api;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Optional;
import org.giraphml.graph.DataBlock;

/**
 * A trained, immutable model that can predict rows and be saved as {@code model.json}. Each
 * model type has a {@link ModelFormat} that reads it back; {@code bin/giraph-ml predict}
 * finds the format from the file's {@code algorithm} field.
 */
public interface MlModel {
  /** The algorithm that made it; the key of its {@link ModelFormat}. */
  String algorithm();

  /** Number of features a row must have. */
  int dimensions();

  /** Column name of predictions ({@code cluster}, {@code prediction}). */
  String predictionName();

  /** Whether predictions are whole numbers (cluster ids, classes). */
  boolean integerPredictions();

  /**
   * The rows this model cannot predict, checked before {@link #predict} with the same words
   * training uses; empty (the default) if it predicts every row it is given.
   */
  default Optional<RowRule> rowRule() {
    return Optional.empty();
  }

  /** Predicts every row of {@code block} into {@code out}. */
  void predict(DataBlock block, double[] out);

  /** The model as JSON, including {@code algorithm} and {@code format_version}. */
  ObjectNode toJson();
}
