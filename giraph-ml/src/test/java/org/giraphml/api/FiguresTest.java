package org.giraphml.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.giraphml.io.JobFailure;
import org.junit.jupiter.api.Test;

class FiguresTest {
  @Test
  void modelWithANonFiniteValueFailsNamingTheField() {
    ObjectNode model = JobOutput.object();
    model.put("k", 2);
    model.putArray("centroids").addArray().add(1.0).add(Double.POSITIVE_INFINITY);
    JobFailure e = assertThrows(JobFailure.class,
        () -> Figures.requireFinite(model, "model.json"));
    assertTrue(e.getMessage().startsWith("model.json: centroids[0][1] is not a finite number"),
        e.getMessage());
  }

  @Test
  void summaryNaNIsWarnedAboutOnceUnlessAWarningAlreadyNamesIt() throws Exception {
    ObjectNode summary = JobOutput.object();
    summary.put("objective", 1.5);
    summary.put("auc", Double.NaN);
    summary.putArray("objective_history").add(Double.NaN).add(Double.NaN);
    summary.put("r2", Double.NaN);
    summary.put("inertia", Double.POSITIVE_INFINITY); // Infinity is the caller's to explain
    List<String> warnings = Figures.unexplainedNaNs(summary, List.of("r2 is NaN: constant"));
    assertEquals(List.of("auc is NaN: it could not be computed from this data",
        "objective_history is NaN: it could not be computed from this data"), warnings);
    // As read back from a file, where Jackson wrote NaN as text.
    ObjectNode read = (ObjectNode) JobOutput.json().readTree(
        JobOutput.json().writeValueAsString(summary));
    assertEquals(warnings, Figures.unexplainedNaNs(read, List.of("r2 is NaN: constant")));
  }
}
