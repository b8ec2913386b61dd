package org.giraphml.algorithms.regression;

import java.util.Optional;
import org.giraphml.graph.DataBlock;
import org.giraphml.graph.NodeValue;

/**
 * A data vertex seen by its role in a regression: its rows, the feature means it centres them
 * by (dense data with an intercept), the trial weights it last received from the shards, and
 * its rows' predictions (kept for predictions.csv). A view over {@link NodeValue}: it stores
 * in the vertex's own fields, whose serialised format it does not change.
 */
final class TrainingBlock {
  private final NodeValue value;

  private TrainingBlock(NodeValue value) {
    this.value = value;
  }

  static TrainingBlock of(NodeValue value) {
    return new TrainingBlock(value);
  }

  DataBlock rows() {
    return value.block();
  }

  /** The means to centre rows by; empty when rows are not centred. */
  Optional<double[]> featureMeans() {
    return Optional.ofNullable(value.stats());
  }

  /** Keeps the means to centre rows by (one array may be shared by a worker's blocks). */
  void setFeatureMeans(double[] means) {
    value.setStats(means, 0);
  }

  /** Keeps the trial weights, d features then the intercept (on the original scale). */
  void setTrialWeights(double[] weights) {
    value.setParams(weights);
  }

  /** The trial weights {@link #setTrialWeights} kept, releasing them from the vertex. */
  double[] takeTrialWeights() {
    double[] w = value.params();
    value.setParams(null);
    return w;
  }

  /** Keeps each row's prediction (linear) or probability of class 1 (logistic). */
  void setPredictions(double[] predictions) {
    value.setRowDoubles(predictions);
  }
}
