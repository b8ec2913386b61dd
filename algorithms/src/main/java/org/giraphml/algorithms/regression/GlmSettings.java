package org.giraphml.algorithms.regression;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Optional;
import java.util.OptionalInt;
import org.apache.hadoop.conf.Configuration;
import org.giraphml.api.JobOutput;
import org.giraphml.conf.EnumOption;

/**
 * The settings of one regression run, parsed once from the job's configuration
 * ({@link RegressionSettings} declares the options, defaults and validators) and handed to the
 * pieces that need them. Immutable.
 *
 * <p>Not a record: pieces, and with them these settings, travel from the master to the workers
 * through Kryo, which cannot write the fields of a record.
 */
final class GlmSettings {
  private String algorithm;
  private Loss loss;
  private Solver solver;
  private double l1;
  private double l2;
  private boolean fitIntercept;
  private boolean standardize;
  private boolean unlimitedIterations;
  private int maxIterations;
  private double tolerance;
  private int history;
  private int shardFeatures;
  private String initModel;

  /** For Kryo. */
  private GlmSettings() {
  }

  /**
   * The settings {@code conf} gives for {@code algorithm}.
   *
   * @param solver {@link Solver#NORMAL} or {@link Solver#LBFGS}, already resolved from
   *     {@link Solver#AUTO}
   */
  static GlmSettings from(Configuration conf, String algorithm, Loss loss, Solver solver) {
    if (solver == Solver.AUTO) {
      throw new IllegalArgumentException("resolve --solver auto before building the settings");
    }
    GlmSettings s = new GlmSettings();
    s.algorithm = algorithm;
    s.loss = loss;
    s.solver = solver;
    s.l1 = RegressionSettings.L1.get(conf);
    s.l2 = RegressionSettings.L2.get(conf);
    s.fitIntercept = RegressionSettings.FIT_INTERCEPT.get(conf);
    s.standardize = RegressionSettings.STANDARDIZE.get(conf);
    OptionalInt cap = RegressionSettings.MAX_ITERATIONS.get(conf);
    s.unlimitedIterations = cap.isEmpty();
    s.maxIterations = cap.orElse(0);
    s.tolerance = RegressionSettings.TOLERANCE.get(conf);
    s.history = RegressionSettings.HISTORY.get(conf);
    s.shardFeatures = RegressionSettings.SHARD_FEATURES.get(conf);
    s.initModel = RegressionSettings.INIT_MODEL.get(conf).orElse(null);
    return s;
  }

  /** The command name ({@code linreg}, {@code logreg}), for logs and the model. */
  String algorithm() {
    return algorithm;
  }

  Loss loss() {
    return loss;
  }

  /** {@link Solver#NORMAL} or {@link Solver#LBFGS}. */
  Solver solver() {
    return solver;
  }

  /** The L1 penalty weight (on standardised coefficients with standardisation). */
  double l1() {
    return l1;
  }

  /** The L2 penalty weight. */
  double l2() {
    return l2;
  }

  boolean fitIntercept() {
    return fitIntercept;
  }

  boolean standardize() {
    return standardize;
  }

  /** The L-BFGS iteration cap; empty for {@code unlimited}. */
  OptionalInt maxIterations() {
    return unlimitedIterations ? OptionalInt.empty() : OptionalInt.of(maxIterations);
  }

  /** Relative objective improvement and gradient norm below which L-BFGS stops. */
  double tolerance() {
    return tolerance;
  }

  /** Correction pairs L-BFGS keeps. */
  int history() {
    return history;
  }

  /** Features per weight shard. */
  int shardFeatures() {
    return shardFeatures;
  }

  /** The model directory L-BFGS starts from (a warm start), if given. */
  Optional<String> initModel() {
    return Optional.ofNullable(initModel);
  }

  /** The settings saved with the model, under {@code training} in model.json. */
  ObjectNode toJson() {
    ObjectNode training = JobOutput.object();
    training.put("solver", EnumOption.nameOf(solver));
    training.put("l1", l1);
    training.put("l2", l2);
    training.put("fit_intercept", fitIntercept);
    training.put("standardize", standardize);
    if (initModel != null) {
      training.put("init_model", initModel);
    }
    return training;
  }
}
