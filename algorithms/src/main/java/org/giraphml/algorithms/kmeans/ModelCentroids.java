package org.giraphml.algorithms.kmeans;

import java.util.Optional;
import java.util.OptionalInt;
import org.apache.hadoop.conf.Configuration;
import org.giraphml.api.SavedModel;
import org.giraphml.conf.InvalidOptionException;
import org.giraphml.io.FeatureNames;
import org.giraphml.io.JobFailure;
import org.giraphml.io.Schema;

/**
 * Initial centroids from a saved k-means model ({@code --init-model DIR}, a warm start): the
 * model's centroids exactly as saved (a cosine model's are unit length already, and are not
 * scaled again, so that a run continued from a saved model computes what one longer run
 * computes, bit for bit). The model must be a k-means model with this run's k, distance
 * measure and dimension: checked in the driver before the job starts ({@link #check}, for
 * dense input) and again on the master, where sparse input learns its dimension.
 */
final class ModelCentroids implements CentroidSource {
  private String path;
  private DistanceMeasure distance;

  /** For Kryo. */
  private ModelCentroids() {
  }

  ModelCentroids(String path, DistanceMeasure distance) {
    this.path = path;
    this.distance = distance;
  }

  /**
   * The driver's checks before the job starts: refuses (a usage error naming the model and
   * what differs) a model that is not k-means, or has another k, distance, dimension or
   * feature names (where both the model and the input have names).
   */
  static void check(Configuration conf, Schema schema) {
    Optional<String> location = KMeansSettings.INIT_MODEL.get(conf);
    if (location.isPresent()) {
      SavedModel saved = SavedModel.load(conf, location.get());
      OptionalInt dims = schema.featureCountKnown() ? OptionalInt.of(schema.featureCount())
          : OptionalInt.empty();
      String input = dims.isPresent() ? dims.getAsInt() + " (" + schema.describeColumns()
          + ")" : "";
      mismatch(saved, KMeansSettings.K.get(conf), KMeansSettings.DISTANCE.get(conf), dims,
          input).or(() -> saved.featureNamesDiffer(FeatureNames.of(conf, schema)))
          .ifPresent(problem -> {
            throw saved.refusal(KMeansSettings.INIT_MODEL, problem);
          });
    }
  }

  /** Refuses {@code --init-model} with {@code --init} or {@code --init-centroids}. */
  static void checkExclusive(Configuration conf) {
    if (KMeansSettings.INIT_MODEL.get(conf).isPresent() && (KMeansSettings.INIT.isSet(conf)
        || KMeansSettings.INIT_CENTROIDS.get(conf).isPresent())) {
      throw new InvalidOptionException("--init-model gives the first centroids, so it excludes "
          + "--init and --init-centroids: give one of them");
    }
  }

  /**
   * What keeps {@code saved} from seeding this run, if anything.
   *
   * @param dims the input's number of features, if known
   * @param input that number as messages give it
   */
  static Optional<String> mismatch(SavedModel saved, int k, DistanceMeasure distance,
      OptionalInt dims, String input) {
    if (!(saved.model() instanceof KMeansModel model)) {
      return Optional.of("is a " + saved.algorithm() + " model; kmeans starts only from a "
          + "kmeans model");
    }
    if (model.k() != k) {
      return Optional.of("has k = " + model.k() + " centroids but --k is " + k
          + "; give --k " + model.k());
    }
    if (model.distance() != distance) {
      return Optional.of("was trained with --distance " + KMeansSettings.DISTANCE
          .format(model.distance()) + " but this run uses " + KMeansSettings.DISTANCE
          .format(distance));
    }
    if (dims.isPresent() && model.dimensions() != dims.getAsInt()) {
      return Optional.of("has " + model.dimensions() + " features but the input has " + input);
    }
    return Optional.empty();
  }

  @Override
  public double[] read(Configuration conf, int k, int d) {
    SavedModel saved = SavedModel.load(conf, path);
    mismatch(saved, k, distance, OptionalInt.of(d), String.valueOf(d)).ifPresent(problem -> {
      throw new JobFailure("--init-model " + saved.location() + ": " + problem);
    });
    KMeansModel model = (KMeansModel) saved.model();
    double[] c = new double[k * d];
    for (int j = 0; j < k; j++) {
      System.arraycopy(model.centroid(j), 0, c, j * d, d);
    }
    return c;
  }
}
