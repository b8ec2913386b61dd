package org.giraphml.job;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.apache.giraph.conf.GiraphConfiguration;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.security.UserGroupInformation;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import org.giraphml.api.JobFailure;
import org.giraphml.api.JobOutput;
import org.giraphml.api.MlAlgorithm;
import org.giraphml.api.PredictionColumn;
import org.giraphml.conf.ConfOption;
import org.giraphml.conf.OptionsDoc;
import org.giraphml.engine.GiraphEngine;
import org.giraphml.engine.MemoryEngine;
import org.giraphml.engine.Predictions;
import org.giraphml.io.InputOptions;
import org.giraphml.io.InputPlan;
import org.giraphml.io.LoadStats;
import org.giraphml.io.OutputDirectory;
import org.giraphml.io.Schema;
import org.giraphml.io.SchemaSniffer;

/**
 * Runs one job from start to committed output: validates every option, refuses an existing
 * output directory, plans and checks the input, runs the algorithm on the chosen engine, adds
 * input statistics to the summary and moves the results into place. Any failure leaves the
 * output directory as it was.
 */
public final class JobRunner {
  private static final Logger LOG = LogManager.getLogger(JobRunner.class);
  public static final String SUMMARY_FILE = "summary.json";
  /** The sniffed input schema, for code that runs where the driver is not. */
  public static final String SCHEMA_KEY = "giraphml.internal.schema";

  /** What a finished job produced. */
  public record Report(Path output, JsonNode summary) {
  }

  private JobRunner() {
  }

  /** Every option a job of this algorithm accepts, for the CLI and documentation. */
  public static List<ConfOption<?>> allOptions(MlAlgorithm algorithm) {
    List<ConfOption<?>> all = new ArrayList<>(algorithm.options());
    all.addAll(OptionsDoc.declaredIn(InputOptions.class));
    all.addAll(OptionsDoc.declaredIn(JobOptions.class));
    return all;
  }

  /** Checks every option of the job without touching any file. */
  public static void validate(MlAlgorithm algorithm, Configuration conf) {
    for (ConfOption<?> option : OptionsDoc.declaredIn(InputOptions.class)) {
      option.validate(conf);
    }
    for (ConfOption<?> option : OptionsDoc.declaredIn(JobOptions.class)) {
      option.validate(conf);
    }
    algorithm.validate(conf);
    if (JobOptions.ENGINE.get(conf) == EngineKind.GIRAPH) {
      GiraphEngine.checkSecurity(conf, UserGroupInformation.isSecurityEnabled());
    }
  }

  public static Report run(MlAlgorithm algorithm, Configuration base) throws IOException {
    return run(algorithm, base, message -> LOG.error(message));
  }

  /**
   * Runs the job. If the JVM is ended in the middle (Giraph ends a failed local job with
   * {@code System.exit}), a shutdown hook hands the recorded reason to {@code onExit} and
   * removes the work directory, so even then nothing half-written is left.
   */
  public static Report run(MlAlgorithm algorithm, Configuration base, Consumer<String> onExit)
      throws IOException {
    long t0 = System.nanoTime();
    GiraphConfiguration conf = new GiraphConfiguration(base);
    validate(algorithm, conf);
    OutputDirectory out = OutputDirectory.prepare(conf, JobOptions.OUTPUT.get(conf),
        JobOptions.OVERWRITE.get(conf));
    Thread exitHook = new Thread(() -> {
      onExit.accept(out.failureMessage().orElse("the job was stopped before it finished"));
      out.abort();
    }, "giraphml-abort");
    Runtime.getRuntime().addShutdownHook(exitHook);
    try {
      JobOutput.WORK_DIR.set(conf, out.work().toString());
      InputPlan plan = InputPlan.create(conf, InputOptions.INPUT.get(conf),
          InputOptions.SPLIT_BYTES.get(conf));
      Schema schema = SchemaSniffer.sniff(conf, plan);
      conf.set(SCHEMA_KEY, schema.encode());
      algorithm.checkInput(conf, schema);
      int workers = JobOptions.WORKERS.get(conf);
      PredictionColumn column = algorithm.predictions(conf);
      Predictions predictions = column != null && algorithm.writesPredictions(conf)
          ? new Predictions(column) : null;
      LoadStats stats = JobOptions.ENGINE.get(conf) == EngineKind.GIRAPH
          ? GiraphEngine.run(algorithm.getClass(), conf, workers, predictions)
          : MemoryEngine.run(algorithm.getClass(), conf, plan, schema, workers, predictions);
      if (predictions != null) {
        predictions.write(conf, out.work(), stats.skippedKeys());
      }
      ObjectNode summary = finishSummary(conf, out.work(), plan, stats, t0);
      out.commit();
      LOG.info("Wrote {} in {} s", out.output(), seconds(t0));
      return new Report(out.output(), summary);
    } catch (IOException | RuntimeException | Error e) {
      out.abort();
      throw e;
    } finally {
      try {
        Runtime.getRuntime().removeShutdownHook(exitHook);
      } catch (IllegalStateException e) {
        // already shutting down: the hook runs
      }
    }
  }

  private static ObjectNode finishSummary(Configuration conf, Path work, InputPlan plan,
      LoadStats stats, long t0) throws IOException {
    Path path = new Path(work, SUMMARY_FILE);
    ObjectNode summary;
    try (InputStream in = path.getFileSystem(conf).open(path)) {
      summary = (ObjectNode) JobOutput.json().readTree(in);
    } catch (FileNotFoundException e) {
      throw new JobFailure("The algorithm finished without writing " + SUMMARY_FILE);
    }
    ObjectNode input = summary.putObject("input");
    ArrayNode files = input.putArray("files");
    plan.files().forEach(f -> files.add(f.path().toString()));
    input.put("rows", stats.rows());
    input.put("skipped_rows", stats.skipped());
    if (!Double.isNaN(stats.seconds())) {
      input.put("load_seconds", stats.seconds());
    }
    ArrayNode problems = input.putArray("skipped_row_problems");
    stats.problems().forEach(problems::add);
    summary.put("total_seconds", (System.nanoTime() - t0) / 1e9);
    JobOutput.writeJson(conf, SUMMARY_FILE, summary);
    return summary;
  }

  private static String seconds(long t0) {
    return String.format(java.util.Locale.ROOT, "%.3f", (System.nanoTime() - t0) / 1e9);
  }
}
