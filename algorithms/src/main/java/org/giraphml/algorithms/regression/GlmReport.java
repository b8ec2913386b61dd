package org.giraphml.algorithms.regression;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.apache.giraph.block_app.framework.api.BlockMasterApi;
import org.giraphml.api.JobOutput;
import org.giraphml.api.MlModel;
import org.giraphml.api.ResultSink;
import org.giraphml.api.Shared;
import org.giraphml.api.TrainingResult;
import org.giraphml.api.TrainingSummary;
import org.giraphml.conf.EnumOption;

/**
 * Turns a finished regression into its {@link TrainingResult} and hands it to the
 * {@link ResultSink}: the model from the shared weights, the settings, and the summary — the
 * contract fields, then {@code solver}, {@code dimensions}, {@code evaluations},
 * {@code gradient_norm_history}, {@code iteration_seconds}, the solver's own details (L-BFGS:
 * {@code messages_per_evaluation}) and the metrics piece's figures. A master-only helper
 * shared by the two metrics pieces.
 */
final class GlmReport {
  private GlmSettings settings;
  private Shared<DataShape> shape;
  private Shared<double[]> model;
  private SolverRun run;
  private IterationHistory history;
  private Warnings warnings;
  private ResultSink sink;

  /** For Kryo. */
  private GlmReport() {
  }

  GlmReport(GlmSettings settings, Shared<DataShape> shape, Shared<double[]> model, SolverRun run,
      IterationHistory history, Warnings warnings, ResultSink sink) {
    this.settings = settings;
    this.shape = shape;
    this.model = model;
    this.run = run;
    this.history = history;
    this.warnings = warnings;
    this.sink = sink;
  }

  Warnings warnings() {
    return warnings;
  }

  boolean fitIntercept() {
    return settings.fitIntercept();
  }

  /**
   * The summary details the solver decides, after recording the final objective: {@code
   * meanLoss} is the unpenalised mean loss at the model (used by the normal equations, which
   * evaluate it only here).
   */
  ObjectNode solverDetails(double meanLoss) {
    run.finalObjective(meanLoss);
    warnIfOverflowed("objective", history.objective());
    ObjectNode details = JobOutput.object();
    details.put("solver", EnumOption.nameOf(settings.solver()));
    if (shape.get().weighted()) {
      details.put("total_weight", shape.get().totalWeight());
      details.put("weighted_rows", shape.get().weightedRows());
    }
    details.put("dimensions", shape.get().dims());
    details.put("evaluations", run.evaluations());
    ArrayNode grads = details.putArray("gradient_norm_history");
    history.gradientNorms().forEach(grads::add);
    ArrayNode secs = details.putArray("iteration_seconds");
    history.iterationSeconds().forEach(secs::add);
    run.describe(details);
    return details;
  }

  /** Warns that a figure is beyond a double, unless a warning already speaks of it. */
  void warnIfOverflowed(String name, double value) {
    if (Double.isInfinite(value) && !warnings.mention(name)) {
      warnings.warn(name + " exceeds the largest double (1.8e308) and is reported as Infinity; "
          + "the model is unaffected. Scale the label down for a finite figure");
    }
  }

  /**
   * Adds the {@code inference} object where the solver has the inverse Gram diagonal
   * ({@link NormalInference}), or the warning that says why an unpenalised normal-equations
   * fit has none.
   *
   * @param rss the residual sum of squares at the model, in units of {@code 2^(2 e)}
   * @param tss the total sum of squares (about the label's mean with an intercept, about 0
   *     without), in units of {@code 2^(2 e)}
   * @param logWeights the sum of the logs of the positive sample weights (0 unweighted), which
   *     the weighted log-likelihood adds (statsmodels' WLS)
   * @param e the label's scale exponent ({@link DataShape#labelExponent})
   */
  void addInference(ObjectNode details, double rss, double tss, double logWeights, int e) {
    // Weighted: the rows of positive weight are the sample (statsmodels' WLS on those rows).
    long n = shape.get().weightedRows();
    int m = shape.get().dims() + (settings.fitIntercept() ? 1 : 0);
    run.inverseGramDiagonal().ifPresentOrElse(diagonal -> {
      if (n <= m) {
        warnings.warn("no inference: it needs more rows (" + n + ") than coefficients (" + m
            + ")");
      } else if (!Double.isFinite(rss) || !(tss > 0) || Double.isInfinite(tss)) {
        warnings.warn("no inference: the residual or total sum of squares is not a positive "
            + "finite number");
      } else {
        NormalInference.describe(details, diagonal, model.get(), settings.fitIntercept(), rss,
            tss, n, logWeights, e);
      }
    }, () -> run.noInferenceReason().ifPresent(r -> warnings.warn("no inference: " + r)));
  }

  /** Builds the result and saves it (model.json and summary.json). */
  void save(BlockMasterApi api, ObjectNode details) {
    double[] w = model.get();
    int d = shape.get().dims();
    double[] weights = new double[d];
    System.arraycopy(w, 0, weights, 0, d);
    save(api, details, new GlmModel(settings.algorithm(), weights, w[d]));
  }

  /** Saves {@code trained} (a model the shared weights do not describe) and the summary. */
  void save(BlockMasterApi api, ObjectNode details, MlModel trained) {
    StopReason reason = run.stopReason().orElseThrow(
        () -> new IllegalStateException("the solver has not stopped"));
    TrainingSummary summary = TrainingSummary.builder(settings.algorithm())
        .rows(shape.get().rows())
        .iterations(run.iterations(), reason)
        .objective(settings.loss().objectiveName(), history.objective(), history.objectives())
        .warnings(warnings.all())
        .details(details)
        .trainSeconds(history.seconds())
        .build();
    sink.save(api, new TrainingResult(trained, settings.toJson(), summary));
  }
}
