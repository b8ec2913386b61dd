package org.giraphml.algorithms.kmeans;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.giraphml.api.JobOutput;
import org.giraphml.api.TrainingResult;
import org.giraphml.api.TrainingSummary;
import org.giraphml.conf.EnumOption;

/**
 * What k-means returns: the model, its training settings and a summary whose k-means details
 * are, after the contract fields, {@code k}, {@code dimensions}, {@code data_blocks},
 * {@code shift_history} (largest centroid move per iteration), {@code rows_moved_history}
 * (rows that changed cluster per iteration), {@code cluster_sizes} (row counts), with
 * {@code --weight-column} {@code cluster_weights} and {@code total_weight} (the objective is
 * then weighted; the quality scores are not), {@code distinct_clusters},
 * {@code empty_cluster_events}, {@code calinski_harabasz}, {@code davies_bouldin} and
 * {@code silhouette} with {@code silhouette_rows} and {@code silhouette_exact} (the
 * cluster-quality scores of the final labels, see {@link QualityFigures} and
 * {@link SilhouetteSample}; Euclidean distance
 * only, since both are defined by Euclidean distances and means, and left out when fewer than
 * 2 or more than n - 1 clusters hold rows), {@code init_seconds} (seeding),
 * {@code iteration_seconds} and {@code scoring_seconds} (the quality scores, computed after
 * training and not part of {@code train_seconds}, which counts seeding, the iterations and
 * the final assignment, as scikit-learn's fit does).
 * The objective is {@code inertia} (sum of squared distances) or, for cosine distance,
 * {@code sum_cosine_distance}; its history has one value per iteration and the final
 * assignment's last.
 */
final class KMeansResults {
  private KMeansResults() {
  }

  static TrainingResult of(KMeansModel model, KMeansParams params, DataShape shape,
      KMeansOutcome outcome, IterationHistory history, Warnings warnings) {
    ObjectNode details = JobOutput.object();
    details.put("k", params.k());
    details.put("dimensions", shape.dims());
    details.put("data_blocks", shape.blocks());
    details.put("precision", EnumOption.nameOf(params.precision()));
    ArrayNode shifts = details.putArray("shift_history");
    history.shifts().forEach(shifts::add);
    ArrayNode moved = details.putArray("rows_moved_history");
    history.rowsMoved().forEach(moved::add);
    ArrayNode sizes = details.putArray("cluster_sizes");
    for (long size : outcome.clusterSizes()) {
      sizes.add(size);
    }
    outcome.clusterWeights().ifPresent(w -> {
      ArrayNode weights = details.putArray("cluster_weights");
      double total = 0;
      for (double v : w) {
        weights.add(v);
        total += v;
      }
      details.put("total_weight", total);
    });
    details.put("distinct_clusters", outcome.distinctClusters());
    outcome.quality().ifPresent(q -> {
      details.put("calinski_harabasz", q.calinskiHarabasz());
      details.put("davies_bouldin", q.daviesBouldin());
    });
    outcome.silhouette().ifPresent(s -> {
      details.put("silhouette", s.score());
      details.put("silhouette_rows", s.rows());
      details.put("silhouette_exact", s.exact());
    });
    ArrayNode events = details.putArray("empty_cluster_events");
    history.emptyClusterEvents().forEach(events::add);
    details.put("init_seconds", history.initSeconds());
    ArrayNode seconds = details.putArray("iteration_seconds");
    history.iterationSeconds().forEach(seconds::add);
    details.put("scoring_seconds", history.scoringSeconds());

    TrainingSummary summary = TrainingSummary.builder(KMeansModel.ALGORITHM)
        .rows(shape.rows())
        .iterations(history.iterations(), outcome.stop())
        .objective(params.cosine() ? "sum_cosine_distance" : "inertia", outcome.objective(),
            history.objectives())
        .warnings(warnings.all())
        .details(details)
        .trainSeconds(history.trainSeconds())
        .build();
    return new TrainingResult(model, params.toJson(), summary);
  }
}
