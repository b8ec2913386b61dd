package org.giraphml.algorithms.nearestcentroid;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.giraphml.api.JobOutput;
import org.giraphml.api.Models;
import org.giraphml.graph.DataBlock;
import org.giraphml.io.JobFailure;
import org.junit.jupiter.api.Test;

class NearestCentroidModelTest {
  private static final NearestCentroidModel MODEL = new NearestCentroidModel(
      new double[] {-3, 5}, new double[][] {{2, 0}, {0, 0}});

  private static double[] predict(NearestCentroidModel model, double[]... rows) {
    double[] values = new double[rows.length * 2];
    for (int r = 0; r < rows.length; r++) {
      System.arraycopy(rows[r], 0, values, 2 * r, 2);
    }
    double[] out = new double[rows.length];
    model.predict(DataBlock.dense(2, values, null, new long[rows.length]), out);
    return out;
  }

  @Test
  void aRowEquallyNearTwoCentroidsGoesToTheSmallerClass() {
    // (1,0) and (1,7) are as near (0,0) (class 5) as (2,0) (class -3).
    assertArrayEquals(new double[] {-3, -3, 5, -3}, predict(MODEL,
        new double[] {1, 0}, new double[] {1, 7}, new double[] {0.9, 0}, new double[] {1.1, 0}));
  }

  @Test
  void hugeValuesWhoseSquaresOverflowStillFindTheNearestCentroid() {
    NearestCentroidModel far = new NearestCentroidModel(new double[] {0, 1},
        new double[][] {{-1e200, 0}, {1e200, 0}});
    assertArrayEquals(new double[] {1, 0}, predict(far, new double[] {0.9e200, 0},
        new double[] {-0.5e200, 1e199}));
  }

  @Test
  void savedJsonLoadsBackToTheSameModel() {
    JsonNode json = MODEL.toJson();
    assertEquals("nearest-centroid", json.get("algorithm").asText());
    assertEquals(1, json.get("format_version").asInt());
    assertEquals("[-3.0,5.0]", json.get("classes").toString());
    assertEquals("[[2.0,0.0],[0.0,0.0]]", json.get("centroids").toString());
    assertEquals(json, Models.fromJson(json, "test").toJson());
  }

  @Test
  void malformedModelsAreRefusedNamingTheField() {
    assertRefused("classes must be increasing", m -> m.putArray("classes").add(5).add(-3),
        "\"classes\" must be increasing, got 5.0 then -3.0");
    assertRefused("a centroid of the wrong length", m -> ((com.fasterxml.jackson.databind.node
        .ArrayNode) m.get("centroids")).set(1, JobOutput.object().arrayNode().add(1)),
        "\"centroids\" row 1 must be an array of 2 numbers");
    assertRefused("a class per centroid", m -> m.putArray("classes").add(1),
        "\"centroids\" must be an array of 1 row");
    assertRefused("a later format", m -> m.put("format_version", 2),
        "unsupported nearest-centroid model format_version 2 (this build reads version 1)");
    assertRefused("a non-number", m -> m.putArray("classes").add(1).add("x"),
        "\"classes\": value 1 is not a finite number");
  }

  private static void assertRefused(String what, java.util.function.Consumer<ObjectNode> change,
      String message) {
    ObjectNode json = MODEL.toJson();
    change.accept(json);
    JobFailure e = assertThrows(JobFailure.class,
        () -> new NearestCentroidModelFormat().fromJson(json), what);
    assertEquals(message, e.getMessage(), what);
  }
}
