package org.giraphml.report;

/**
 * The section every algorithm gets unless it registers its own: the objective per iteration,
 * from the summary's {@code objective_history} (named by {@code objective_name}). A summary
 * without that history gets no section.
 */
public final class ObjectiveSection implements ReportSection {
  @Override
  public void write(TrainingRun run, ReportPage page) {
    double[] history = run.history("objective_history");
    if (history.length == 0) {
      return;
    }
    String name = run.summary().path("objective_name").asText("objective");
    page.section("training", "Training");
    page.plot(objectivePlot(name, run.iterationAxis(history.length), history),
        "The objective at each iteration.");
  }

  /** The objective history as a line, on a log axis where its values span decades. */
  public static Plot objectivePlot(String name, double[] iterations, double[] history) {
    return Plot.line("Objective per iteration", "iteration", name)
        .series(name, iterations, history).logYWhereHelps();
  }
}
