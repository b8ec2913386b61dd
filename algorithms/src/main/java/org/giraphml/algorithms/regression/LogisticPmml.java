package org.giraphml.algorithms.regression;

import java.util.ArrayList;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.dmg.pmml.PMML;
import org.dmg.pmml.regression.RegressionModel;
import org.giraphml.api.MlModel;
import org.giraphml.conf.ConfOption;
import org.giraphml.conf.IntOption;
import org.giraphml.export.PmmlExporter;
import org.giraphml.io.JobFailure;

/**
 * Exports a binary logistic regression model as a PMML classification {@code RegressionModel}
 * with {@code logit} normalisation: the table of class {@code 1} holds the weights and
 * intercept, so {@code P(1) = 1 / (1 + e^-(x.w + b))} as {@code predict} computes it, and the
 * negative class's table is empty ({@code P = 1 - P(1)}).
 *
 * <p>Training accepts the labels {0, 1} or {-1, 1}, but {@code model.json} does not record
 * which, so the negative class's label is {@link #NEGATIVE_LABEL} (default 0).
 */
public final class LogisticPmml implements PmmlExporter {
  public static final IntOption NEGATIVE_LABEL = new IntOption(
      "giraphml.export.logreg.negative-label", "negative-label", 0, -1, 0,
      "Logistic regression models: the label of the negative class in the PMML target "
          + "categories (0 or -1, as in the training data; the positive class is 1).");

  @Override
  public String algorithm() {
    return LogisticRegression.NAME;
  }

  @Override
  public List<ConfOption<?>> options() {
    return List.of(NEGATIVE_LABEL);
  }

  @Override
  public PMML export(MlModel model, Configuration conf) {
    if (model instanceof MultinomialModel multinomial) {
      return multinomial(multinomial);
    }
    GlmModel glm = (GlmModel) model;
    String negative = Integer.toString(NEGATIVE_LABEL.get(conf));
    List<GlmPmml.ClassScore> classes = List.of(
        new GlmPmml.ClassScore("1", glm.weights(), glm.intercept()),
        new GlmPmml.ClassScore(negative, new double[glm.dimensions()], 0));
    return GlmPmml.classification(glm, classes, RegressionModel.NormalizationMethod.LOGIT,
        "giraph-ml logistic regression model, " + glm.dimensions() + " features, classes 1 and "
            + negative);
  }

  /**
   * A multinomial model as one table per class under {@code softmax} normalisation, which is
   * {@code predict}'s softmax of the margins. The target is an integer field, so the labels
   * must be whole numbers.
   */
  private static PMML multinomial(MultinomialModel model) {
    List<GlmPmml.ClassScore> classes = new ArrayList<>();
    for (int c = 0; c < model.classCount(); c++) {
      double label = model.classes()[c];
      if (label != Math.rint(label) || Math.abs(label) > Integer.MAX_VALUE) {
        throw new JobFailure("PMML export of a multinomial model needs whole-number class "
            + "labels (the target field is an integer); class " + c + " is " + label);
      }
      classes.add(new GlmPmml.ClassScore(BinaryLabels.format(label), model.weights(c),
          model.intercept(c)));
    }
    return GlmPmml.classification(model, classes, RegressionModel.NormalizationMethod.SOFTMAX,
        "giraph-ml multinomial logistic regression model, " + model.dimensions() + " features, "
            + model.classCount() + " classes");
  }
}
