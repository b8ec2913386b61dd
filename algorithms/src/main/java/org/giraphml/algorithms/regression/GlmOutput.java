package org.giraphml.algorithms.regression;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.apache.hadoop.conf.Configuration;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import org.giraphml.api.Figures;
import org.giraphml.api.JobOutput;
import org.giraphml.api.Models;
import org.giraphml.api.ResultSink;

/** Writes model.json and summary.json of a regression (on the master). */
final class GlmOutput {
  private static final Logger LOG = LogManager.getLogger(GlmOutput.class);

  private GlmOutput() {
  }

  static void write(Configuration conf, GlmState s, double[] metrics) {
    GlmModel model = new GlmModel(s.algorithm, s.weights, s.intercept);
    ObjectNode json = model.toJson();
    ObjectNode training = json.putObject("training");
    training.put("solver", s.normalSolver ? "normal" : "lbfgs");
    training.put("l1", s.l1);
    training.put("l2", s.l2);
    training.put("fit_intercept", s.fitIntercept);
    training.put("standardize", s.standardize);
    Figures.requireFinite(json, Models.MODEL_FILE);
    JobOutput.writeJson(conf, Models.MODEL_FILE, json);

    ObjectNode summary = JobOutput.object();
    summary.put("algorithm", s.algorithm);
    summary.put("solver", s.normalSolver ? "normal" : "lbfgs");
    summary.put("rows", s.rows);
    summary.put("dimensions", s.dims);
    summary.put("iterations", s.iteration);
    summary.put("evaluations", s.evaluations);
    summary.put("stop_reason", s.stopReason);
    ArrayNode warnings = summary.putArray("warnings");
    summary.put("objective_name", s.loss == Loss.LOGISTIC
        ? "mean log-loss + penalties" : "half mean squared error + penalties");
    int e = s.labelExponent;
    if (s.normalSolver) {
      // The squared errors are in units of 2^(2e): scalb rounds a true overflow to Infinity.
      s.objectiveHistory.add(Math.scalb(metrics[0] / (2 * s.rows), 2 * e) + s.normalPenalty);
    }
    double objective = s.objectiveHistory.get(s.objectiveHistory.size() - 1);
    summary.put("objective", objective);
    warnIfOverflowed(s, "objective", objective);
    ArrayNode history = summary.putArray("objective_history");
    s.objectiveHistory.forEach(history::add);
    ArrayNode grads = summary.putArray("gradient_norm_history");
    s.gradientNormHistory.forEach(grads::add);
    ArrayNode secs = summary.putArray("iteration_seconds");
    s.iterationSeconds.forEach(secs::add);
    if (!s.normalSolver) {
      ObjectNode traffic = summary.putObject("messages_per_evaluation");
      traffic.put("data_blocks", s.blocks);
      traffic.put("weight_shards", s.featureShards() + (s.fitIntercept ? 1 : 0));
      traffic.put("weight_messages", s.weightMessages);
      traffic.put("weight_bytes", s.weightBytes);
      traffic.put("gradient_messages", s.gradientMessages);
      traffic.put("gradient_bytes", s.gradientBytes);
      // What sending every block the whole weight vector (a dense broadcast) would cost.
      traffic.put("dense_broadcast_bytes", s.blocks * (long) (s.dims + 1) * Double.BYTES);
    }
    double n = s.rows;
    if (s.loss == Loss.LOGISTIC) {
      summary.put("log_loss", metrics[0] / n);
      summary.put("accuracy", metrics[1] / n);
      summary.put("auc", auc(metrics));
      boolean separated = s.smallestMargin > 0;
      summary.put("perfectly_separated", separated);
      if (separated && s.l2 == 0 && s.l1 == 0) {
        s.warn(LOG, String.format(java.util.Locale.ROOT, "the model separates the two classes "
            + "perfectly (every row on its side of the boundary, smallest margin %.3g): the data "
            + "is linearly separable, so without a penalty the weights grow without bound and "
            + "their size only reflects where the solver stopped. Give --l2 > 0 for a finite, "
            + "meaningful model", s.smallestMargin));
      }
    } else {
      double rmse = Math.scalb(Math.sqrt(metrics[0] / n), e);
      double mae = Math.scalb(metrics[1] / n, e);
      summary.put("rmse", rmse);
      summary.put("mae", mae);
      warnIfOverflowed(s, "rmse", rmse);
      warnIfOverflowed(s, "mae", mae);
      // A ratio of two sums in the same unit: no scaling needed.
      summary.put("r2", metrics[2] > 0 ? 1 - metrics[0] / metrics[2] : Double.NaN);
      if (!(metrics[2] > 0)) {
        s.warn(LOG, "r2 is NaN: every label is the same, so there is no variance to explain");
      }
    }
    summary.put("train_seconds", s.seconds());
    for (String w : Figures.unexplainedNaNs(summary, s.warnings)) {
      s.warn(LOG, w);
    }
    s.warnings.forEach(warnings::add);
    JobOutput.writeJson(conf, ResultSink.HANDOFF_FILE, summary);
  }

  /** Warns that a figure is beyond a double, unless a warning already speaks of it. */
  private static void warnIfOverflowed(GlmState s, String name, double value) {
    if (Double.isInfinite(value) && s.warnings.stream().noneMatch(w -> w.contains(name))) {
      s.warn(LOG, name + " exceeds the largest double (1.8e308) and is reported as Infinity; "
          + "the model is unaffected. Scale the label down for a finite figure");
    }
  }

  /**
   * Area under the ROC curve from per-class histograms of predicted probabilities: the chance
   * a positive row scores above a negative one, ties (same bin) counting half. Exact up to
   * scores closer than 1/{@value MetricsPiece#AUC_BINS}.
   */
  static double auc(double[] metrics) {
    int bins = MetricsPiece.AUC_BINS;
    double positives = 0;
    double negatives = 0;
    for (int i = 0; i < bins; i++) {
      positives += metrics[2 + i];
      negatives += metrics[2 + bins + i];
    }
    if (positives == 0 || negatives == 0) {
      return Double.NaN;
    }
    double negativesBelow = 0;
    double area = 0;
    for (int i = 0; i < bins; i++) {
      double pos = metrics[2 + i];
      double neg = metrics[2 + bins + i];
      area += pos * (negativesBelow + 0.5 * neg);
      negativesBelow += neg;
    }
    return area / (positives * negatives);
  }
}
