package org.giraphml.algorithms.kmeans;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.apache.hadoop.conf.Configuration;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import org.giraphml.api.Figures;
import org.giraphml.api.JobOutput;
import org.giraphml.api.Models;
import org.giraphml.api.ResultSink;
import org.giraphml.conf.EnumOption;

/** Writes {@code model.json} and {@code summary.json} at the end of training (on the master). */
final class KMeansOutput {
  private static final Logger LOG = LogManager.getLogger(KMeansOutput.class);

  private KMeansOutput() {
  }

  static void write(Configuration conf, KMeansState s) {
    if (s.stop == null) {
      s.stop = StopReason.MAX_ITERATIONS;
    }
    KMeansModel model = new KMeansModel(s.k, s.dims, s.centroids, s.distance);
    ObjectNode json = model.toJson();
    ObjectNode training = json.putObject("training");
    training.put("init", s.initCentroidsPath != null ? "file" : EnumOption.nameOf(s.init));
    if (s.initCentroidsPath != null) {
      training.put("init_centroids", s.initCentroidsPath);
    }
    training.put("seed", s.seed);
    training.put("init_steps", s.initSteps);
    if (s.unlimitedIterations) {
      training.put("max_iterations", "unlimited");
    } else {
      training.put("max_iterations", s.maxIterations);
    }
    training.put("tolerance", s.tolerance);
    training.put("empty_clusters", EnumOption.nameOf(s.emptyClusters));
    Figures.requireFinite(json, Models.MODEL_FILE);
    JobOutput.writeJson(conf, Models.MODEL_FILE, json);

    ObjectNode summary = JobOutput.object();
    summary.put("algorithm", KMeansModel.ALGORITHM);
    summary.put("k", s.k);
    summary.put("dimensions", s.dims);
    summary.put("rows", s.rows);
    summary.put("data_blocks", s.blocks);
    summary.put("iterations", s.iteration);
    summary.put("stop_reason", EnumOption.nameOf(s.stop));
    summary.put("objective_name", s.distance == DistanceMeasure.COSINE
        ? "sum_cosine_distance" : "inertia");
    summary.put("objective", s.finalObjective);
    ArrayNode history = summary.putArray("objective_history");
    s.objectiveHistory.forEach(history::add);
    ArrayNode shifts = summary.putArray("shift_history");
    s.shiftHistory.forEach(shifts::add);
    ArrayNode moved = summary.putArray("rows_moved_history");
    s.movedHistory.forEach(moved::add);
    ArrayNode sizes = summary.putArray("cluster_sizes");
    for (long size : s.clusterSizes) {
      sizes.add(size);
    }
    summary.put("distinct_clusters", s.distinctClusters);
    ArrayNode events = summary.putArray("empty_cluster_events");
    s.emptyClusterEvents.forEach(events::add);
    ArrayNode warnings = summary.putArray("warnings");
    s.warnings.forEach(warnings::add);
    summary.put("init_seconds", s.initSeconds);
    ArrayNode iterSeconds = summary.putArray("iteration_seconds");
    s.iterationSeconds.forEach(iterSeconds::add);
    summary.put("train_seconds", s.seconds());
    for (String w : Figures.unexplainedNaNs(summary, s.warnings)) {
      s.warn(LOG, w);
      warnings.add(w);
    }
    JobOutput.writeJson(conf, ResultSink.HANDOFF_FILE, summary);
  }
}
