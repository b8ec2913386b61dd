package org.giraphml.algorithms.regression;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.giraphml.report.ObjectiveSection;
import org.giraphml.report.Plot;
import org.giraphml.report.ReportPage;
import org.giraphml.report.ReportSection;
import org.giraphml.report.RowResults;
import org.giraphml.report.TrainingRun;

/**
 * The regression section of {@code report.html}: the fit's figures, the loss and gradient-norm
 * histories and, when the run kept its predictions, predicted against actual values and the
 * residuals (linear) or the ROC curve and confusion matrix (logistic), from the real rows.
 */
final class RegressionReport implements ReportSection {
  /** Points of an ROC curve drawn at most (the area is computed from all of them). */
  static final int MAX_ROC_POINTS = 2000;

  @Override
  public void write(TrainingRun run, ReportPage page) {
    JsonNode s = run.summary();
    boolean logistic = LogisticRegression.NAME.equals(s.path("algorithm").asText());
    if (MultinomialReport.applies(s)) {
      page.section("regression", "Multinomial logistic regression");
      MultinomialReport.write(s, page);
      histories(run, page);
      return;
    }
    page.section("regression", logistic ? "Logistic regression" : "Linear regression");
    List<String[]> figures = new ArrayList<>();
    for (String field : logistic
        ? List.of("solver", "iterations", "evaluations", "stop_reason", "log_loss", "accuracy",
            "auc", "perfectly_separated")
        : List.of("solver", "iterations", "evaluations", "stop_reason", "rmse", "mae", "r2")) {
      JsonNode v = s.path(field);
      figures.add(new String[] {field.replace('_', ' '), v.isNumber()
          ? ReportPage.format(v.asDouble()) : v.asText()});
    }
    page.figures(figures);
    histories(run, page);
    RowResults rows = run.rows().orElse(null);
    if (rows == null) {
      page.absent(run.rowsAbsent());
    } else if (!rows.labelled() || rows.size() == 0) {
      page.absent("The predictions have no labels to compare with.");
    } else if (logistic) {
      RegressionCharts.classification(rows, TrainingRun.number(s.path("auc")), page);
    } else {
      RegressionCharts.fit(rows, page);
    }
  }

  private static void histories(TrainingRun run, ReportPage page) {
    String objective = run.summary().path("objective_name").asText("objective");
    double[] loss = run.history("objective_history");
    if (loss.length > 1) {
      double[] axis = run.iterationAxis(loss.length);
      page.plot(ObjectiveSection.objectivePlot(objective, axis, loss), "The " + objective
          + " after each iteration of the solver" + (axis[0] == 0 ? " (0: the starting point)"
          : "") + ".");
    } else if (loss.length == 1) {
      page.paragraph("Solved in one step (" + run.summary().path("solver").asText()
          + "): the " + objective + " is " + ReportPage.format(loss[0])
          + "; there is no history to plot.");
    }
    double[] gradient = run.history("gradient_norm_history");
    if (gradient.length > 1) {
      page.plot(Plot.line("Gradient norm per iteration", "iteration", "gradient norm")
          .series("gradient norm", run.iterationAxis(gradient.length), gradient)
          .logYWhereHelps(),
          "The norm of the objective's gradient; it falls towards 0 as the solver converges.");
    }
  }
}
