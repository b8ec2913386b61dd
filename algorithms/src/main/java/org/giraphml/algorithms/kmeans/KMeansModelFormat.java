package org.giraphml.algorithms.kmeans;

import com.fasterxml.jackson.databind.JsonNode;
import org.giraphml.api.MlModel;
import org.giraphml.api.ModelFormat;
import org.giraphml.io.JobFailure;

/** Reads {@code model.json} files written by {@link KMeansModel}, every format version. */
public final class KMeansModelFormat implements ModelFormat {
  @Override
  public String algorithm() {
    return KMeansModel.ALGORITHM;
  }

  @Override
  public MlModel fromJson(JsonNode json) {
    int version = json.path("format_version").asInt(-1);
    if (version != 1) {
      throw new JobFailure("unsupported kmeans model format_version " + json.get("format_version")
          + " (this build reads version 1)");
    }
    int k = requireInt(json, "k");
    int dims = requireInt(json, "dimensions");
    DistanceMeasure distance = KMeansSettings.DISTANCE.parse(json.path("distance").asText(""));
    JsonNode rows = json.get("centroids");
    if (rows == null || !rows.isArray() || rows.size() != k) {
      throw new JobFailure("\"centroids\" must be an array of k = " + k + " rows");
    }
    double[] c = new double[k * dims];
    for (int j = 0; j < k; j++) {
      JsonNode row = rows.get(j);
      if (!row.isArray() || row.size() != dims) {
        throw new JobFailure("centroid " + j + " must have " + dims + " values");
      }
      for (int t = 0; t < dims; t++) {
        JsonNode v = row.get(t);
        if (!v.isNumber() || !Double.isFinite(v.asDouble())) {
          throw new JobFailure("centroid " + j + " value " + t + " is not a finite number");
        }
        c[j * dims + t] = v.asDouble();
      }
    }
    return new KMeansModel(k, dims, c, distance);
  }

  private static int requireInt(JsonNode json, String field) {
    JsonNode v = json.get(field);
    if (v == null || !v.canConvertToInt() || v.asInt() < 1) {
      throw new JobFailure("\"" + field + "\" must be a positive whole number");
    }
    return v.asInt();
  }
}
