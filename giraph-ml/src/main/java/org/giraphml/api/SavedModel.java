package org.giraphml.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.giraphml.conf.ConfOption;
import org.giraphml.conf.InvalidOptionException;
import org.giraphml.io.JobFailure;

/**
 * A model written by an earlier run, read to start a new one from it (a warm start,
 * {@code --init-model DIR}): the model, the {@code training} settings saved with it (empty
 * when the file has none) and where it was read from. The location is a model directory or
 * its {@code model.json}, on any file system Hadoop reaches, as inputs are.
 *
 * @param model the model, read by its {@link ModelFormat}
 * @param training the {@code training} object of {@code model.json} (a missing node if none)
 * @param location the file read, for messages
 */
public record SavedModel(MlModel model, JsonNode training, String location) {

  /**
   * Reads the model at {@code location}.
   *
   * @throws JobFailure naming the file if there is none, or it is not a readable model
   */
  public static SavedModel load(Configuration conf, String location) {
    Path path = new Path(location);
    try {
      FileSystem fs = path.getFileSystem(conf);
      if (fs.getFileStatus(path).isDirectory()) {
        path = new Path(path, Models.MODEL_FILE);
      }
      JsonNode json;
      try (InputStream in = fs.open(path)) {
        json = JobOutput.json().readTree(in);
      }
      MlModel model = Models.fromJson(json, path.toString());
      JsonNode training = json.has("training") ? json.get("training") : MissingNode.getInstance();
      return new SavedModel(model, training, path.toString());
    } catch (FileNotFoundException e) {
      throw Models.missing(conf, path);
    } catch (JsonProcessingException e) {
      throw new JobFailure(path + ": " + JsonErrors.describe(e));
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + path, e);
    }
  }

  /** The algorithm that trained the model ({@code kmeans}, {@code linreg}...). */
  public String algorithm() {
    return model.algorithm();
  }

  /**
   * A boolean training setting, or {@code fallback} when the model does not record it (a
   * model written before the setting existed was trained with its default).
   */
  public boolean flag(String name, boolean fallback) {
    JsonNode v = training.path(name);
    return v.isBoolean() ? v.asBoolean() : fallback;
  }

  /**
   * Why the model cannot start a run on an input whose features are named {@code input}, if
   * they differ from those the model was trained on ({@code training.feature_names}); nothing
   * when either side has no names (LIBSVM, CSV without a header, a model saved before names
   * were recorded) or when the numbers differ (a check of its own).
   */
  public Optional<String> featureNamesDiffer(Optional<List<String>> input) {
    JsonNode saved = training.path("feature_names");
    if (input.isEmpty() || !saved.isArray() || saved.size() != input.get().size()) {
      return Optional.empty();
    }
    for (int j = 0; j < saved.size(); j++) {
      String theirs = saved.get(j).asText();
      String ours = input.get().get(j);
      if (!theirs.equals(ours)) {
        return Optional.of("was trained on other features: feature " + j + " (0-based) is '"
            + theirs + "' there but '" + ours + "' in the input");
      }
    }
    return Optional.empty();
  }

  /**
   * A refusal to start from this model, before the job starts (a usage error, exit 2), in one
   * line: {@code --init-model out/iris/model.json: has k = 3 centroids but --k is 4
   * (giraphml.kmeans.init-model)}.
   */
  public InvalidOptionException refusal(ConfOption<?> option, String problem) {
    return new InvalidOptionException("--" + option.flag() + " " + location + ": " + problem
        + " (" + option.key() + ")");
  }
}
