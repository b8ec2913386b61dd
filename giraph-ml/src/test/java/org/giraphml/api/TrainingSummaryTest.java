package org.giraphml.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The summary contract: field order, round trip, and details that cannot shadow it. */
class TrainingSummaryTest {
  enum Stop { CONVERGED }

  private static TrainingSummary sample() {
    ObjectNode details = JobOutput.object();
    details.put("k", 3);
    return TrainingSummary.builder("kmeans").rows(150).iterations(7, Stop.CONVERGED)
        .objective("inertia", 78.85, List.of(100.0, 80.0, 78.85)).warning("w1")
        .details(details).trainSeconds(0.5).build();
  }

  @Test
  void contractFieldsComeFirstInTheirDocumentedOrderThenTheDetails() {
    List<String> keys = new ArrayList<>();
    sample().toJson().fieldNames().forEachRemaining(keys::add);
    assertEquals(List.of("algorithm", "rows", "iterations", "stop_reason", "objective_name",
        "objective", "objective_history", "warnings", "k", "train_seconds"), keys);
    assertEquals("converged", sample().toJson().get("stop_reason").asText());
  }

  @Test
  void readingTheJsonBackGivesTheSameJson() {
    ObjectNode json = sample().toJson();
    assertEquals(json, TrainingSummary.fromJson(json).toJson());
    assertEquals(78.85, TrainingSummary.fromJson(json).objective(), 0);
  }

  @Test
  void aNonIterativeSummaryHasNoIterationOrObjectiveFields() {
    ObjectNode json = TrainingSummary.builder("describe").rows(3).trainSeconds(0).build()
        .toJson();
    assertEquals(List.of("algorithm", "rows", "warnings", "train_seconds"),
        iterate(json));
  }

  @Test
  void aDetailCannotReplaceAContractField() {
    ObjectNode details = JobOutput.object();
    details.put("objective", 1.0);
    assertThrows(IllegalArgumentException.class,
        () -> TrainingSummary.builder("x").details(details));
  }

  private static List<String> iterate(ObjectNode json) {
    List<String> keys = new ArrayList<>();
    json.fieldNames().forEachRemaining(keys::add);
    return keys;
  }
}
