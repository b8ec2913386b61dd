package org.giraphml.algorithms.kmeans;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.giraph.block_app.framework.api.BlockMasterApi;
import org.giraphml.api.JobOutput;
import org.giraphml.api.ResultSink;
import org.giraphml.api.TrainingResult;
import org.giraphml.api.TrainingSummary;
import org.giraphml.conf.EnumOption;
import org.giraphml.graph.Precision;

/**
 * The summary of a k sweep ({@link KSweep}), filled on the master as each k finishes: per k
 * its sub-model's directory, objective (inertia), silhouette, Calinski-Harabasz and
 * Davies-Bouldin scores, iterations and stop reason; the best k is the one with the largest
 * silhouette (the smallest such k on a tie; none when no k has a silhouette, as with cosine
 * distance). A master-side holder: it travels with the pieces through Kryo, so a checkpoint
 * keeps the rows of the k already done.
 *
 * <p>In {@code summary.json} the table is {@code k_sweep} (one object per k, ascending) and the
 * choice {@code best_k}; each k's full summary is in its own directory ({@link #directory}).
 */
final class SweepTable {
  /** The summary field holding the table; its presence marks a sweep's summary. */
  static final String TABLE = "k_sweep";
  static final String BEST = "best_k";
  private static final List<String> FIGURES = List.of("silhouette", "calinski_harabasz",
      "davies_bouldin", "distinct_clusters");

  private final List<String> rows = new ArrayList<>();
  private final List<String> warnings = new ArrayList<>();

  /** The output directory of k's model, relative to the job's output: {@code k=5}. */
  static String directory(int k) {
    return "k=" + k;
  }

  /** Where the run for {@code k} saves its result: its directory, and a row here. */
  ResultTarget target(int k, ResultSink sink) {
    return new Entry(k, sink, this);
  }

  /** Records the finished run of {@code k} (in ascending k, as the sweep runs them). */
  void add(int k, TrainingSummary summary) {
    JsonNode s = summary.toJson();
    ObjectNode row = JobOutput.object();
    row.put("k", k);
    row.put("model", directory(k));
    row.put(summary.objectiveName(), summary.objective());
    for (String figure : FIGURES) {
      if (s.has(figure)) {
        row.set(figure, s.get(figure));
      }
    }
    row.put("iterations", summary.iterations().orElse(0));
    row.put("stop_reason", summary.stopReason());
    rows.add(row.toString());
    summary.warnings().forEach(w -> warnings.add(directory(k) + ": " + w));
  }

  /**
   * The sweep's summary: the rows' precision, the table, the best k, every k's warnings
   * (prefixed {@code k=K:}).
   */
  TrainingSummary summary(long rowCount, double seconds, Precision precision) {
    ObjectNode details = JobOutput.object();
    details.put("precision", EnumOption.nameOf(precision));
    ArrayNode table = details.putArray(TABLE);
    int best = 0;
    double bestScore = Double.NEGATIVE_INFINITY;
    for (String text : rows) {
      ObjectNode row = parse(text);
      table.add(row);
      JsonNode score = row.get("silhouette");
      if (score != null && score.isNumber() && score.asDouble() > bestScore) {
        bestScore = score.asDouble();
        best = row.get("k").asInt();
      }
    }
    if (best > 0) {
      details.put(BEST, best);
      details.put("best_k_by", "silhouette");
    }
    return TrainingSummary.builder(KMeansModel.ALGORITHM).rows(rowCount).warnings(warnings)
        .details(details).trainSeconds(seconds).build();
  }

  /**
   * The table as the command line prints it, one line per k after a header, the best k
   * marked with {@code *}; empty when {@code summary} is not a sweep's.
   */
  static List<String> lines(JsonNode summary) {
    JsonNode table = summary.path(TABLE);
    if (!table.isArray() || table.isEmpty()) {
      return List.of();
    }
    String objective = table.get(0).has("inertia") ? "inertia" : "sum_cosine_distance";
    int best = summary.path(BEST).asInt(0);
    List<String> out = new ArrayList<>();
    out.add(String.format(Locale.ROOT, "   %5s  %-22s  %-10s  %10s  %s", "k", objective,
        "silhouette", "iterations", "stop_reason"));
    for (JsonNode row : table) {
      int k = row.path("k").asInt();
      JsonNode silhouette = row.path("silhouette");
      out.add(String.format(Locale.ROOT, " %s %5d  %-22s  %-10s  %10d  %s",
          k == best ? "*" : " ", k, Double.toString(row.path(objective).asDouble()),
          silhouette.isNumber() ? String.format(Locale.ROOT, "%.6f", silhouette.asDouble())
              : "-", row.path("iterations").asInt(), row.path("stop_reason").asText()));
    }
    out.add(best > 0 ? "best k by silhouette: " + best + " (model in " + directory(best) + ")"
        : "no k has a silhouette score (cosine distance), so none is marked best");
    return out;
  }

  private static ObjectNode parse(String text) {
    try {
      return (ObjectNode) JobOutput.json().readTree(text);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException("a sweep row we wrote is not JSON: " + text, e);
    }
  }

  /** Saves one k's model in its directory and adds its row to the table. */
  static final class Entry implements ResultTarget {
    private int k;
    private ResultSink sink;
    private SweepTable table;

    /** For Kryo. */
    private Entry() {
    }

    Entry(int k, ResultSink sink, SweepTable table) {
      this.k = k;
      this.sink = sink;
      this.table = table;
    }

    @Override
    public void save(BlockMasterApi api, TrainingResult result) {
      sink.saveIn(api, directory(k), result);
      table.add(k, result.summary());
    }
  }
}
