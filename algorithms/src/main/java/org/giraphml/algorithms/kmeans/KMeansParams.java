package org.giraphml.algorithms.kmeans;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Optional;
import java.util.OptionalInt;
import org.apache.hadoop.conf.Configuration;
import org.giraphml.api.JobOutput;
import org.giraphml.conf.EnumOption;
import org.giraphml.graph.Precision;
import org.giraphml.io.InputOptions;

/**
 * The settings of one k-means run, parsed once from the job's configuration
 * ({@link KMeansSettings} declares the options, their defaults and validators) and handed to
 * the pieces that need them. Immutable.
 *
 * <p>Not a record: pieces, and with them these settings, travel between master and workers
 * through Kryo, which cannot write the fields of a record.
 */
final class KMeansParams {
  private int k;
  private long seed;
  private boolean unlimitedIterations;
  private int maxIterations;
  private double tolerance;
  private InitMode init;
  private String initCentroids;
  private String initModel;
  private int initSteps;
  private EmptyClusterPolicy emptyClusters;
  private DistanceMeasure distance;
  private AssignAlgorithm algorithm;
  private int silhouetteMaxRows;
  private Precision precision;

  /** For Kryo. */
  private KMeansParams() {
  }

  /** The settings {@code conf} gives (each option parsed and validated). */
  static KMeansParams from(Configuration conf) {
    KMeansParams p = new KMeansParams();
    p.k = KMeansSettings.K.get(conf);
    p.seed = KMeansSettings.SEED.get(conf);
    OptionalInt cap = KMeansSettings.MAX_ITERATIONS.get(conf);
    p.unlimitedIterations = cap.isEmpty();
    p.maxIterations = cap.orElse(0);
    p.tolerance = KMeansSettings.TOLERANCE.get(conf);
    p.init = KMeansSettings.INIT.get(conf);
    p.initCentroids = KMeansSettings.INIT_CENTROIDS.get(conf).orElse(null);
    p.initModel = KMeansSettings.INIT_MODEL.get(conf).orElse(null);
    p.initSteps = KMeansSettings.INIT_STEPS.get(conf);
    p.emptyClusters = KMeansSettings.EMPTY_CLUSTERS.get(conf);
    p.distance = KMeansSettings.DISTANCE.get(conf);
    p.algorithm = KMeansSettings.ALGORITHM.get(conf);
    p.silhouetteMaxRows = KMeansSettings.SILHOUETTE_MAX_ROWS.get(conf);
    p.precision = InputOptions.PRECISION.get(conf);
    return p;
  }

  /**
   * The settings {@code conf} gives, for {@code k} clusters: one run of a k sweep
   * ({@link KSweep}), equal to the settings of a separate run with {@code --k k}.
   */
  static KMeansParams from(Configuration conf, int k) {
    KMeansParams p = from(conf);
    p.k = k;
    return p;
  }

  /** Number of clusters. */
  int k() {
    return k;
  }

  /** Rows the summary's silhouette is computed on at most (not a model setting). */
  int silhouetteMaxRows() {
    return silhouetteMaxRows;
  }

  /** Seed of every random choice. */
  long seed() {
    return seed;
  }

  /** The iteration cap; empty for {@code unlimited}. */
  OptionalInt maxIterations() {
    return unlimitedIterations ? OptionalInt.empty() : OptionalInt.of(maxIterations);
  }

  /** Converged when no centroid moves farther than this (data units). */
  double tolerance() {
    return tolerance;
  }

  /** The seeding method (ignored when {@link #initCentroids} or {@link #initModel} is given). */
  InitMode init() {
    return init;
  }

  /** The file of initial centroids, if given. */
  Optional<String> initCentroids() {
    return Optional.ofNullable(initCentroids);
  }

  /** The model directory of a warm start, if given. */
  Optional<String> initModel() {
    return Optional.ofNullable(initModel);
  }

  /** Sampling rounds of kmeans||. */
  int initSteps() {
    return initSteps;
  }

  EmptyClusterPolicy emptyClusters() {
    return emptyClusters;
  }

  DistanceMeasure distance() {
    return distance;
  }

  /**
   * How the rows' values are stored ({@code --precision}); recorded in the summary, not the
   * model, whose centroids are double either way.
   */
  Precision precision() {
    return precision;
  }

  boolean cosine() {
    return distance == DistanceMeasure.COSINE;
  }

  /** The settings saved with the model, under {@code training} in model.json. */
  ObjectNode toJson() {
    ObjectNode training = JobOutput.object();
    training.put("init", initCentroids != null ? "file"
        : initModel != null ? "model" : EnumOption.nameOf(init));
    if (initCentroids != null) {
      training.put("init_centroids", initCentroids);
    }
    if (initModel != null) {
      training.put("init_model", initModel);
    }
    training.put("seed", seed);
    training.put("init_steps", initSteps);
    if (unlimitedIterations) {
      training.put("max_iterations", "unlimited");
    } else {
      training.put("max_iterations", maxIterations);
    }
    training.put("tolerance", tolerance);
    training.put("empty_clusters", EnumOption.nameOf(emptyClusters));
    // Same clusters either way, but the time a run took depends on it.
    training.put("algorithm", EnumOption.nameOf(algorithm));
    return training;
  }
}
