package org.giraphml.algorithms.nearestcentroid;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import org.giraphml.api.Aggregation;
import org.giraphml.api.DataRows;
import org.giraphml.api.JobOutput;
import org.giraphml.api.MasterContext;
import org.giraphml.api.ResultSink;
import org.giraphml.api.Shared;
import org.giraphml.api.TrainingResult;
import org.giraphml.api.TrainingSummary;
import org.giraphml.reduce.KeyedSums;

/**
 * Every block predicts its rows with the model (kept for {@code predictions.csv}) and counts,
 * per true class, its rows and the rows predicted right; the master saves the model and a
 * summary with the training accuracy, overall and per class.
 */
final class TrainingScore implements Aggregation<KeyedSums> {
  private static final Logger LOG = LogManager.getLogger(TrainingScore.class);
  private static final double[] RIGHT = {1};
  private static final double[] WRONG = {0};

  private final Shared<NearestCentroidModel> model;
  private final ResultSink result;

  TrainingScore(Shared<NearestCentroidModel> model, ResultSink result) {
    this.model = model;
    this.result = result;
  }

  @Override
  public KeyedSums zero() {
    return new KeyedSums();
  }

  @Override
  public KeyedSums partial(DataRows rows) {
    double[] predicted = new double[rows.size()];
    model.get().predict(rows.block(), predicted);
    rows.setPredictions(predicted);
    KeyedSums hits = new KeyedSums();
    for (int r = 0; r < rows.size(); r++) {
      hits.add(rows.label(r), predicted[r] == rows.label(r) ? RIGHT : WRONG, 1);
    }
    return hits;
  }

  @Override
  public void total(MasterContext master, KeyedSums hits) {
    ObjectNode details = JobOutput.object();
    ArrayNode classes = details.putArray("classes");
    ArrayNode counts = details.putArray("class_counts");
    ArrayNode accuracies = details.putArray("class_accuracy");
    double right = 0;
    for (double c : hits.keys()) {
      classes.add(c);
      counts.add(hits.count(c));
      accuracies.add(hits.sums(c)[0] / hits.count(c));
      right += hits.sums(c)[0];
    }
    double accuracy = right / hits.totalCount();
    details.put("training_accuracy", accuracy);
    LOG.info("{}: training accuracy {}", NearestCentroid.NAME, accuracy);
    master.save(result, new TrainingResult(model.get(), JobOutput.object(),
        TrainingSummary.builder(NearestCentroid.NAME).rows(hits.totalCount())
            .trainSeconds(master.trainSeconds()).details(details).build()));
  }
}
