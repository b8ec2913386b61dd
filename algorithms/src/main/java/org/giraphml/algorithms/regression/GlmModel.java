package org.giraphml.algorithms.regression;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.giraphml.api.JobOutput;
import org.giraphml.api.MlModel;
import org.giraphml.graph.DataBlock;
import org.giraphml.io.JobFailure;

/**
 * A trained linear or logistic regression model: weights on the features' original scale and
 * an intercept. Linear models predict {@code x.w + b}; logistic models the probability of class
 * 1, {@code 1 / (1 + e^-(x.w + b))}. Immutable.
 */
public final class GlmModel implements MlModel {
  public static final int FORMAT_VERSION = 1;

  private final String algorithm;
  private final double[] weights;
  private final double intercept;

  public GlmModel(String algorithm, double[] weights, double intercept) {
    this.algorithm = algorithm;
    this.weights = weights.clone();
    this.intercept = intercept;
  }

  public double[] weights() {
    return weights.clone();
  }

  public double intercept() {
    return intercept;
  }

  boolean logistic() {
    return LogisticRegression.NAME.equals(algorithm);
  }

  /** {@code x.w + b} for row {@code r}; {@code model} holds the d weights then the intercept. */
  static double margin(DataBlock block, int r, double[] model, int d) {
    double m = model[d];
    double[] x = block.values();
    if (block.isSparse()) {
      int[] cols = block.columns();
      for (int p = block.rowStart()[r]; p < block.rowStart()[r + 1]; p++) {
        m += x[p] * model[cols[p]];
      }
    } else {
      int off = r * d;
      for (int j = 0; j < d; j++) {
        m += x[off + j] * model[j];
      }
    }
    return m;
  }

  /** The prediction for one dense row. */
  public double predict(double[] row) {
    if (row.length != weights.length) {
      throw new JobFailure("row has " + row.length + " features, the model " + weights.length);
    }
    double m = intercept;
    for (int j = 0; j < row.length; j++) {
      m += row[j] * weights[j];
    }
    return logistic() ? Loss.sigmoid(m) : m;
  }

  @Override
  public String algorithm() {
    return algorithm;
  }

  @Override
  public int dimensions() {
    return weights.length;
  }

  @Override
  public String predictionName() {
    return logistic() ? "probability" : "prediction";
  }

  @Override
  public boolean integerPredictions() {
    return false;
  }

  @Override
  public void predict(DataBlock block, double[] out) {
    int d = weights.length;
    if (!block.isSparse() && block.dims() != d) {
      throw new JobFailure("the data has " + block.dims() + " features, the model " + d);
    }
    double[] model = new double[d + 1];
    System.arraycopy(weights, 0, model, 0, d);
    model[d] = intercept;
    for (int r = 0; r < block.rows(); r++) {
      double m = margin(block, r, model, d);
      out[r] = logistic() ? Loss.sigmoid(m) : m;
    }
  }

  @Override
  public ObjectNode toJson() {
    ObjectNode json = JobOutput.object();
    json.put("algorithm", algorithm);
    json.put("format_version", FORMAT_VERSION);
    json.put("dimensions", weights.length);
    json.put("intercept", intercept);
    ArrayNode w = json.putArray("weights");
    for (double v : weights) {
      w.add(v);
    }
    return json;
  }

  static GlmModel fromJson(String algorithm, JsonNode json) {
    int version = json.path("format_version").asInt(-1);
    if (version != FORMAT_VERSION) {
      throw new JobFailure("unsupported " + algorithm + " model format_version "
          + json.get("format_version") + " (this build reads version 1)");
    }
    JsonNode w = json.get("weights");
    int d = json.path("dimensions").asInt(-1);
    if (w == null || !w.isArray() || w.size() != d) {
      throw new JobFailure("\"weights\" must be an array of \"dimensions\" = " + d + " numbers");
    }
    double[] weights = new double[d];
    for (int j = 0; j < d; j++) {
      if (!w.get(j).isNumber()) {
        throw new JobFailure("weight " + j + " is not a number");
      }
      weights[j] = w.get(j).asDouble();
    }
    if (!json.path("intercept").isNumber()) {
      throw new JobFailure("\"intercept\" must be a number");
    }
    return new GlmModel(algorithm, weights, json.get("intercept").asDouble());
  }
}
