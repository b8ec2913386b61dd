package org.giraphml.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.giraphml.io.JobFailure;

/**
 * Writing and reading the numbers of a {@code model.json}, for {@link MlModel#toJson} and
 * {@link ModelFormat#fromJson}: the start every model file has, and arrays of finite numbers
 * read back with one-line errors naming the field ({@link Models} prefixes the file).
 */
public final class ModelJson {
  private ModelJson() {
  }

  /** A new model object starting with {@code algorithm} and {@code format_version}. */
  public static ObjectNode start(String algorithm, int formatVersion) {
    ObjectNode json = JobOutput.object();
    json.put("algorithm", algorithm);
    json.put("format_version", formatVersion);
    return json;
  }

  /** Puts {@code values} as an array field. */
  public static void putNumbers(ObjectNode json, String field, double[] values) {
    ArrayNode array = json.putArray(field);
    for (double v : values) {
      array.add(v);
    }
  }

  /** Puts {@code rows} as an array of arrays. */
  public static void putRows(ObjectNode json, String field, double[][] rows) {
    ArrayNode array = json.putArray(field);
    for (double[] row : rows) {
      ArrayNode a = array.addArray();
      for (double v : row) {
        a.add(v);
      }
    }
  }

  /**
   * The file's {@code format_version}, if this build reads it.
   *
   * @throws JobFailure naming the version found and the ones read
   */
  public static int version(JsonNode json, String algorithm, int newest) {
    JsonNode v = json.get("format_version");
    if (v == null || !v.canConvertToInt() || v.asInt() < 1 || v.asInt() > newest) {
      throw new JobFailure("unsupported " + algorithm + " model format_version " + v
          + " (this build reads " + (newest == 1 ? "version 1)" : "versions 1 to " + newest + ")"));
    }
    return v.asInt();
  }

  /** A whole number >= 1. */
  public static int positiveInt(JsonNode json, String field) {
    JsonNode v = json.get(field);
    if (v == null || !v.canConvertToInt() || v.asInt() < 1) {
      throw new JobFailure("\"" + field + "\" must be a positive whole number");
    }
    return v.asInt();
  }

  /** A non-empty array of finite numbers; of exactly {@code length} when that is >= 0. */
  public static double[] numbers(JsonNode json, String field, int length) {
    return numbers(json.get(field), length, "\"" + field + "\"");
  }

  /** An array of {@code rows} arrays of {@code length} finite numbers each. */
  public static double[][] rows(JsonNode json, String field, int rows, int length) {
    JsonNode array = json.get(field);
    if (array == null || !array.isArray() || array.size() != rows) {
      throw new JobFailure("\"" + field + "\" must be an array of " + rows
          + (rows == 1 ? " row" : " rows"));
    }
    double[][] out = new double[rows][];
    for (int r = 0; r < rows; r++) {
      out[r] = numbers(array.get(r), length, "\"" + field + "\" row " + r);
    }
    return out;
  }

  private static double[] numbers(JsonNode array, int length, String what) {
    if (array == null || !array.isArray() || array.isEmpty()
        || (length >= 0 && array.size() != length)) {
      throw new JobFailure(what + " must be an array of "
          + (length >= 0 ? length + " numbers" : "numbers"));
    }
    double[] out = new double[array.size()];
    for (int i = 0; i < out.length; i++) {
      if (!array.get(i).isNumber() || !Double.isFinite(array.get(i).asDouble())) {
        throw new JobFailure(what + ": value " + i + " is not a finite number");
      }
      out[i] = array.get(i).asDouble();
    }
    return out;
  }
}
