package org.giraphml.predict;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.giraph.block_app.framework.block.Block;
import org.apache.giraph.block_app.framework.block.SequenceBlock;
import org.apache.giraph.conf.GiraphConfiguration;
import org.apache.hadoop.conf.Configuration;
import org.giraphml.api.MlAlgorithm;
import org.giraphml.api.MlModel;
import org.giraphml.api.Models;
import org.giraphml.api.PredictionColumn;
import org.giraphml.api.ResultSink;
import org.giraphml.api.Shared;
import org.giraphml.conf.ConfOption;
import org.giraphml.conf.OptionsDoc;
import org.giraphml.io.JobFailure;
import org.giraphml.io.Schema;

/**
 * Applies a saved model to new rows: the master reads {@code model.json} and shares it
 * ({@link Shared}, as JSON text), every data vertex predicts its rows, and the engine writes
 * {@code predictions.csv} in input order with the same formatter as training
 * ({@link PredictionColumn#forModel}). Any model type whose {@code ModelFormat} is on the classpath works.
 */
public final class Predict extends MlAlgorithm {
  /** Set by the driver from the model, for the workers that format predictions. */
  static final String INTEGER_KEY = "giraphml.internal.predict.integer";
  static final String COLUMN_KEY = "giraphml.internal.predict.column";

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
      throw new JobFailure("The model has " + model.dimensions() + " features but the input "
          + "has " + schema.featureCount() + " (" + schema.describeColumns() + ")");
    }
    conf.setBoolean(INTEGER_KEY, model.integerPredictions());
    conf.set(COLUMN_KEY, model.predictionName());
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
    if (conf.get(INTEGER_KEY) == null) {
      return PredictionColumn.forModel(load(conf));
    }
    return PredictionColumn.of(conf.get(COLUMN_KEY), conf.getBoolean(INTEGER_KEY, false),
        PredictionColumn.ROW_DOUBLES);
  }

  /**
   * Two rounds: the master shares the model, the data vertices predict; the master hands over
   * a summary with algorithm {@code predict} (docs/DATA.md, "The summary").
   */
  @Override
  protected Block train(GiraphConfiguration conf, ResultSink result) {
    Shared<String> model = Shared.named("model");
    Stopwatch clock = new Stopwatch();
    return new SequenceBlock(new ShareModelPiece(model, clock),
        new PredictPiece(model, clock, result));
  }
}
