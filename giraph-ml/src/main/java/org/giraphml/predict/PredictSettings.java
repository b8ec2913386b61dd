package org.giraphml.predict;

import org.giraphml.conf.BooleanOption;
import org.giraphml.conf.ConfOption;
import org.giraphml.conf.StringOption;

/** The options of {@code giraph-ml predict}. */
public final class PredictSettings {
  private PredictSettings() {
  }

  public static final StringOption MODEL = (StringOption) new StringOption(
      "giraphml.predict.model", "model", null,
      "A trained model: the output directory of a training job, or its model.json.")
      .namesInputs(ConfOption.InputPaths.ONE);

  public static final BooleanOption DISTANCES = new BooleanOption(
      "giraphml.predict.distances", "distances", false,
      "Also write each row's distance to every centroid, as columns distance_0..distance_{k-1} "
      + "after the cluster (scikit-learn's KMeans.transform: Euclidean, not squared; 1 - cos "
      + "for a cosine model). Only for models with centroids (kmeans).");

  public static final BooleanOption PROBABILITIES = new BooleanOption(
      "giraphml.predict.probabilities", "probabilities", false,
      "Also write each row's probability of every class, as columns probability_<class> after "
      + "the class (scikit-learn's predict_proba). Only for models with class probabilities "
      + "(multinomial logreg); not with --distances.");
}
