package org.giraphml.algorithms.kmeans;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.giraphml.report.Plot;
import org.giraphml.report.ReportPage;
import org.giraphml.report.TrainingRun;

/**
 * The {@code report.html} section of a k sweep: the objective and the silhouette against k
 * (the "elbow" and the silhouette's peak), and the best k, from the sweep's summary
 * ({@link SweepTable}). Each k's own iterations are in its {@code k=K/summary.json}.
 */
final class SweepReport {
  private SweepReport() {
  }

  static void write(TrainingRun run, ReportPage page) {
    JsonNode s = run.summary();
    JsonNode table = s.path(SweepTable.TABLE);
    page.section("kmeans", "k-means sweep");
    List<String[]> figures = new ArrayList<>();
    figures.add(new String[] {"k values", Integer.toString(table.size())});
    figures.add(new String[] {"best k by silhouette", s.path(SweepTable.BEST).asText("none")});
    page.figures(figures);
    int n = table.size();
    String objective = n > 0 && table.get(0).has("inertia") ? "inertia" : "sum_cosine_distance";
    double[] ks = new double[n];
    double[] objectives = new double[n];
    List<Double> scoredK = new ArrayList<>();
    List<Double> scores = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      JsonNode row = table.get(i);
      ks[i] = row.path("k").asDouble();
      objectives[i] = row.path(objective).asDouble();
      if (row.path("silhouette").isNumber()) {
        scoredK.add(ks[i]);
        scores.add(row.path("silhouette").asDouble());
      }
    }
    if (n > 0) {
      page.plot(Plot.line("The " + objective + " per k", "k", objective)
          .series(objective, ks, objectives), "The objective of each k's saved centroids.");
    }
    if (!scores.isEmpty()) {
      page.plot(Plot.line("Silhouette per k", "k", "silhouette")
          .series("silhouette", unbox(scoredK), unbox(scores)),
          "The silhouette score of each k's clusters; the largest marks the best k.");
    }
  }

  private static double[] unbox(List<Double> values) {
    return values.stream().mapToDouble(Double::doubleValue).toArray();
  }
}
