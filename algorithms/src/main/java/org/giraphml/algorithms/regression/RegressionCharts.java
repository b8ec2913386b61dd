package org.giraphml.algorithms.regression;

import java.util.List;
import org.giraphml.report.Plot;
import org.giraphml.report.ReportPage;
import org.giraphml.report.RowResults;

/** The charts of a regression's per-row predictions, for {@link RegressionReport}. */
final class RegressionCharts {
  private static final int MAX_POINTS = RegressionReport.MAX_ROC_POINTS;

  private RegressionCharts() {
  }

  /** Predicted against actual values and the residuals, on a bounded sample of the rows. */
  static void fit(RowResults all, ReportPage page) {
    RowResults rows = all.sample();
    double[] predicted = rows.predicted();
    double[] actual = rows.actual();
    double[] residual = new double[predicted.length];
    double lo = Double.POSITIVE_INFINITY;
    double hi = Double.NEGATIVE_INFINITY;
    for (int i = 0; i < predicted.length; i++) {
      residual[i] = actual[i] - predicted[i];
      lo = Math.min(lo, Math.min(actual[i], predicted[i]));
      hi = Math.max(hi, Math.max(actual[i], predicted[i]));
    }
    String sample = sampleNote(all, rows);
    page.plot(Plot.scatter("Predicted against actual", "actual", "predicted")
        .series("rows", actual, predicted).line("predicted = actual", new double[] {lo, hi},
            new double[] {lo, hi}),
        "Each point is a row; on the line the prediction is exact. " + sample);
    double[] px = {minOf(predicted), maxOf(predicted)};
    page.plot(Plot.scatter("Residuals", "predicted", "actual − predicted")
        .series("rows", predicted, residual).line("zero residual", px, new double[] {0, 0}),
        "The error of each row against its prediction: a pattern here is structure the model "
            + "missed. " + sample);
  }

  /** The ROC curve from every row and the confusion matrix at probability 0.5. */
  static void classification(RowResults rows, double summaryAuc, ReportPage page) {
    double[] p = rows.predicted();
    double[] y = rows.actual();
    boolean[] positive = new boolean[y.length];
    double negativeLabel = 0;
    long[][] counts = new long[2][2];
    for (int i = 0; i < y.length; i++) {
      positive[i] = y[i] == 1;
      if (!positive[i]) {
        negativeLabel = y[i];
      }
      counts[positive[i] ? 1 : 0][p[i] >= 0.5 ? 1 : 0]++;
    }
    String neg = ReportPage.format(negativeLabel);
    page.paragraph("Confusion matrix of all " + y.length + " rows, predicting class 1 where "
        + "the probability is at least 0.5:");
    page.table(List.of("actual \\ predicted", "class " + neg, "class 1"), List.of(
        List.of("class " + neg, Long.toString(counts[0][0]), Long.toString(counts[0][1])),
        List.of("class 1", Long.toString(counts[1][0]), Long.toString(counts[1][1]))), null);
    if (counts[1][0] + counts[1][1] == 0 || counts[0][0] + counts[0][1] == 0) {
      page.absent("No ROC curve: the predicted rows are all of one class.");
      return;
    }
    if (java.util.Arrays.stream(p).anyMatch(Double::isNaN)) {
      page.absent("No ROC curve: some predicted probabilities are NaN.");
      return;
    }
    RocCurve roc = RocCurve.of(p, positive);
    double[] fpr = roc.falsePositiveRate();
    double[] tpr = roc.truePositiveRate();
    int stride = Math.max(1, (fpr.length + MAX_POINTS - 1) / MAX_POINTS);
    int m = (fpr.length - 1) / stride + 1;
    double[] x = new double[m + 1];
    double[] t = new double[m + 1];
    for (int i = 0; i < m; i++) {
      x[i] = fpr[i * stride];
      t[i] = tpr[i * stride];
    }
    x[m] = fpr[fpr.length - 1];
    t[m] = tpr[tpr.length - 1];
    page.plot(Plot.line("ROC curve", "false positive rate", "true positive rate")
        .series("model", x, t).line("chance", new double[] {0, 1}, new double[] {0, 1}),
        "True against false positive rate as the threshold falls, from all " + y.length
            + " rows. Area under the curve " + ReportPage.format(roc.area())
            + " (summary.json's auc, from binned probabilities: "
            + ReportPage.format(summaryAuc) + ").");
  }

  private static String sampleNote(RowResults all, RowResults shown) {
    return shown.size() == all.size() ? "All " + all.size() + " rows."
        : shown.size() + " of the " + all.size() + " rows, taken evenly through the input.";
  }

  private static double minOf(double[] v) {
    double m = Double.POSITIVE_INFINITY;
    for (double d : v) {
      m = Math.min(m, d);
    }
    return m;
  }

  private static double maxOf(double[] v) {
    double m = Double.NEGATIVE_INFINITY;
    for (double d : v) {
      m = Math.max(m, d);
    }
    return m;
  }
}
