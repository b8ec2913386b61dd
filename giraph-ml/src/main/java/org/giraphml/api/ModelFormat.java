package org.giraphml.api;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Reads one algorithm's {@code model.json}. Implementations are registered as services
 * ({@code META-INF/services/org.giraphml.api.ModelFormat}) and must keep reading every
 * {@code format_version} they ever wrote.
 */
public interface ModelFormat {
  /** The {@code algorithm} value this format reads. */
  String algorithm();

  /**
   * @throws org.giraphml.io.JobFailure naming the problem if the JSON is not a valid model
   */
  MlModel fromJson(JsonNode json);
}
