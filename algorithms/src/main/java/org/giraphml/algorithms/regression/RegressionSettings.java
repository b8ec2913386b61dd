package org.giraphml.algorithms.regression;

import org.giraphml.conf.BooleanOption;
import org.giraphml.conf.ConfOption;
import org.giraphml.conf.DoubleOption;
import org.giraphml.conf.EnumOption;
import org.giraphml.conf.IntOption;
import org.giraphml.conf.IterationLimitOption;
import org.giraphml.conf.OptionalStringOption;

/**
 * Options of {@code linreg} and {@code logreg}. The objective is
 * {@code (1/n) sum loss(x.w + b, y) + (l2/2)|w|^2 + l1 |w|_1}, the intercept b not penalised;
 * with standardisation the penalties apply to the coefficients of features scaled to unit
 * standard deviation (as in Spark and glmnet), and the saved model is on the original scale.
 */
public final class RegressionSettings {
  /** Most features the normal-equation solver accepts (its Gram matrix is d x d). */
  public static final int NORMAL_MAX_FEATURES = 4096;

  private RegressionSettings() {
  }

  public static final DoubleOption L1 = new DoubleOption("giraphml.regression.l1", "l1", 0.0,
      0.0, "L1 penalty weight (lasso; elastic net with --l2); needs --solver lbfgs.");

  public static final DoubleOption L2 = new DoubleOption("giraphml.regression.l2", "l2", 0.0,
      0.0, "L2 penalty weight (ridge).");

  public static final BooleanOption FIT_INTERCEPT = new BooleanOption(
      "giraphml.regression.fit-intercept", "fit-intercept", true,
      "Fit an unpenalised intercept; --fit-intercept=false fits none.");

  public static final BooleanOption STANDARDIZE = new BooleanOption(
      "giraphml.regression.standardize", "standardize", true,
      "Scale features to unit standard deviation while fitting (penalties then treat features "
          + "alike; also far better conditioning for L-BFGS); the saved model is on the "
          + "original scale. --standardize=false penalises raw coefficients.");

  public static final IterationLimitOption MAX_ITERATIONS = new IterationLimitOption(
      "giraphml.regression.max-iterations", "max-iterations", 100,
      "Most L-BFGS iterations, or 'unlimited'.");

  public static final DoubleOption TOLERANCE = new DoubleOption(
      "giraphml.regression.tolerance", "tolerance", 1e-9, 0.0,
      "L-BFGS stops when the objective improves by less than this, relatively, or the "
          + "(pseudo-)gradient norm falls below it.");

  public static final IntOption HISTORY = new IntOption("giraphml.regression.history",
      "history", 10, 1, 100, "Correction pairs L-BFGS remembers.");

  public static final OptionalStringOption INIT_MODEL = (OptionalStringOption)
      new OptionalStringOption("giraphml.regression.init-model", "init-model",
          "Model directory of an earlier run of the same command to continue from (a warm "
              + "start): L-BFGS starts from its coefficients and intercept. Its features (number, "
              + "and names where both have them), --standardize and --fit-intercept must be "
              + "this run's; linreg's "
              + "--solver auto then picks lbfgs, and --solver normal is refused.")
          .namesInputs(ConfOption.InputPaths.ONE);

  public static final IntOption SHARD_FEATURES = new IntOption(
      "giraphml.regression.shard-features", "shard-features", 16384, 1, 1 << 26,
      "Features per model vertex (weight shard); a data block talks only to the shards whose "
          + "features it has.");

  /** Only {@code linreg} has a choice of solver. */
  public static final EnumOption<Solver> SOLVER = new EnumOption<>(
      "giraphml.linreg.solver", "solver", Solver.class, Solver.AUTO,
      "normal: exact, via X'X and Cholesky; lbfgs: iterative, sharded, L1-capable; auto: "
          + "normal unless --l1 > 0, --init-model is given or there are more than "
          + NORMAL_MAX_FEATURES + " features.");
}
