package org.giraphml.algorithms.nearestcentroid;

import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.giraphml.api.Aggregation;
import org.giraphml.api.AggregationAlgorithm;
import org.giraphml.api.Labels;
import org.giraphml.api.PredictionColumn;
import org.giraphml.api.ResultSink;
import org.giraphml.api.Shared;
import org.giraphml.conf.ConfOption;
import org.giraphml.conf.InvalidOptionException;
import org.giraphml.io.InputOptions;
import org.giraphml.io.LabelColumn;
import org.giraphml.io.Schema;

/**
 * Nearest-centroid classifier: each class is represented by the mean of its training rows, and
 * a row is predicted as the class whose mean is nearest in Euclidean distance (ties go to the
 * smaller class value). This is scikit-learn's {@code NearestCentroid} with the Euclidean
 * metric and no shrinkage; the shrunken variant is R. Tibshirani, T. Hastie, B. Narasimhan and
 * G. Chu, "Diagnosis of multiple cancer types by shrunken centroids of gene expression", PNAS
 * 99(10), 2002.
 *
 * <p>Training is two aggregations: {@link ClassSums} adds up the rows of each label value (the
 * classes are the distinct labels) and builds the model; {@link TrainingScore} predicts every
 * training row with it and saves the model with the training accuracy.
 */
public final class NearestCentroid extends AggregationAlgorithm {
  public static final String NAME = "nearest-centroid";

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public String description() {
    return "Nearest-centroid classifier (one mean per class, Euclidean distance).";
  }

  @Override
  public List<ConfOption<?>> options() {
    return List.of(NearestCentroidSettings.MAX_CLASSES);
  }

  @Override
  public void checkInput(Configuration conf, Schema schema) {
    Labels.require(NAME, schema);
  }

  @Override
  public void validate(Configuration conf) {
    super.validate(conf);
    LabelColumn weight = InputOptions.WEIGHT_COLUMN.get(conf);
    if (weight.isPresent()) {
      // Refused rather than silently ignored: the centroids would not be the weighted ones.
      throw new InvalidOptionException(InputOptions.WEIGHT_COLUMN, weight.toString(),
          NAME + " does not use sample weights; leave --weight-column out");
    }
  }

  @Override
  public PredictionColumn predictions(Configuration conf) {
    return PredictionColumn.of(NearestCentroidModel.PREDICTION, true,
        PredictionColumn.ROW_DOUBLES);
  }

  @Override
  protected List<Aggregation<?>> aggregations(Configuration conf, ResultSink result) {
    Shared<NearestCentroidModel> model = Shared.named("model");
    int maxClasses = NearestCentroidSettings.MAX_CLASSES.get(conf);
    return List.of(new ClassSums(maxClasses, model), new TrainingScore(model, result));
  }
}
