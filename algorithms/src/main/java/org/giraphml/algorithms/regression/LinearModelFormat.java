package org.giraphml.algorithms.regression;

import com.fasterxml.jackson.databind.JsonNode;
import org.giraphml.api.MlModel;
import org.giraphml.api.ModelFormat;

/** Reads linear regression models. */
public final class LinearModelFormat implements ModelFormat {
  @Override
  public String algorithm() {
    return LinearRegression.NAME;
  }

  @Override
  public MlModel fromJson(JsonNode json) {
    return GlmModel.fromJson(LinearRegression.NAME, json);
  }
}
