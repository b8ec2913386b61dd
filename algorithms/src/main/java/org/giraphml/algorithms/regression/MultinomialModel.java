package org.giraphml.algorithms.regression;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import org.giraphml.api.JobOutput;
import org.giraphml.api.ProbabilisticModel;
import org.giraphml.graph.DataBlock;
import org.giraphml.io.JobFailure;

/**
 * A trained multinomial logistic regression model: K classes (their label values, sorted), and
 * per class a weight vector on the features' original scale and an intercept. The probability
 * of class c is the softmax {@code e^{m_c} / sum_k e^{m_k}} of the margins
 * {@code m_c = x.w_c + b_c}; the prediction is the label of the most probable class (the
 * lowest class on ties). Saved in {@code model.json} as {@code logreg} format version
 * {@value #FORMAT_VERSION} with {@code "family": "multinomial"}. Immutable.
 */
public final class MultinomialModel implements ProbabilisticModel {
  public static final int FORMAT_VERSION = 2;

  private final double[] classes;
  private final double[][] weights;
  private final double[] intercepts;

  /**
   * @param classes the K label values, ascending
   * @param weights K rows of d weights
   * @param intercepts K intercepts
   */
  public MultinomialModel(double[] classes, double[][] weights, double[] intercepts) {
    this.classes = classes.clone();
    this.weights = new double[weights.length][];
    for (int c = 0; c < weights.length; c++) {
      this.weights[c] = weights[c].clone();
    }
    this.intercepts = intercepts.clone();
  }

  /** The model {@link SoftmaxCollectPiece} assembles: K x (d + 1), class-major. */
  static MultinomialModel of(double[] classes, double[] packed, int d) {
    int k = classes.length;
    double[][] w = new double[k][d];
    double[] b = new double[k];
    for (int c = 0; c < k; c++) {
      System.arraycopy(packed, c * (d + 1), w[c], 0, d);
      b[c] = packed[c * (d + 1) + d];
    }
    return new MultinomialModel(classes, w, b);
  }

  /** The label values of the classes, ascending. */
  public double[] classes() {
    return classes.clone();
  }

  /** Number of classes, K. */
  public int classCount() {
    return classes.length;
  }

  /** Class {@code c}'s weights. */
  public double[] weights(int c) {
    return weights[c].clone();
  }

  /** Class {@code c}'s intercept. */
  public double intercept(int c) {
    return intercepts[c];
  }

  @Override
  public String algorithm() {
    return LogisticRegression.NAME;
  }

  @Override
  public int dimensions() {
    return weights[0].length;
  }

  @Override
  public String predictionName() {
    return "class";
  }

  @Override
  public boolean integerPredictions() {
    return true;
  }

  /** The labels as predictions.csv prints them: {@code 2}, {@code 2.5}. */
  @Override
  public List<String> classNames() {
    List<String> names = new ArrayList<>();
    for (double v : classes) {
      names.add(BinaryLabels.format(v));
    }
    return names;
  }

  /**
   * Every row's class probabilities into {@code out}: {@code rows * K} values, row-major.
   */
  @Override
  public void probabilities(DataBlock block, double[] out) {
    int d = dimensions();
    int k = classes.length;
    if (!block.isSparse() && block.dims() != d) {
      throw new JobFailure("the data has " + block.dims() + " features, the model " + d);
    }
    double[] x = block.values();
    for (int r = 0; r < block.rows(); r++) {
      int from = block.isSparse() ? block.rowStart()[r] : r * d;
      int to = block.isSparse() ? block.rowStart()[r + 1] : from + d;
      for (int c = 0; c < k; c++) {
        double m = intercepts[c];
        double[] w = weights[c];
        for (int p = from; p < to; p++) {
          m += x[p] * w[block.isSparse() ? block.columns()[p] : p - from];
        }
        out[r * k + c] = m;
      }
      SoftmaxLoss.softmax(out, r * k, k);
    }
  }

  @Override
  public void predict(DataBlock block, double[] out) {
    int k = classes.length;
    double[] p = new double[block.rows() * k];
    probabilities(block, p);
    for (int r = 0; r < block.rows(); r++) {
      out[r] = Double.isNaN(p[r * k]) ? Double.NaN : classes[SoftmaxLoss.argmax(p, r * k, k)];
    }
  }

  @Override
  public ObjectNode toJson() {
    ObjectNode json = JobOutput.object();
    json.put("algorithm", algorithm());
    json.put("format_version", FORMAT_VERSION);
    json.put("family", "multinomial");
    json.put("dimensions", dimensions());
    ArrayNode labels = json.putArray("classes");
    for (double v : classes) {
      labels.add(v);
    }
    ArrayNode b = json.putArray("intercepts");
    for (double v : intercepts) {
      b.add(v);
    }
    ArrayNode w = json.putArray("weights");
    for (double[] row : weights) {
      ArrayNode a = w.addArray();
      for (double v : row) {
        a.add(v);
      }
    }
    return json;
  }

  /** Reads {@link #toJson}'s output. */
  static MultinomialModel fromJson(JsonNode json) {
    if (!"multinomial".equals(json.path("family").asText())) {
      throw new JobFailure("logreg model format_version 2 needs \"family\": \"multinomial\", "
          + "got " + json.get("family"));
    }
    int d = json.path("dimensions").asInt(-1);
    double[] classes = numbers(json.get("classes"), -1, "classes");
    int k = classes.length;
    if (k < 2 || d < 0) {
      throw new JobFailure("a multinomial model needs \"dimensions\" >= 0 and at least 2 "
          + "\"classes\"");
    }
    for (int c = 1; c < k; c++) {
      if (!(classes[c] > classes[c - 1])) {
        throw new JobFailure("\"classes\" must be ascending and distinct");
      }
    }
    double[] intercepts = numbers(json.get("intercepts"), k, "intercepts");
    JsonNode w = json.get("weights");
    if (w == null || !w.isArray() || w.size() != k) {
      throw new JobFailure("\"weights\" must be an array of " + k + " arrays (one per class)");
    }
    double[][] weights = new double[k][];
    for (int c = 0; c < k; c++) {
      weights[c] = numbers(w.get(c), d, "weights[" + c + "]");
    }
    return new MultinomialModel(classes, weights, intercepts);
  }

  private static double[] numbers(JsonNode a, int length, String name) {
    if (a == null || !a.isArray() || (length >= 0 && a.size() != length)) {
      throw new JobFailure("\"" + name + "\" must be an array"
          + (length >= 0 ? " of " + length + " numbers" : " of numbers"));
    }
    double[] out = new double[a.size()];
    for (int i = 0; i < out.length; i++) {
      if (!a.get(i).isNumber()) {
        throw new JobFailure("\"" + name + "\"[" + i + "] is not a number");
      }
      out[i] = a.get(i).asDouble();
    }
    return out;
  }
}
