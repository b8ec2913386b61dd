package org.giraphml.algorithms.regression;

import java.util.Optional;
import org.apache.hadoop.conf.Configuration;
import org.giraphml.api.SavedModel;
import org.giraphml.io.FeatureNames;
import org.giraphml.io.Schema;

/**
 * Starting L-BFGS from a saved model's coefficients ({@code --init-model DIR}, a warm start):
 * the driver's checks before the job starts, and the conversion of the saved model, which is
 * on the features' original scale, into the point the solver iterates on.
 *
 * <p>The solver works on features divided by their scale {@code s_j} (standard deviation with
 * standardisation, else 1; 0 for a constant feature, whose weight stays 0), centred on their
 * means when dense with an intercept, and on labels in units of {@code 2^e}
 * ({@link DataShape#labelExponent}). {@link CollectWeightsPiece} maps a solver point
 * {@code (v, c)} to the saved model by {@code w_j = 2^e v_j / s_j} and
 * {@code b = 2^e c - sum_j mean_j w_j} (the sum only when centred); this class inverts it:
 * {@code v_j = 2^-e s_j w_j}, {@code c = 2^-e (b + sum_j mean_j w_j)}.
 */
final class WarmStart {
  private WarmStart() {
  }

  /**
   * The driver's checks: refuses (a usage error naming the model and what differs) a model of
   * another algorithm, of another number of features (when the input's is known before
   * loading) or other feature names (where both have names), or trained with another
   * {@code --standardize} or {@code --fit-intercept}.
   */
  static void check(Configuration conf, Schema schema, String algorithm) {
    Optional<String> location = RegressionSettings.INIT_MODEL.get(conf);
    if (location.isEmpty()) {
      return;
    }
    SavedModel saved = SavedModel.load(conf, location.get());
    String input = schema.featureCountKnown()
        ? schema.featureCount() + " (" + schema.describeColumns() + ")" : "";
    mismatch(saved, algorithm, schema.featureCountKnown() ? schema.featureCount() : -1, input,
        RegressionSettings.STANDARDIZE.get(conf), RegressionSettings.FIT_INTERCEPT.get(conf))
        .or(() -> saved.featureNamesDiffer(FeatureNames.of(conf, schema)))
        .ifPresent(problem -> {
          throw saved.refusal(RegressionSettings.INIT_MODEL, problem);
        });
  }

  /**
   * What keeps {@code saved} from starting this run, if anything.
   *
   * @param dims the input's number of features, or -1 if not known yet
   * @param input that number as messages give it
   */
  static Optional<String> mismatch(SavedModel saved, String algorithm, int dims, String input,
      boolean standardize, boolean fitIntercept) {
    if (saved.model() instanceof MultinomialModel && saved.algorithm().equals(algorithm)) {
      return Optional.of("is a multinomial logistic regression model; warm starts from "
          + "multinomial models are not supported yet (train it again, or start cold)");
    }
    if (!(saved.model() instanceof GlmModel model) || !saved.algorithm().equals(algorithm)) {
      return Optional.of("is a " + saved.algorithm() + " model; " + algorithm
          + " starts only from a " + algorithm + " model");
    }
    if (dims >= 0 && model.dimensions() != dims) {
      return Optional.of("has " + model.dimensions() + " features but the input has " + input);
    }
    boolean savedStandardize = saved.flag("standardize", true);
    if (savedStandardize != standardize) {
      return Optional.of("was trained with --standardize=" + savedStandardize
          + " but this run has --standardize=" + standardize + "; give the same");
    }
    boolean savedIntercept = saved.flag("fit_intercept", true);
    if (savedIntercept != fitIntercept) {
      return Optional.of("was trained with --fit-intercept=" + savedIntercept
          + " but this run has --fit-intercept=" + fitIntercept + "; give the same");
    }
    return Optional.empty();
  }

  /**
   * The solver's starting point for {@code model}: d standardised weights, then the
   * intercept's coordinate (0 without an intercept).
   */
  static double[] solverPoint(GlmModel model, FeatureMoments moments, DataShape data,
      boolean fitIntercept) {
    int d = data.dims();
    int e = data.labelExponent();
    double[] w = model.weights();
    double[] point = new double[d + 1];
    double intercept = model.intercept();
    boolean centred = data.centred(fitIntercept);
    for (int j = 0; j < d; j++) {
      double scale = moments.scale(j);
      if (scale > 0) {
        point[j] = Math.scalb(w[j] * scale, -e);
        if (centred) {
          intercept += moments.mean(j) * w[j];
        }
      }
    }
    point[d] = fitIntercept ? Math.scalb(intercept, -e) : 0;
    return point;
  }

  /** Puts shard {@code s}'s slice of the starting {@code point} into its trial weights. */
  static void startShard(double[] point, WeightShard shard, int s, DataShape data) {
    if (s == data.interceptShard()) {
      shard.weights()[0] = point[data.dims()];
    } else {
      System.arraycopy(point, s * data.shardFeatures(), shard.weights(), 0, shard.length());
    }
  }
}
