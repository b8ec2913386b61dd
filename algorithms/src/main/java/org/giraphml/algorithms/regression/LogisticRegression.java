package org.giraphml.algorithms.regression;

import java.util.ArrayList;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.giraphml.api.PredictionColumn;
import org.giraphml.conf.ConfOption;

/**
 * Logistic regression with optional L2 and L1 penalties, by sharded L-BFGS/OWL-QN. Binomial
 * (labels 0/1, or -1/1): predictions are the probability of class 1. Multinomial
 * ({@code --family}, {@link Family}): softmax over K classes, predictions are the most
 * probable class's label ({@link MultinomialModel}).
 */
public final class LogisticRegression extends GlmAlgorithm {
  public static final String NAME = "logreg";

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public String description() {
    return "Logistic regression, binomial or multinomial (L1/L2 penalties, L-BFGS/OWL-QN).";
  }

  @Override
  public List<ConfOption<?>> options() {
    List<ConfOption<?>> all = new ArrayList<>(super.options());
    all.add(LogisticSettings.FAMILY);
    return all;
  }

  /** {@code class} for {@code --family multinomial}, else the probability of class 1. */
  @Override
  public PredictionColumn predictions(Configuration conf) {
    return LogisticSettings.FAMILY.get(conf) == Family.MULTINOMIAL
        ? PredictionColumn.of("class", true, PredictionColumn.ROW_DOUBLES)
        : super.predictions(conf);
  }

  @Override
  Loss loss() {
    return Loss.LOGISTIC;
  }

  @Override
  Solver solver(Configuration conf) {
    return Solver.LBFGS;
  }
}
