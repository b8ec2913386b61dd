package org.giraphml.report;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * The framework's sections, the same for every algorithm: an overview (stop reason, objective,
 * warnings), the input (files, header decisions, rows, skipped rows and why), the settings and
 * the timings. They read the fields every summary has and skip what a summary lacks.
 */
final class RunSections {
  /** Files listed by name at most; a directory of thousands is summarised by its count. */
  static final int MAX_FILES_LISTED = 50;

  private RunSections() {
  }

  static void overview(TrainingRun run, ReportPage page) {
    JsonNode s = run.summary();
    page.section("overview", "Overview");
    List<String[]> figures = new ArrayList<>();
    figures.add(new String[] {"algorithm", run.algorithm()});
    figures.add(new String[] {"output", run.output()});
    for (String field : List.of("model_algorithm", "rows", "dimensions", "k", "iterations",
        "stop_reason")) {
      if (s.has(field)) {
        figures.add(new String[] {field.replace('_', ' '), text(s.get(field))});
      }
    }
    if (s.has("objective")) {
      figures.add(new String[] {"objective (" + s.path("objective_name").asText("objective")
          + ")", text(s.get("objective"))});
    }
    page.figures(figures);
    List<String> warnings = strings(s.path("warnings"));
    if (warnings.isEmpty()) {
      page.paragraph("No warnings.");
    } else {
      page.paragraph(warnings.size() + " warning(s):").list(warnings, true);
    }
  }

  static void input(TrainingRun run, ReportPage page) {
    JsonNode in = run.summary().path("input");
    page.section("input", "Input");
    if (in.isMissingNode()) {
      page.absent("The summary has no input section.");
      return;
    }
    List<String> files = strings(in.path("files"));
    List<String[]> figures = new ArrayList<>();
    figures.add(new String[] {"files", text(in.path("file_count"))});
    figures.add(new String[] {"rows read", text(in.path("rows"))});
    figures.add(new String[] {"rows skipped", text(in.path("skipped_rows"))});
    if (in.has("header")) {
      figures.add(new String[] {"header", in.path("header").path("mode").asText()});
    }
    page.figures(figures);
    List<String> shown = files.subList(0, Math.min(files.size(), MAX_FILES_LISTED));
    page.list(shown, false);
    if (files.size() > shown.size()) {
      page.paragraph("... and " + (files.size() - shown.size()) + " more file(s).");
    }
    JsonNode headers = in.path("header").path("lines");
    if (headers.size() > 0) {
      List<List<String>> rows = new ArrayList<>();
      for (JsonNode h : headers) {
        rows.add(List.of(h.path("file").asText(), text(h.path("line")), h.path("text").asText()));
      }
      page.paragraph("Header lines (not read as data):")
          .table(List.of("file", "line", "text"), rows, null);
    }
    List<String> problems = strings(in.path("skipped_row_problems"));
    if (!problems.isEmpty()) {
      page.paragraph("Why rows were skipped (the first " + problems.size() + "):")
          .list(problems, true);
    }
  }

  static void settings(TrainingRun run, ReportPage page) {
    page.section("settings", "Settings");
    List<List<String>> rows = new ArrayList<>();
    boolean[] given = new boolean[run.settings().size()];
    int i = 0;
    for (Setting setting : run.settings()) {
      rows.add(List.of("--" + setting.flag(),
          setting.value().isEmpty() ? "(none)" : setting.value(), setting.key()));
      given[i++] = setting.given();
    }
    page.paragraph("Options given for this run are in bold; the others had their defaults.")
        .table(List.of("option", "value", "configuration key"), rows, given);
  }

  static void timings(TrainingRun run, ReportPage page) {
    JsonNode s = run.summary();
    page.section("timings", "Timings");
    List<String[]> figures = new ArrayList<>();
    if (s.path("input").has("load_seconds")) {
      figures.add(new String[] {"load seconds", seconds(s.path("input").get("load_seconds"))});
    }
    for (Iterator<Map.Entry<String, JsonNode>> it = s.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      if (e.getKey().endsWith("_seconds") && !e.getValue().isContainerNode()) {
        figures.add(new String[] {e.getKey().replace('_', ' '), seconds(e.getValue())});
      }
    }
    page.figures(figures);
    double[] perIteration = run.history("iteration_seconds");
    if (perIteration.length > 0) {
      page.plot(Plot.line("Seconds per iteration", "iteration", "seconds")
          .series("seconds", Plot.positions(perIteration.length), perIteration),
          "Wall-clock seconds of each iteration, measured by the master.");
    }
  }

  /** Seconds to the millisecond (the clocks measure no finer in any useful sense). */
  private static String seconds(JsonNode node) {
    double v = TrainingRun.number(node);
    return Double.isFinite(v) ? String.format(java.util.Locale.ROOT, "%.3f", v) : text(node);
  }

  /** A scalar as the page shows it: numbers formatted, text as it is. */
  static String text(JsonNode node) {
    if (node.isMissingNode() || node.isNull()) {
      return "";
    }
    if (node.isNumber() || node.isTextual() && !Double.isNaN(TrainingRun.number(node))) {
      return ReportPage.format(TrainingRun.number(node));
    }
    return node.isContainerNode() ? node.toString() : node.asText();
  }

  private static List<String> strings(JsonNode array) {
    List<String> out = new ArrayList<>();
    array.forEach(n -> out.add(n.asText()));
    return out;
  }
}
