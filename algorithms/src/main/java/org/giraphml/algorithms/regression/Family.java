package org.giraphml.algorithms.regression;

/**
 * The distribution logistic regression models the label with ({@code --family}).
 */
public enum Family {
  /** Multinomial when the label has three or more distinct values, else binomial. */
  AUTO,
  /** Two classes, labelled 0 and 1 (or -1 and 1): the sigmoid of one margin. */
  BINOMIAL,
  /**
   * K >= 2 classes, any numeric labels (sorted; class c is the c-th smallest): the softmax of
   * K margins, one weight vector and intercept per class (over-parameterised, as
   * scikit-learn's {@code multi_class="multinomial"}).
   */
  MULTINOMIAL
}
