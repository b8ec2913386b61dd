package org.giraphml.api;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.giraphml.io.JobFailure;
import org.junit.jupiter.api.Test;

class ModelJsonTest {
  @Test
  void writtenNumbersAndRowsReadBackExactly() {
    ObjectNode json = ModelJson.start("toy", 2);
    ModelJson.putNumbers(json, "w", new double[] {0.1, -3e300});
    ModelJson.putRows(json, "m", new double[][] {{1, 2}, {Double.MIN_VALUE, 4}});
    assertEquals("{\"algorithm\":\"toy\",\"format_version\":2,\"w\":[0.1,-3.0E300],"
        + "\"m\":[[1.0,2.0],[4.9E-324,4.0]]}", json.toString());
    assertEquals(2, ModelJson.version(json, "toy", 3));
    assertArrayEquals(new double[] {0.1, -3e300}, ModelJson.numbers(json, "w", 2));
    assertArrayEquals(new double[] {Double.MIN_VALUE, 4}, ModelJson.rows(json, "m", 2, 2)[1]);
  }

  @Test
  void versionsBeyondTheNewestAreRefusedNamingWhatIsRead() {
    ObjectNode json = ModelJson.start("toy", 4);
    assertEquals("unsupported toy model format_version 4 (this build reads versions 1 to 3)",
        assertThrows(JobFailure.class, () -> ModelJson.version(json, "toy", 3)).getMessage());
    json.remove("format_version");
    assertEquals("unsupported toy model format_version null (this build reads version 1)",
        assertThrows(JobFailure.class, () -> ModelJson.version(json, "toy", 1)).getMessage());
  }

  @Test
  void missingOrMisshapenFieldsAreRefusedNamingTheField() {
    ObjectNode json = ModelJson.start("toy", 1);
    json.put("d", 0);
    ModelJson.putRows(json, "m", new double[][] {{1, 2}, {3}});
    assertEquals("\"d\" must be a positive whole number",
        assertThrows(JobFailure.class, () -> ModelJson.positiveInt(json, "d")).getMessage());
    assertEquals("\"w\" must be an array of numbers",
        assertThrows(JobFailure.class, () -> ModelJson.numbers(json, "w", -1)).getMessage());
    assertEquals("\"m\" must be an array of 3 rows",
        assertThrows(JobFailure.class, () -> ModelJson.rows(json, "m", 3, 2)).getMessage());
    assertEquals("\"m\" row 1 must be an array of 2 numbers",
        assertThrows(JobFailure.class, () -> ModelJson.rows(json, "m", 2, 2)).getMessage());
  }
}
