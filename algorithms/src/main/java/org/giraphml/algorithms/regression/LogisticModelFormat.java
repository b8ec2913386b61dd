package org.giraphml.algorithms.regression;

import com.fasterxml.jackson.databind.JsonNode;
import org.giraphml.api.MlModel;
import org.giraphml.api.ModelFormat;

/** Reads logistic regression models: binomial (format 1) and multinomial (format 2). */
public final class LogisticModelFormat implements ModelFormat {
  @Override
  public String algorithm() {
    return LogisticRegression.NAME;
  }

  @Override
  public MlModel fromJson(JsonNode json) {
    return json.path("format_version").asInt(-1) == MultinomialModel.FORMAT_VERSION
        ? MultinomialModel.fromJson(json) : GlmModel.fromJson(LogisticRegression.NAME, json);
  }
}
