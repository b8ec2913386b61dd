package org.giraphml.report;

import java.util.Arrays;

/**
 * Every predicted row of a run, in input order: the prediction (a value, a probability or a
 * cluster number, as {@code predictions.csv} has it) and the row's label, NaN where the row
 * has none. Only a run that kept its predictions at the driver ({@code --predictions}) has
 * them; plots draw at most {@link #SAMPLE_LIMIT} of them through {@link #sample()}.
 */
public final class RowResults {
  /** Rows a scatter plot draws at most: beyond that a plot shows ink, not points. */
  public static final int SAMPLE_LIMIT = 2000;

  private final String column;
  private final double[] predicted;
  private final double[] actual;

  /**
   * @param column the name of the prediction column, e.g. {@code probability}
   * @param predicted one value per row, in input order
   * @param actual the label of each row (same length), NaN where there is none
   */
  public RowResults(String column, double[] predicted, double[] actual) {
    if (predicted.length != actual.length) {
      throw new IllegalArgumentException(predicted.length + " predictions but "
          + actual.length + " labels");
    }
    this.column = column;
    this.predicted = predicted.clone();
    this.actual = actual.clone();
  }

  public String column() {
    return column;
  }

  public int size() {
    return predicted.length;
  }

  /** The predictions, in input order (a copy). */
  public double[] predicted() {
    return predicted.clone();
  }

  /** The labels, in input order, NaN where a row has none (a copy). */
  public double[] actual() {
    return actual.clone();
  }

  /** Whether every row has a label, so predictions can be compared with the truth. */
  public boolean labelled() {
    return Arrays.stream(actual).noneMatch(Double::isNaN);
  }

  /**
   * At most {@link #SAMPLE_LIMIT} rows, taken at an even stride through the input (the first
   * row, then every ⌈n / limit⌉-th), so the sample is the same on every run of the same data.
   */
  public RowResults sample() {
    int n = predicted.length;
    if (n <= SAMPLE_LIMIT) {
      return this;
    }
    int stride = (n + SAMPLE_LIMIT - 1) / SAMPLE_LIMIT;
    int m = (n + stride - 1) / stride;
    double[] p = new double[m];
    double[] a = new double[m];
    for (int i = 0; i < m; i++) {
      p[i] = predicted[i * stride];
      a[i] = actual[i * stride];
    }
    return new RowResults(column, p, a);
  }
}
