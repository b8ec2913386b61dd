package org.giraphml.algorithms.nearestcentroid;

import com.fasterxml.jackson.databind.JsonNode;
import org.giraphml.api.MlModel;
import org.giraphml.api.ModelFormat;
import org.giraphml.io.JobFailure;

/** Reads {@code model.json} files written by {@link NearestCentroidModel}, every version. */
public final class NearestCentroidModelFormat implements ModelFormat {
  @Override
  public String algorithm() {
    return NearestCentroidModel.ALGORITHM;
  }

  @Override
  public MlModel fromJson(JsonNode json) {
    if (json.path("format_version").asInt(-1) != 1) {
      throw new JobFailure("unsupported " + algorithm() + " model format_version "
          + json.get("format_version") + " (this build reads version 1)");
    }
    JsonNode d = json.get("dimensions");
    if (d == null || !d.canConvertToInt() || d.asInt() < 1) {
      throw new JobFailure("\"dimensions\" must be a positive whole number");
    }
    double[] classes = numbers(json.get("classes"), -1, "\"classes\"");
    JsonNode rows = json.get("centroids");
    if (rows == null || !rows.isArray() || rows.size() != classes.length) {
      throw new JobFailure("\"centroids\" must be an array of one row per class ("
          + classes.length + ")");
    }
    double[][] centroids = new double[classes.length][];
    for (int c = 0; c < classes.length; c++) {
      centroids[c] = numbers(rows.get(c), d.asInt(), "centroid " + c);
      if (c > 0 && !(classes[c - 1] < classes[c])) {
        throw new JobFailure("\"classes\" must be increasing, got " + classes[c - 1] + " then "
            + classes[c]);
      }
    }
    return new NearestCentroidModel(classes, centroids);
  }

  /** A non-empty array of finite numbers, of {@code length} values unless it is negative. */
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
