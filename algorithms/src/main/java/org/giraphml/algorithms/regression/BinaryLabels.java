package org.giraphml.algorithms.regression;

import java.util.function.LongFunction;
import org.giraphml.io.JobFailure;

/**
 * The label check of logistic regression, made on the master before training: exactly two
 * classes, spelled 0 and 1 or -1 and 1 (as LIBSVM files often write the negative class).
 * A single class, a third value ({@code -1, 0, 1} would silently merge -1 and 0), or two
 * classes spelled otherwise fail the job with the values and where they first occur.
 */
final class BinaryLabels {
  private BinaryLabels() {
  }

  /**
   * @param labels the distinct labels found
   * @param rows the number of rows
   * @param where a row key as {@code file:line}
   * @throws JobFailure unless the labels are {0, 1} or {-1, 1}
   */
  static void check(LabelSet labels, long rows, LongFunction<String> where) {
    int n = labels.size();
    if (n == 1) {
      throw new JobFailure("all " + rows + " rows have label " + format(labels.value(0))
          + "; logistic regression needs two classes (labels 0 and 1, or -1 and 1)");
    }
    if (n > 2 || labels.more()) {
      throw new JobFailure("the labels have " + (labels.more() ? "more than " + n : n)
          + " distinct values: " + list(labels, where) + (labels.more() ? ", ..." : "")
          + "; logistic regression takes two classes (0 and 1, or -1 and 1) with --family "
          + "binomial: give --family multinomial (or auto) for more");
    }
    double a = labels.value(0);
    double b = labels.value(1);
    if (b != 1 || (a != 0 && a != -1)) {
      throw new JobFailure("the labels are " + list(labels, where) + "; logistic regression "
          + "needs the two classes labelled 0 and 1 (or -1 and 1)");
    }
  }

  /** The values, each with its row count and, if it is not a valid label, its first row. */
  private static String list(LabelSet labels, LongFunction<String> where) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < labels.size(); i++) {
      double v = labels.value(i);
      b.append(i == 0 ? "" : ", ").append(format(v)).append(" (").append(labels.count(i))
          .append(labels.count(i) == 1 ? " row" : " rows");
      if (v != 0 && v != 1 && v != -1) {
        b.append(", first at ").append(where.apply(labels.firstKey(i)));
      }
      b.append(')');
    }
    return b.toString();
  }

  /** {@code 2} rather than {@code 2.0}; other values as Java prints them. */
  static String format(double v) {
    return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : Double.toString(v);
  }
}
