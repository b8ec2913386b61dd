package org.giraphml.predict;

import org.apache.giraph.block_app.framework.piece.global_comm.BroadcastHandle;
import org.apache.hadoop.io.Text;

/**
 * Master-side state of a prediction job, shared by its two pieces. Block-app ships the pieces,
 * and so this state, to the workers: plain values only (a model's row rule holds a lambda, so
 * the master keeps just its words; workers take the rule from their copy of the model).
 */
final class PredictState {
  BroadcastHandle<Text> model;
  String algorithm;
  int dimensions;
  /** The model's {@code RowRule} words, or null when it predicts every row. */
  String refusedRows;
  String refusedRemedy;
  long startNanos;
}
