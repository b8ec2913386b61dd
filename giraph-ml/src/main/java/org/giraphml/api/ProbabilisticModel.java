package org.giraphml.api;

import java.util.List;
import org.giraphml.graph.DataBlock;

/**
 * A classifier that gives every class a probability, which {@code predict --probabilities}
 * writes (what scikit-learn's {@code predict_proba} returns): one column
 * {@code probability_<class>} per class, next to the predicted class.
 */
public interface ProbabilisticModel extends MlModel {
  /** The classes' names as the columns show them ({@code 0}, {@code 2.5}), in model order. */
  List<String> classNames();

  /**
   * The probability of every class for every row of {@code block}. Called only on rows the
   * model can predict ({@link MlModel#rowRule()}, and no feature beyond {@link #dimensions()}).
   *
   * @param out {@code rows * K} values, row-major: row r's probability of class c at
   *     {@code r * K + c}
   */
  void probabilities(DataBlock block, double[] out);
}
