package org.giraphml.algorithms.regression;

import java.util.List;
import org.dmg.pmml.DataField;
import org.dmg.pmml.DataType;
import org.dmg.pmml.MiningFunction;
import org.dmg.pmml.OpType;
import org.dmg.pmml.Output;
import org.dmg.pmml.OutputField;
import org.dmg.pmml.PMML;
import org.dmg.pmml.ResultFeature;
import org.dmg.pmml.Value;
import org.dmg.pmml.regression.NumericPredictor;
import org.dmg.pmml.regression.RegressionModel;
import org.dmg.pmml.regression.RegressionTable;
import org.giraphml.api.MlModel;
import org.giraphml.export.Pmml;

/**
 * Builds PMML {@code RegressionModel}s from weights and intercepts, shared by the linear and
 * logistic exporters. The saved weights are already on the features' original scale (training
 * folds {@code --standardize} back into them), so the tables apply to the raw fields and no
 * transformation is needed: the score is exactly {@code predict}'s {@code x.w + b}.
 *
 * <p>A classifier is a list of {@link ClassScore}s, one regression table each: binary logistic
 * regression is the positive class's table and an empty one for the negative class under
 * {@code logit} normalisation; a multinomial model would pass one table per class under
 * {@code softmax}.
 */
final class GlmPmml {
  /** The name of the target field. */
  static final String TARGET = "label";

  private GlmPmml() {
  }

  /** One class of a classifier: its label value and its linear score. */
  record ClassScore(String label, double[] weights, double intercept) {
  }

  /**
   * A regression table {@code intercept + sum_j weights[j] * x_j}. Zero weights are kept, as
   * {@code predict} multiplies by them too (an infinite feature times 0 is NaN in both).
   */
  static RegressionTable table(double[] weights, double intercept) {
    RegressionTable table = new RegressionTable(intercept);
    for (int j = 0; j < weights.length; j++) {
      table.addNumericPredictors(new NumericPredictor(Pmml.featureName(j), weights[j]));
    }
    return table;
  }

  /** Linear regression: the prediction is the table's value. */
  static PMML regression(GlmModel model, String source) {
    List<DataField> features = Pmml.features(model);
    DataField target = new DataField(TARGET, OpType.CONTINUOUS, DataType.DOUBLE);
    RegressionModel regression = new RegressionModel(MiningFunction.REGRESSION,
        Pmml.miningSchema(features, target), List.of(table(model.weights(), model.intercept())))
        .setNormalizationMethod(RegressionModel.NormalizationMethod.NONE)
        .setOutput(new Output().addOutputFields(
            new OutputField("prediction", OpType.CONTINUOUS, DataType.DOUBLE)
                .setResultFeature(ResultFeature.PREDICTED_VALUE)));
    return Pmml.document(source, concat(features, target), regression);
  }

  /**
   * A classifier over {@code classes} (at least two, in the order of the tables), with a
   * probability output {@code probability_<label>} per class and the predicted label.
   */
  static PMML classification(MlModel model, List<ClassScore> classes,
      RegressionModel.NormalizationMethod normalization, String source) {
    List<DataField> features = Pmml.features(model);
    DataField target = new DataField(TARGET, OpType.CATEGORICAL, DataType.INTEGER);
    RegressionModel classifier = new RegressionModel(MiningFunction.CLASSIFICATION,
        Pmml.miningSchema(features, target), null)
        .setNormalizationMethod(normalization);
    Output output = new Output().addOutputFields(
        new OutputField("predicted_" + TARGET, OpType.CATEGORICAL, DataType.INTEGER)
            .setResultFeature(ResultFeature.PREDICTED_VALUE));
    for (ClassScore c : classes) {
      target.addValues(new Value(c.label()));
      classifier.addRegressionTables(table(c.weights(), c.intercept()).setTargetCategory(c.label()));
      output.addOutputFields(new OutputField("probability_" + c.label(), OpType.CONTINUOUS,
          DataType.DOUBLE).setResultFeature(ResultFeature.PROBABILITY).setValue(c.label()));
    }
    classifier.setOutput(output);
    return Pmml.document(source, concat(features, target), classifier);
  }

  private static List<DataField> concat(List<DataField> features, DataField target) {
    List<DataField> all = new java.util.ArrayList<>(features);
    all.add(target);
    return all;
  }
}
