package org.giraphml.algorithms.regression;

import com.fasterxml.jackson.databind.JsonNode;
import org.giraphml.api.MlModel;
import org.giraphml.api.ModelFormat;

/** Reads logistic regression models. */
public final class LogisticModelFormat implements ModelFormat {
  @Override
  public String algorithm() {
    return LogisticRegression.NAME;
  }

  @Override
  public MlModel fromJson(JsonNode json) {
    return GlmModel.fromJson(LogisticRegression.NAME, json);
  }
}
