package org.giraphml.predict;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.stream.IntStream;
import org.apache.giraph.block_app.framework.block.Block;
import org.apache.giraph.block_app.framework.block.SequenceBlock;
import org.apache.giraph.conf.GiraphConfiguration;
import org.apache.hadoop.conf.Configuration;
import org.giraphml.api.CentroidModel;
import org.giraphml.api.MlAlgorithm;
import org.giraphml.api.MlModel;
import org.giraphml.api.Models;
import org.giraphml.api.PredictionColumn;
import org.giraphml.api.ProbabilisticModel;
import org.giraphml.api.ResultSink;
import org.giraphml.api.Shared;
import org.giraphml.conf.ConfOption;
import org.giraphml.conf.InvalidOptionException;
import org.giraphml.conf.OptionsDoc;
import org.giraphml.io.InputOptions;
import org.giraphml.io.JobFailure;
import org.giraphml.io.Schema;

/**
 * Applies a saved model to new rows: the master reads {@code model.json} and shares it
 * ({@link Shared}, as JSON text), every data vertex predicts its rows, and the engine writes
 * {@code predictions.csv} in input order with the same formatter as training
 * ({@link PredictionColumn#forModel}). Any model type whose {@code ModelFormat} is on the
 * classpath works; {@code --distances} adds each row's distance to every centroid of a
 * {@link CentroidModel}, {@code --probabilities} each row's class probabilities of a
 * {@link ProbabilisticModel}.
 */
public final class Predict extends MlAlgorithm {
  /** Set by the driver from the model, for the workers that format predictions. */
  static final String INTEGER_KEY = "giraphml.internal.predict.integer";
  static final String COLUMN_KEY = "giraphml.internal.predict.column";
  static final String CENTROIDS_KEY = "giraphml.internal.predict.centroids";
  static final String CLASSES_KEY = "giraphml.internal.predict.classes";

  /** The command name, and the {@code algorithm} of its summary. */
  static final String NAME = "predict";

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public String description() {
    return "Apply a saved model (--model) to rows and write predictions.csv.";
  }

  @Override
  public List<ConfOption<?>> options() {
    return OptionsDoc.declaredIn(PredictSettings.class);
  }

  @Override
  public void checkInput(Configuration conf, Schema schema) {
    MlModel model = load(conf);
    if (schema.featureCountKnown() && schema.featureCount() != model.dimensions()) {
      throw new JobFailure(featureMismatch(conf, model.dimensions(), schema));
    }
    conf.setBoolean(INTEGER_KEY, model.integerPredictions());
    conf.set(COLUMN_KEY, model.predictionName());
    if (PredictSettings.PROBABILITIES.get(conf)) {
      conf.setStrings(CLASSES_KEY, classes(conf, model).classNames().toArray(String[]::new));
    }
    if (PredictSettings.DISTANCES.get(conf)) {
      conf.setInt(CENTROIDS_KEY, centroids(conf, model).centroidCount());
    }
  }

  /**
   * The model as a model with class probabilities, for {@code --probabilities}.
   *
   * @throws InvalidOptionException (a usage error, before the job starts) if it has none, or
   *     with {@code --distances}
   */
  private static ProbabilisticModel classes(Configuration conf, MlModel model) {
    if (PredictSettings.DISTANCES.get(conf)) {
      throw new InvalidOptionException(PredictSettings.PROBABILITIES, null, "cannot be given "
          + "with --distances");
    }
    if (model instanceof ProbabilisticModel classifier) {
      return classifier;
    }
    throw new InvalidOptionException(PredictSettings.PROBABILITIES, null, "needs a model with "
        + "class probabilities (multinomial logreg), but " + PredictSettings.MODEL.get(conf)
        + " is a " + model.algorithm() + " model" + (model.predictionName().equals("probability")
        ? " whose prediction already is the probability of class 1" : ""));
  }

  /**
   * Why rows of {@code schema} do not fit a model of {@code dimensions} features, naming the
   * input and the model, with the likely fix when a label column is the difference.
   */
  static String featureMismatch(Configuration conf, int dimensions, Schema schema) {
    int found = schema.featureCount();
    String hint;
    if (!schema.featureColumns().isEmpty()) {
      hint = "; choose the model's feature columns with --features";
    } else if (!schema.hasLabel() && found == dimensions + 1) {
      hint = "; if one column is the label (or a sample weight), give --label-column N (or "
          + "--weight-column N; 0-based) to leave it out of the features";
    } else if (schema.labelColumn() >= 0 && found + 1 == dimensions) {
      hint = "; --label-column " + schema.labelColumn() + " leaves that column out of the "
          + "features, but the model was trained on all " + dimensions + " columns";
    } else {
      hint = "; give rows with the columns the model was trained on";
    }
    return "--input " + InputOptions.INPUT.get(conf) + " has " + found
        + (found == 1 ? " feature (" : " features (")
        + schema.describeColumns() + ") but the model " + PredictSettings.MODEL.get(conf)
        + " has " + dimensions + hint;
  }

  /**
   * The model as a model with centroids, for {@code --distances}.
   *
   * @throws InvalidOptionException (a usage error, before the job starts) if it has none
   */
  private static CentroidModel centroids(Configuration conf, MlModel model) {
    if (model instanceof CentroidModel centroids) {
      return centroids;
    }
    throw new InvalidOptionException(PredictSettings.DISTANCES, null, "needs a model with "
        + "centroids (kmeans), but " + PredictSettings.MODEL.get(conf) + " is a "
        + model.algorithm() + " model");
  }

  static MlModel load(Configuration conf) {
    try {
      return Models.load(conf, PredictSettings.MODEL.get(conf));
    } catch (java.io.FileNotFoundException e) {
      throw new JobFailure("No model at " + PredictSettings.MODEL.get(conf));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public boolean writesPredictions(Configuration conf) {
    return true;
  }

  @Override
  public PredictionColumn predictions(Configuration conf) {
    // checkInput records how the model's predictions look; where it did not run (LocalHarness
    // has no input schema) ask the model. Either way the column is the model's, as training's
    // column is, so both write a prediction the same way.
    MlModel model = conf.get(INTEGER_KEY) == null ? load(conf) : null;
    PredictionColumn column = model != null ? PredictionColumn.forModel(model)
        : PredictionColumn.of(conf.get(COLUMN_KEY), conf.getBoolean(INTEGER_KEY, false),
            PredictionColumn.ROW_DOUBLES);
    if (PredictSettings.PROBABILITIES.get(conf)) {
      String[] classes = model != null ? classes(conf, model).classNames().toArray(String[]::new)
          : conf.getStrings(CLASSES_KEY, new String[0]);
      int k = classes.length;
      List<String> names = java.util.Arrays.stream(classes).map(c -> "probability_" + c)
          .toList();
      return column.withExtra(names, (value, row, j) -> RowDistances.at(value, row, j, k));
    }
    if (!PredictSettings.DISTANCES.get(conf)) {
      return column;
    }
    int k = model != null ? centroids(conf, model).centroidCount()
        : conf.getInt(CENTROIDS_KEY, 0);
    List<String> names = IntStream.range(0, k).mapToObj(j -> "distance_" + j).toList();
    return column.withExtra(names, (value, row, j) -> RowDistances.at(value, row, j, k));
  }

  /**
   * Two rounds (three with {@code --distances} or {@code --probabilities}): the master shares
   * the model, the data vertices compute their distances to its centroids or their class
   * probabilities if asked, then predict; the master
   * hands over a summary with algorithm {@code predict} (docs/DATA.md, "The summary").
   */
  @Override
  protected Block train(GiraphConfiguration conf, ResultSink result) {
    Shared<String> model = Shared.named("model");
    Stopwatch clock = new Stopwatch();
    ShareModelPiece share = new ShareModelPiece(model, clock);
    PredictPiece predict = new PredictPiece(model, clock, result);
    if (PredictSettings.PROBABILITIES.get(conf)) {
      return new SequenceBlock(share, new ProbabilitiesPiece(model), predict);
    }
    return PredictSettings.DISTANCES.get(conf)
        ? new SequenceBlock(share, new DistancesPiece(model), predict)
        : new SequenceBlock(share, predict);
  }
}
