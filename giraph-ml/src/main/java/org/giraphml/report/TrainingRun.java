package org.giraphml.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import java.util.List;
import java.util.Optional;

/**
 * What a finished run produced, as the report's sections see it: {@code summary.json} (with
 * the input section the runner adds), {@code model.json}, the settings and, if the run kept
 * them, the per-row predictions. Nothing here is recomputed; a section that needs what the run
 * did not keep says so.
 */
public final class TrainingRun {
  private final String algorithm;
  private final String output;
  private final JsonNode summary;
  private final JsonNode model;
  private final List<Setting> settings;
  private final RowResults rows;
  private final String rowsAbsent;

  /**
   * @param algorithm the command name, e.g. {@code kmeans}
   * @param output where the results are placed (shown, not read)
   * @param summary the complete summary
   * @param model the saved model, or null when the run wrote none
   * @param settings every option of the job
   * @param rows the per-row predictions, or null
   * @param rowsAbsent why {@code rows} is null, for the page; ignored when it is not
   */
  public TrainingRun(String algorithm, String output, JsonNode summary, JsonNode model,
      List<Setting> settings, RowResults rows, String rowsAbsent) {
    this.algorithm = algorithm;
    this.output = output;
    this.summary = summary;
    this.model = model == null ? MissingNode.getInstance() : model;
    this.settings = List.copyOf(settings);
    this.rows = rows;
    this.rowsAbsent = rowsAbsent;
  }

  public String algorithm() {
    return algorithm;
  }

  public String output() {
    return output;
  }

  public JsonNode summary() {
    return summary;
  }

  /** The model, or a missing node (every {@code path()} of it is missing too). */
  public JsonNode model() {
    return model;
  }

  public List<Setting> settings() {
    return settings;
  }

  public Optional<RowResults> rows() {
    return Optional.ofNullable(rows);
  }

  /** Why there are no per-row results (meaningful only when {@link #rows()} is empty). */
  public String rowsAbsent() {
    return rowsAbsent;
  }

  /** The numbers of a summary array field; empty if the field is absent. */
  public double[] history(String field) {
    return doubles(summary.path(field));
  }

  /**
   * The x values of a per-iteration history of {@code length} entries: 0, 1, ... when it holds
   * one more entry than the run had iterations (its first is the starting point, before any
   * iteration), else 1, 2, ... (one entry per iteration).
   */
  public double[] iterationAxis(int length) {
    double[] x = Plot.positions(length);
    if (length == summary.path("iterations").asLong(-1) + 1) {
      for (int i = 0; i < length; i++) {
        x[i] -= 1;
      }
    }
    return x;
  }

  /**
   * The numbers of a JSON array. NaN and infinities, which Jackson writes as numbers but reads
   * back as text, come back as the doubles they stand for.
   */
  public static double[] doubles(JsonNode array) {
    if (!array.isArray()) {
      return new double[0];
    }
    double[] out = new double[array.size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = number(array.get(i));
    }
    return out;
  }

  /** One JSON number, or NaN/±Infinity written as text; NaN for anything else. */
  public static double number(JsonNode node) {
    if (node.isNumber()) {
      return node.asDouble();
    }
    switch (node.asText("")) {
      case "Infinity":
        return Double.POSITIVE_INFINITY;
      case "-Infinity":
        return Double.NEGATIVE_INFINITY;
      default:
        return Double.NaN;
    }
  }
}
