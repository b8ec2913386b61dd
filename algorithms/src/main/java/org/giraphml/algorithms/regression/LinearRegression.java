package org.giraphml.algorithms.regression;

import java.util.ArrayList;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.giraphml.conf.ConfOption;
import org.giraphml.conf.InvalidOptionException;

/**
 * Least-squares linear regression with optional ridge (L2) and lasso / elastic-net (L1)
 * penalties, solved exactly by the normal equations or iteratively by sharded L-BFGS/OWL-QN.
 */
public final class LinearRegression extends GlmAlgorithm {
  public static final String NAME = "linreg";

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public String description() {
    return "Linear regression (least squares; ridge, lasso, elastic net).";
  }

  @Override
  Loss loss() {
    return Loss.SQUARED;
  }

  @Override
  public List<ConfOption<?>> options() {
    List<ConfOption<?>> all = new ArrayList<>();
    all.add(RegressionSettings.SOLVER);
    all.addAll(super.options());
    return all;
  }

  @Override
  public void validate(Configuration conf) {
    super.validate(conf);
    if (RegressionSettings.SOLVER.get(conf) == Solver.NORMAL
        && RegressionSettings.L1.get(conf) > 0) {
      throw new InvalidOptionException("--solver normal cannot fit an L1 penalty (--l1 "
          + RegressionSettings.L1.get(conf) + "); use --solver lbfgs");
    }
    if (RegressionSettings.SOLVER.get(conf) == Solver.NORMAL
        && RegressionSettings.INIT_MODEL.get(conf).isPresent()) {
      throw new InvalidOptionException("--solver normal solves exactly and has no use for a "
          + "starting point (--init-model); use --solver lbfgs to continue from a model");
    }
  }

  @Override
  Solver solver(Configuration conf) {
    Solver chosen = RegressionSettings.SOLVER.get(conf);
    if (chosen != Solver.AUTO) {
      return chosen;
    }
    return RegressionSettings.L1.get(conf) == 0
        && RegressionSettings.INIT_MODEL.get(conf).isEmpty()
        && fewFeatures(conf, RegressionSettings.NORMAL_MAX_FEATURES)
        ? Solver.NORMAL : Solver.LBFGS;
  }
}
