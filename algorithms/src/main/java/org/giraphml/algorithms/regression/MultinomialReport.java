package org.giraphml.algorithms.regression;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.giraphml.report.ReportPage;

/**
 * The multinomial part of report.html's regression section, from summary.json alone: the fit's
 * figures, per-class precision, recall, F1 and support, and the confusion matrix (rows: true
 * class, columns: predicted class, in sorted label order, as summary.json has them).
 */
final class MultinomialReport {
  private MultinomialReport() {
  }

  static boolean applies(JsonNode summary) {
    return "multinomial".equals(summary.path("family").asText());
  }

  static void write(JsonNode s, ReportPage page) {
    List<String[]> figures = new ArrayList<>();
    for (String field : List.of("solver", "iterations", "evaluations", "stop_reason", "classes",
        "log_loss", "accuracy")) {
      JsonNode v = s.path(field);
      figures.add(new String[] {field.replace('_', ' '), v.isNumber()
          ? ReportPage.format(v.asDouble()) : v.asText()});
    }
    page.figures(figures);
    List<String> labels = new ArrayList<>();
    List<List<String>> perClass = new ArrayList<>();
    for (JsonNode c : s.path("per_class")) {
      String label = BinaryLabels.format(c.path("label").asDouble());
      labels.add(label);
      perClass.add(List.of(label, ReportPage.format(c.path("precision").asDouble()),
          ReportPage.format(c.path("recall").asDouble()),
          ReportPage.format(c.path("f1").asDouble()), c.path("support").asText()));
    }
    page.table(List.of("class", "precision", "recall", "F1", "support"), perClass, null);
    List<String> header = new ArrayList<>();
    header.add("true \\ predicted");
    header.addAll(labels);
    List<List<String>> confusion = new ArrayList<>();
    JsonNode matrix = s.path("confusion_matrix");
    for (int c = 0; c < matrix.size(); c++) {
      List<String> row = new ArrayList<>();
      row.add(c < labels.size() ? labels.get(c) : Integer.toString(c));
      matrix.get(c).forEach(v -> row.add(v.asText()));
      confusion.add(row);
    }
    page.paragraph("Confusion matrix on the training rows: rows are the true class, columns the "
        + "predicted one.");
    page.table(header, confusion, null);
  }
}
