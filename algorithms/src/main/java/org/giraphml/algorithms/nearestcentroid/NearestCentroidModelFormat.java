package org.giraphml.algorithms.nearestcentroid;

import com.fasterxml.jackson.databind.JsonNode;
import org.giraphml.api.MlModel;
import org.giraphml.api.ModelFormat;
import org.giraphml.api.ModelJson;
import org.giraphml.io.JobFailure;

/** Reads {@code model.json} files written by {@link NearestCentroidModel}, every version. */
public final class NearestCentroidModelFormat implements ModelFormat {
  @Override
  public String algorithm() {
    return NearestCentroidModel.ALGORITHM;
  }

  @Override
  public MlModel fromJson(JsonNode json) {
    ModelJson.version(json, algorithm(), NearestCentroidModel.FORMAT_VERSION);
    int dims = ModelJson.positiveInt(json, "dimensions");
    double[] classes = ModelJson.numbers(json, "classes", -1);
    double[][] centroids = ModelJson.rows(json, "centroids", classes.length, dims);
    for (int c = 1; c < classes.length; c++) {
      if (!(classes[c - 1] < classes[c])) {
        throw new JobFailure("\"classes\" must be increasing, got " + classes[c - 1] + " then "
            + classes[c]);
      }
    }
    return new NearestCentroidModel(classes, centroids);
  }
}
