package org.giraphml.algorithms.kmeans;

import org.giraphml.conf.ConfOption;
import org.giraphml.conf.DoubleOption;
import org.giraphml.conf.EnumOption;
import org.giraphml.conf.IntOption;
import org.giraphml.conf.IterationLimitOption;
import org.giraphml.conf.LongOption;
import org.giraphml.conf.OptionalStringOption;

/** The options of {@code giraph-ml kmeans}. */
public final class KMeansSettings {
  private KMeansSettings() {
  }

  public static final ClusterCountOption K = new ClusterCountOption("giraphml.kmeans.k", "k", 2,
      1_000_000, "Number of clusters; at most the number of rows. A range 2..12 or an "
          + "ascending list 2,4,8 (at most 64 values) trains every k in one job: one sub-model "
          + "per k in OUTPUT/k=K and a table with the best k by silhouette in summary.json.");

  public static final IterationLimitOption MAX_ITERATIONS = new IterationLimitOption(
      "giraphml.kmeans.max-iterations", "max-iterations", 100,
      "Most Lloyd iterations to run, or 'unlimited' to stop only on convergence.");

  public static final DoubleOption TOLERANCE = new DoubleOption("giraphml.kmeans.tolerance",
      "tolerance", 1e-4, 0.0,
      "Converged when no centroid moves farther than this (Euclidean) in an iteration.");

  public static final LongOption SEED = new LongOption("giraphml.kmeans.seed", "seed", 42L,
      "Seed of every random choice; the same seed gives the same model on any number of "
          + "workers.");

  public static final EnumOption<InitMode> INIT = new EnumOption<>("giraphml.kmeans.init",
      "init", InitMode.class, InitMode.KMEANS_PARALLEL, "How the first centroids are chosen.");

  public static final OptionalStringOption INIT_CENTROIDS = (OptionalStringOption)
      new OptionalStringOption("giraphml.kmeans.init-centroids", "init-centroids",
          "CSV file of k rows of initial centroids (replaces --init), to start where another "
              + "library started.")
          .namesInputs(ConfOption.InputPaths.ONE);

  public static final OptionalStringOption INIT_MODEL = (OptionalStringOption)
      new OptionalStringOption("giraphml.kmeans.init-model", "init-model",
          "Model directory of an earlier kmeans run to continue from (a warm start): its "
              + "centroids are the first ones (replaces --init). Its k, distance and features "
              + "(number, and names where both have them) must be this run's.")
          .namesInputs(ConfOption.InputPaths.ONE);

  public static final IntOption INIT_STEPS = new IntOption("giraphml.kmeans.init-steps",
      "init-steps", 2, 1, 100, "Sampling rounds of kmeans|| initialisation.");

  public static final EnumOption<EmptyClusterPolicy> EMPTY_CLUSTERS = new EnumOption<>(
      "giraphml.kmeans.empty-clusters", "empty-clusters", EmptyClusterPolicy.class,
      EmptyClusterPolicy.FARTHEST_POINT,
      "What to do with a centroid no row chose: move it to the farthest row, or keep it.");

  public static final EnumOption<DistanceMeasure> DISTANCE = new EnumOption<>(
      "giraphml.kmeans.distance", "distance", DistanceMeasure.class, DistanceMeasure.EUCLIDEAN,
      "euclidean (minimise squared distances) or cosine (minimise 1 - cosine similarity).");

  public static final IntOption SILHOUETTE_MAX_ROWS = new IntOption(
      "giraphml.kmeans.silhouette-max-rows", "silhouette-max-rows", 2000, 2, 100_000,
      "The summary's silhouette score (Euclidean distance) is exact up to this many rows and "
          + "beyond it computed on a uniform sample of this many rows (seeded by --seed); "
          + "the master's time grows with its square.");

  public static final EnumOption<AssignAlgorithm> ALGORITHM = new EnumOption<>(
      "giraphml.kmeans.algorithm", "algorithm", AssignAlgorithm.class, AssignAlgorithm.AUTO,
      "How rows find their nearest centroid: lloyd (every distance, every iteration), hamerly "
          + "(distance bounds skip rows that cannot have moved; 24 bytes a row) or auto "
          + "(hamerly for dense input of at most " + AssignAlgorithm.AUTO_MAX_BOUNDED_DIMS
          + " features, lloyd otherwise). All give identical clusters.");
}
