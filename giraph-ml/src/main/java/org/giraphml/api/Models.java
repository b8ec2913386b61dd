package org.giraphml.api;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.util.ServiceLoader;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.Path;
import org.giraphml.io.JobFailure;

/** Saving and loading models through their {@link ModelFormat}s. */
public final class Models {
  public static final String MODEL_FILE = "model.json";

  private Models() {
  }

  /** Loads {@code model.json} from a model directory (or the file itself). */
  public static MlModel load(Configuration conf, String location) throws IOException {
    Path path = new Path(location);
    if (path.getFileSystem(conf).getFileStatus(path).isDirectory()) {
      path = new Path(path, MODEL_FILE);
    }
    JsonNode json;
    try (InputStream in = path.getFileSystem(conf).open(path)) {
      json = JobOutput.json().readTree(in);
    } catch (FileNotFoundException e) {
      throw missing(conf, path);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new JobFailure(path + ": " + JsonErrors.describe(e));
    }
    return fromJson(json, path.toString());
  }

  /**
   * The failure for a {@code model.json} that is not there, pointing at the sub-models when
   * its directory holds a k sweep's ({@code k=K/model.json}).
   */
  public static JobFailure missing(Configuration conf, Path modelFile) {
    Path dir = modelFile.getParent();
    java.util.List<String> sweep = new java.util.ArrayList<>();
    try {
      for (org.apache.hadoop.fs.FileStatus s : dir.getFileSystem(conf).listStatus(dir)) {
        if (s.isDirectory() && s.getPath().getName().startsWith("k=")) {
          sweep.add(s.getPath().getName());
        }
      }
    } catch (IOException | RuntimeException e) {
      sweep.clear();
    }
    if (sweep.isEmpty()) {
      return new JobFailure("No model at " + modelFile);
    }
    sweep.sort(java.util.Comparator.comparingInt(n -> Integer.parseInt(n.substring(2))));
    return new JobFailure("No model at " + modelFile + ": " + dir + " holds a k sweep; give "
        + "one k's model, e.g. " + new Path(dir, sweep.get(0)) + " (" + String.join(", ", sweep)
        + ")");
  }

  /** Reads a model from its JSON; {@code source} names it in errors. */
  public static MlModel fromJson(JsonNode json, String source) {
    JsonNode algorithm = json.get("algorithm");
    if (algorithm == null || !algorithm.isTextual()) {
      throw new JobFailure(source + ": not a giraph-ml model (no \"algorithm\" field)");
    }
    for (ModelFormat format : ServiceLoader.load(ModelFormat.class)) {
      if (format.algorithm().equals(algorithm.asText())) {
        try {
          return format.fromJson(json);
        } catch (JobFailure e) {
          throw new JobFailure(source + ": " + e.getMessage(), e);
        }
      }
    }
    throw new JobFailure(source + ": no model format for algorithm '" + algorithm.asText()
        + "' on the classpath");
  }
}
