package org.giraphml.algorithms.contract;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * The fields every {@code summary.json} promises (README, "Output"), and the rule that no value
 * in it is NaN or infinite: a summary is read by scripts, and a NaN there is a bug upstream.
 */
final class SummaryContract {
  private SummaryContract() {
  }

  /**
   * Checks a training summary ({@code TrainingSummary}'s contract): {@code algorithm},
   * {@code rows}, {@code iterations}, {@code stop_reason} and the objective when the algorithm
   * is iterative (an algorithm that iterates minimises something), the objective's three
   * fields together whenever one is there, {@code warnings}, {@code train_seconds},
   * {@code input.rows}, {@code total_seconds}, and no NaN anywhere.
   */
  static void checkTraining(JsonNode summary, boolean iterative, long rows) {
    List<String> missing = new ArrayList<>();
    require(summary, "algorithm", summary.path("algorithm").isTextual(), missing);
    require(summary, "rows", summary.path("rows").canConvertToLong(), missing);
    if (iterative) {
      require(summary, "iterations", summary.path("iterations").canConvertToInt(), missing);
      require(summary, "stop_reason", summary.path("stop_reason").isTextual(), missing);
    }
    if (iterative || summary.has("objective_name") || summary.has("objective")) {
      require(summary, "objective_name", summary.path("objective_name").isTextual(), missing);
      require(summary, "objective", summary.path("objective").isNumber(), missing);
      require(summary, "objective_history", summary.path("objective_history").isArray(),
          missing);
    }
    require(summary, "train_seconds", summary.path("train_seconds").isNumber(), missing);
    require(summary, "warnings", summary.path("warnings").isArray(), missing);
    checkCommon(summary, rows, missing);
  }

  /** Checks a {@code predict} summary: {@code input.rows}, {@code total_seconds}, no NaN. */
  static void checkApplying(JsonNode summary, long rows) {
    checkCommon(summary, rows, new ArrayList<>());
  }

  private static void checkCommon(JsonNode summary, long rows, List<String> missing) {
    require(summary, "input.rows", summary.path("input").path("rows").canConvertToLong(),
        missing);
    require(summary, "total_seconds", summary.path("total_seconds").isNumber(), missing);
    if (!missing.isEmpty()) {
      fail("summary.json lacks or mistypes " + missing + ":\n" + summary.toPrettyString());
    }
    assertTrue(summary.path("input").path("rows").asLong() == rows,
        "input.rows is " + summary.path("input").path("rows") + ", the data has " + rows);
    List<String> bad = new ArrayList<>();
    nonFinite(summary, "", bad);
    assertTrue(bad.isEmpty(), "summary.json has non-finite values at " + bad);
  }

  private static void require(JsonNode summary, String field, boolean ok, List<String> missing) {
    if (!ok) {
      missing.add(field);
    }
  }

  /** Collects the paths of NaN or infinite numbers, and of strings Jackson writes for them. */
  private static void nonFinite(JsonNode node, String path, List<String> bad) {
    if (node.isNumber() && !Double.isFinite(node.asDouble())) {
      bad.add(path);
    } else if (node.isTextual() && List.of("NaN", "Infinity", "-Infinity")
        .contains(node.asText())) {
      bad.add(path);
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        nonFinite(node.get(i), path + "[" + i + "]", bad);
      }
    } else if (node.isObject()) {
      for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> field = it.next();
        nonFinite(field.getValue(), path.isEmpty() ? field.getKey()
            : path + "." + field.getKey(), bad);
      }
    }
  }
}
