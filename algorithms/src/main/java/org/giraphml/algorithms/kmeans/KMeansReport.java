package org.giraphml.algorithms.kmeans;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.giraphml.report.ObjectiveSection;
import org.giraphml.report.Plot;
import org.giraphml.report.ReportPage;
import org.giraphml.report.ReportSection;
import org.giraphml.report.TrainingRun;

/**
 * The k-means section of {@code report.html}: the objective, the largest centroid shift and
 * the rows that changed cluster, per iteration, and the cluster sizes, all from the summary.
 */
final class KMeansReport implements ReportSection {
  /** Clusters drawn as one bar each at most; more are drawn as a size-ordered curve. */
  static final int MAX_BARS = 40;

  @Override
  public void write(TrainingRun run, ReportPage page) {
    JsonNode s = run.summary();
    if (s.has(SweepTable.TABLE)) {
      SweepReport.write(run, page);
      return;
    }
    JsonNode training = run.model().path("training");
    page.section("kmeans", "k-means");
    List<String[]> figures = new ArrayList<>();
    figures.add(new String[] {"distance", run.model().path("distance").asText("")});
    figures.add(new String[] {"seeding", training.path("init").asText("")});
    figures.add(new String[] {"clusters with rows", s.path("distinct_clusters").asText()});
    page.figures(figures);

    String objective = s.path("objective_name").asText("objective");
    double[] history = run.history("objective_history");
    if (history.length > 0) {
      double[] axis = run.iterationAxis(history.length);
      page.plot(ObjectiveSection.objectivePlot(objective, axis, history), "The " + objective
          + " of the centroids after each iteration" + (axis[0] == 0 ? " (0: the seeds)" : "")
          + ". The last, " + ReportPage.format(TrainingRun.number(s.path("objective")))
          + ", is that of the saved centroids.");
    }
    double[] shifts = run.history("shift_history");
    if (shifts.length > 0) {
      page.plot(Plot.line("Largest centroid shift per iteration", "iteration", "largest shift")
          .series("shift", Plot.positions(shifts.length), shifts).logYWhereHelps(),
          "How far the centroid that moved most went in each iteration; training stops when "
              + "it falls to the tolerance (" + ReportPage.format(TrainingRun.number(
                  training.path("tolerance"))) + ").");
    }
    double[] moved = run.history("rows_moved_history");
    if (moved.length > 0) {
      page.plot(Plot.line("Rows that changed cluster per iteration", "iteration", "rows")
          .series("rows", Plot.positions(moved.length), moved).logYWhereHelps(),
          "Rows assigned to another cluster than in the iteration before.");
    }
    clusterSizes(run.history("cluster_sizes"), page);
    List<String> events = new ArrayList<>();
    s.path("empty_cluster_events").forEach(e -> events.add(e.asText()));
    if (!events.isEmpty()) {
      page.paragraph("Empty clusters during training:").list(events, false);
    }
  }

  private static void clusterSizes(double[] sizes, ReportPage page) {
    if (sizes.length == 0) {
      return;
    }
    if (sizes.length <= MAX_BARS) {
      List<String> names = new ArrayList<>();
      for (int j = 0; j < sizes.length; j++) {
        names.add(Integer.toString(j));
      }
      page.plot(Plot.bars("Cluster sizes", "cluster", "rows", names, sizes),
          "Rows in each cluster of the saved model (as predictions.csv numbers them).");
      return;
    }
    double[] sorted = sizes.clone();
    Arrays.sort(sorted);
    for (int i = 0; i < sorted.length / 2; i++) {
      double t = sorted[i];
      sorted[i] = sorted[sorted.length - 1 - i];
      sorted[sorted.length - 1 - i] = t;
    }
    page.plot(Plot.line("Cluster sizes, largest first", "rank", "rows")
        .series("rows", Plot.positions(sorted.length), sorted).logYWhereHelps(),
        sizes.length + " clusters, too many for one bar each: their sizes in decreasing order.");
  }
}
