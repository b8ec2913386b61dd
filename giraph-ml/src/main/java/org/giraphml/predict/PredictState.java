package org.giraphml.predict;

import org.apache.giraph.block_app.framework.piece.global_comm.BroadcastHandle;
import org.apache.hadoop.io.Text;

/** Master-side state of a prediction job, shared by its two pieces. */
final class PredictState {
  BroadcastHandle<Text> model;
  String algorithm;
  int dimensions;
  long startNanos;
}
