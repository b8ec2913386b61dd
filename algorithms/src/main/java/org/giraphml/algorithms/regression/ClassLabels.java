package org.giraphml.algorithms.regression;

import java.util.Arrays;
import java.util.function.LongFunction;
import org.giraphml.io.JobFailure;

/**
 * The classes of a logistic regression, decided on the master from the distinct labels
 * ({@link LabelSet}) and the {@link Family}: binomial (the labels passed
 * {@link BinaryLabels#check}) or multinomial with K sorted label values, class {@code c} being
 * the {@code c}-th smallest. Immutable; shared with the workers, which map labels to classes.
 *
 * <p>Not a record: Kryo cannot write a record's fields.
 */
final class ClassLabels {
  /** Most classes multinomial regression takes (its weights are K x d). */
  static final int MAX_CLASSES = 1000;

  private boolean multinomial;
  private double[] values;

  /** For Kryo. */
  private ClassLabels() {
  }

  private ClassLabels(boolean multinomial, double[] values) {
    this.multinomial = multinomial;
    this.values = values;
  }

  /** Multinomial classes with these label values, sorted ascending and distinct. */
  static ClassLabels multinomial(double... sortedValues) {
    return new ClassLabels(true, sortedValues.clone());
  }

  /**
   * The classes {@code family} makes of the labels found.
   *
   * @param where a row key as {@code file:line}
   * @throws JobFailure if the labels do not fit the family
   */
  static ClassLabels resolve(Family family, LabelSet labels, LongFunction<String> where) {
    boolean binomial = family == Family.BINOMIAL
        || (family == Family.AUTO && labels.size() <= 2 && !labels.more());
    if (binomial) {
      LabelSet few = labels.smallest(LabelSet.CAP);
      BinaryLabels.check(few, few.rows(), where);
      return new ClassLabels(false, new double[] {labels.value(0), labels.value(1)});
    }
    if (labels.more()) {
      throw new JobFailure("the labels have more than " + MAX_CLASSES + " distinct values; "
          + "multinomial logistic regression takes at most " + MAX_CLASSES + " classes");
    }
    if (labels.size() < 2) {
      throw new JobFailure("all " + labels.rows() + " rows have label "
          + BinaryLabels.format(labels.value(0)) + "; multinomial logistic regression needs "
          + "at least two classes");
    }
    double[] v = new double[labels.size()];
    for (int c = 0; c < v.length; c++) {
      v[c] = labels.value(c);
      if (!Double.isFinite(v[c])) {
        throw new JobFailure("label " + v[c] + " (first at " + where.apply(labels.firstKey(c))
            + ") is not a finite number");
      }
    }
    return new ClassLabels(true, v);
  }

  boolean multinomial() {
    return multinomial;
  }

  /** Number of classes, K. */
  int size() {
    return values.length;
  }

  /** The label of class {@code c}. */
  double value(int c) {
    return values[c];
  }

  /** The labels, by class. */
  double[] values() {
    return values.clone();
  }

  /** The class of {@code label}; -1 if it is none of them. */
  int classOf(double label) {
    int c = Arrays.binarySearch(values, label);
    if (c < 0 && label == 0) { // -0.0 is the class 0.0 (LabelSet merged them)
      c = Arrays.binarySearch(values, 0.0);
    }
    return c < 0 ? -1 : c;
  }
}
