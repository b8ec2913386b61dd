package org.giraphml.algorithms.regression;

import org.giraphml.conf.EnumOption;

/** The options only {@code logreg} has, next to {@link RegressionSettings}. */
public final class LogisticSettings {
  private LogisticSettings() {
  }

  public static final EnumOption<Family> FAMILY = new EnumOption<>(
      "giraphml.logreg.family", "family", Family.class, Family.AUTO,
      "binomial: two classes labelled 0/1 (or -1/1), predictions are P(class 1); multinomial: "
          + "softmax over K >= 2 classes, any numeric labels (classes in sorted order, saved "
          + "in the model), predictions are the class; auto: multinomial when the label has "
          + "3 or more distinct values. With --predictions and 3+ classes give multinomial "
          + "explicitly (predictions.csv's column is fixed before the data is read).");
}
