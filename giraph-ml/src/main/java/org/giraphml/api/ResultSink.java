package org.giraphml.api;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.UncheckedIOException;
import org.apache.giraph.block_app.framework.api.BlockMasterApi;
import org.apache.hadoop.conf.Configuration;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import org.giraphml.io.FeatureNames;
import org.giraphml.io.InputException;
import org.giraphml.io.Schema;

/**
 * Where training hands its result to the framework: the algorithm's last master step calls
 * {@link #save} once, and the framework writes {@code model.json} and {@code summary.json} —
 * the one place that writes them, so every algorithm's files follow the same contract. The
 * summary goes to the runner as a hand-off ({@link #HANDOFF_FILE}); the runner adds the input
 * statistics, writes {@code summary.json} and places the files only when the whole job
 * succeeds.
 *
 * <p>The sink keeps nothing: the result is written in the same {@code masterCompute} that
 * produced it, so it is never shipped to workers or into a checkpoint.
 */
public final class ResultSink {
  private static final Logger LOG = LogManager.getLogger(ResultSink.class);
  /**
   * The training summary's hand-off to the runner (the master may run in another JVM): the
   * runner reads it once, adds the input section and writes {@code summary.json}, then
   * deletes it. Never part of a committed output.
   */
  public static final String HANDOFF_FILE = "_training-summary.json";

  /**
   * Writes the result into the job's work directory.
   *
   * @throws org.giraphml.io.JobFailure if the model holds a NaN or infinite number (a useless
   *     model is never saved); a NaN summary figure no warning explains gets a warning instead
   */
  public void save(BlockMasterApi api, TrainingResult result) {
    JobOutput.writeJson(api.getConf(), Models.MODEL_FILE, modelJson(api.getConf(), result));
    saveSummary(api, result.summary());
  }

  /**
   * Writes one of several models a job trains (a k-means sweep's model for one k) into
   * {@code directory} of the output: {@code model.json}, which {@code predict --model} reads,
   * and that model's {@code summary.json} (the training summary only; the job's input section
   * is in the top-level summary, which the job still hands over once with
   * {@link #saveSummary}).
   *
   * @param directory a relative path inside the output, e.g. {@code k=5}
   * @throws org.giraphml.io.JobFailure if the model holds a NaN or infinite number
   */
  public void saveIn(BlockMasterApi api, String directory, TrainingResult result) {
    String model = directory + "/" + Models.MODEL_FILE;
    JobOutput.writeJson(api.getConf(), model, modelJson(api.getConf(), result));
    JobOutput.writeJson(api.getConf(), directory + "/summary.json",
        checkedSummary(result.summary()));
  }

  private static ObjectNode modelJson(Configuration conf, TrainingResult result) {
    ObjectNode model = result.model().toJson();
    ObjectNode training = result.settings().deepCopy();
    recordFeatureNames(conf, training);
    if (!training.isEmpty()) {
      model.set("training", training);
    }
    Figures.requireFinite(model, Models.MODEL_FILE);
    return model;
  }

  /**
   * Adds the input's feature names, where it has them ({@link FeatureNames}), to the training
   * settings as {@code feature_names}: a warm start from the model ({@code --init-model})
   * compares them with its own input's. The names are a convenience, not the result: if the
   * header cannot be read again (the input changed or went away during training), the model
   * is saved without them and the log says why.
   */
  private static void recordFeatureNames(Configuration conf, ObjectNode training) {
    String schema = conf.get(Schema.CONF_KEY);
    if (schema == null) {
      return;
    }
    try {
      FeatureNames.of(conf, Schema.decode(schema)).ifPresent(names -> {
        ArrayNode array = training.putArray("feature_names");
        names.forEach(array::add);
      });
    } catch (UncheckedIOException | InputException e) {
      LOG.warn("Feature names not recorded in {}: {}", Models.MODEL_FILE, e.getMessage());
    }
  }

  /**
   * Hands over the summary of a job that makes no model ({@code predict}): the same contract,
   * the same NaN checks, no {@code model.json}.
   */
  public void saveSummary(BlockMasterApi api, TrainingSummary summary) {
    JobOutput.writeJson(api.getConf(), HANDOFF_FILE, checkedSummary(summary));
  }

  /** The summary's JSON with a warning for each NaN figure no warning explains. */
  private static ObjectNode checkedSummary(TrainingSummary summary) {
    ObjectNode json = summary.toJson();
    ArrayNode warnings = (ArrayNode) json.get("warnings");
    for (String w : Figures.unexplainedNaNs(json, summary.warnings())) {
      LOG.warn("{}: {}", summary.algorithm(), w);
      warnings.add(w);
    }
    return json;
  }
}
