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
import org.giraphml.conf.ConfOption;
import org.giraphml.conf.OptionsDoc;
import org.giraphml.graph.NodeValue;
import org.giraphml.io.JobFailure;
import org.giraphml.io.Schema;

/**
 * Applies a saved model to new rows: the master reads {@code model.json} and broadcasts it,
 * every data vertex predicts its rows, and the runner writes {@code predictions.csv} in input
 * order. Any model type whose {@code ModelFormat} is on the classpath works.
 */
public final class Predict extends MlAlgorithm {
  /** Set by the driver from the model, for the workers that format predictions. */
  static final String INTEGER_KEY = "giraphml.internal.predict.integer";
  static final String COLUMN_KEY = "giraphml.internal.predict.column";

  @Override
  public String name() {
    return "predict";
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
    // has no input schema) ask the model, or clusters would print as 1.0 instead of 1.
    MlModel model = conf.get(INTEGER_KEY) == null ? load(conf) : null;
    boolean integer = model == null ? conf.getBoolean(INTEGER_KEY, false)
        : model.integerPredictions();
    String name = model == null ? conf.get(COLUMN_KEY, "prediction") : model.predictionName();
    return new PredictionColumn() {
      @Override
      public String name() {
        return name;
      }

      @Override
      public String format(NodeValue value, int row) {
        double v = value.rowDoubles()[row];
        return integer ? Long.toString((long) v) : Double.toString(v);
      }
    };
  }

  @Override
  public Block createBlock(GiraphConfiguration conf) {
    PredictState state = new PredictState();
    return new SequenceBlock(new BroadcastModelPiece(state), new PredictPiece(state));
  }
}
