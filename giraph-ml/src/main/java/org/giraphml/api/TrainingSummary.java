package org.giraphml.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.OptionalInt;
import org.giraphml.conf.EnumOption;

/**
 * What a training run reports besides its model: the fields every algorithm's
 * {@code summary.json} has (the output contract, documented in docs/DATA.md, "The summary")
 * and the algorithm's own details after them. Immutable; built with {@link #builder}.
 *
 * <p>Contract fields, in this order: {@code algorithm}; {@code rows} (rows trained on);
 * {@code iterations} and {@code stop_reason} (iterative algorithms only); {@code
 * objective_name}, {@code objective} and {@code objective_history} (the objective the
 * algorithm minimises: one value per iteration, after the starting point's where the algorithm
 * has one; absent for algorithms without one); {@code warnings}
 * (always present, possibly empty: problems with the result a user must hear about);
 * {@code train_seconds}. The runner then adds {@code input} and {@code total_seconds}
 * ({@code org.giraphml.job.JobSummary}).
 */
public final class TrainingSummary {
  private final String algorithm;
  private final long rows;
  private final OptionalInt iterations;
  private final String stopReason;
  private final String objectiveName;
  private final double objective;
  private final double[] objectiveHistory;
  private final List<String> warnings;
  private final double trainSeconds;
  private final ObjectNode details;

  private TrainingSummary(Builder b) {
    this.algorithm = Objects.requireNonNull(b.algorithm, "algorithm");
    this.rows = b.rows;
    this.iterations = b.iterations;
    this.stopReason = b.stopReason;
    this.objectiveName = b.objectiveName;
    this.objective = b.objective;
    this.objectiveHistory = b.objectiveHistory;
    this.warnings = List.copyOf(b.warnings);
    this.trainSeconds = b.trainSeconds;
    this.details = b.details.deepCopy();
  }

  /** A builder for algorithm {@code algorithm} (its command name). */
  public static Builder builder(String algorithm) {
    return new Builder(algorithm);
  }

  public String algorithm() {
    return algorithm;
  }

  public long rows() {
    return rows;
  }

  /** Iterations run, for iterative algorithms. */
  public OptionalInt iterations() {
    return iterations;
  }

  /** Why iteration stopped ({@code converged}, {@code max_iterations}...), or null. */
  public String stopReason() {
    return stopReason;
  }

  /** Name of the objective ({@code inertia}, {@code log_loss}...), or null if none. */
  public String objectiveName() {
    return objectiveName;
  }

  /** The final objective; NaN if the algorithm has none. */
  public double objective() {
    return objective;
  }

  public List<String> warnings() {
    return warnings;
  }

  public double trainSeconds() {
    return trainSeconds;
  }

  /** The summary as written to {@code summary.json} (before the runner adds the input). */
  public ObjectNode toJson() {
    ObjectNode json = JobOutput.object();
    json.put("algorithm", algorithm);
    json.put("rows", rows);
    if (iterations.isPresent()) {
      json.put("iterations", iterations.getAsInt());
      json.put("stop_reason", stopReason);
    }
    if (objectiveName != null) {
      json.put("objective_name", objectiveName);
      json.put("objective", objective);
      ArrayNode history = json.putArray("objective_history");
      for (double v : objectiveHistory) {
        history.add(v);
      }
    }
    ArrayNode w = json.putArray("warnings");
    warnings.forEach(w::add);
    json.setAll(details);
    json.put("train_seconds", trainSeconds);
    return json;
  }

  /**
   * Reads a summary written by {@link #toJson} (the runner's side of the hand-off from the
   * master, which on a cluster runs in another JVM).
   */
  public static TrainingSummary fromJson(JsonNode json) {
    Builder b = builder(json.path("algorithm").asText());
    b.rows(json.path("rows").asLong());
    if (json.has("iterations")) {
      b.iterations(json.get("iterations").asInt(), json.path("stop_reason").asText());
    }
    if (json.has("objective_name")) {
      List<Double> history = new ArrayList<>();
      json.path("objective_history").forEach(v -> history.add(v.asDouble()));
      b.objective(json.get("objective_name").asText(), json.path("objective").asDouble(),
          history);
    }
    json.path("warnings").forEach(v -> b.warning(v.asText()));
    b.trainSeconds(json.path("train_seconds").asDouble());
    ObjectNode details = JobOutput.object();
    json.fields().forEachRemaining(e -> {
      if (!CONTRACT.contains(e.getKey())) {
        details.set(e.getKey(), e.getValue().deepCopy());
      }
    });
    return b.details(details).build();
  }

  private static final List<String> CONTRACT = List.of("algorithm", "rows", "iterations",
      "stop_reason", "objective_name", "objective", "objective_history", "warnings",
      "train_seconds");

  /** Builds a {@link TrainingSummary}; every setter returns the builder. */
  public static final class Builder {
    private final String algorithm;
    private long rows;
    private OptionalInt iterations = OptionalInt.empty();
    private String stopReason;
    private String objectiveName;
    private double objective = Double.NaN;
    private double[] objectiveHistory = new double[0];
    private final List<String> warnings = new ArrayList<>();
    private double trainSeconds = Double.NaN;
    private ObjectNode details = JobOutput.object();

    private Builder(String algorithm) {
      this.algorithm = algorithm;
    }

    public Builder rows(long rows) {
      this.rows = rows;
      return this;
    }

    /** Iterations run and why they stopped (an enum constant, named as its option value). */
    public Builder iterations(int count, Enum<?> stopReason) {
      return iterations(count, EnumOption.nameOf(stopReason));
    }

    public Builder iterations(int count, String stopReason) {
      this.iterations = OptionalInt.of(count);
      this.stopReason = Objects.requireNonNull(stopReason, "stopReason");
      return this;
    }

    /** The objective's name, final value and per-iteration history. */
    public Builder objective(String name, double value, List<Double> history) {
      this.objectiveName = Objects.requireNonNull(name, "name");
      this.objective = value;
      this.objectiveHistory = history.stream().mapToDouble(Double::doubleValue).toArray();
      return this;
    }

    public Builder warning(String warning) {
      warnings.add(warning);
      return this;
    }

    public Builder warnings(List<String> all) {
      warnings.addAll(all);
      return this;
    }

    public Builder trainSeconds(double seconds) {
      this.trainSeconds = seconds;
      return this;
    }

    /**
     * The algorithm's own fields, written after the contract fields (a contract field here
     * is an error: it would be overwritten).
     *
     * @throws IllegalArgumentException if {@code details} holds a contract field
     */
    public Builder details(ObjectNode details) {
      for (String key : CONTRACT) {
        if (details.has(key)) {
          throw new IllegalArgumentException("summary detail '" + key
              + "' is a contract field: set it through the builder");
        }
      }
      this.details = details;
      return this;
    }

    public TrainingSummary build() {
      return new TrainingSummary(this);
    }
  }
}
