package org.giraphml.job;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import org.apache.giraph.conf.GiraphConfiguration;
import org.apache.giraph.conf.GiraphConstants;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.security.UserGroupInformation;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import org.giraphml.api.EngineKind;
import org.giraphml.api.JobOptions;
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
import org.giraphml.io.JobFailure;
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
  /** How long a shutdown hook waits for the output directory being prepared (a few mkdirs). */
  private static final long PREPARE_WAIT_SECONDS = 30;

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
   * {@code System.exit}; a user presses Ctrl-C), a shutdown hook hands the recorded reason to
   * {@code onExit} and removes the work directory, so even then nothing half-written is left.
   * Once the output is committed the hook neither reports a failure nor deletes anything.
   */
  public static Report run(MlAlgorithm algorithm, Configuration base, Consumer<String> onExit)
      throws IOException {
    long t0 = System.nanoTime();
    GiraphConfiguration conf = new GiraphConfiguration(base);
    validate(algorithm, conf);
    // The hook is registered before anything is created: a signal that lands while the output's
    // parents and work directory are being made then waits for them and removes them, instead
    // of leaving them (or failing with "Shutdown in progress" when registered too late).
    AtomicReference<OutputDirectory> prepared = new AtomicReference<>();
    CountDownLatch ready = new CountDownLatch(1);
    Thread exitHook = new Thread(() -> {
      try {
        ready.await(PREPARE_WAIT_SECONDS, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      OutputDirectory created = prepared.get();
      if (created != null) {
        onJvmExit(created, onExit).run();
      }
    }, "giraphml-abort");
    try {
      Runtime.getRuntime().addShutdownHook(exitHook);
    } catch (IllegalStateException e) {
      throw new JobFailure("the job was stopped before it started; nothing was written");
    }
    OutputDirectory out;
    try {
      out = OutputDirectory.prepare(conf, outputRequest(algorithm, conf));
      prepared.set(out);
    } catch (IOException | RuntimeException | Error e) {
      removeHook(exitHook);
      throw e;
    } finally {
      ready.countDown();
    }
    try {
      JobOutput.WORK_DIR.set(conf, out.work().toString());
      InputPlan plan = InputPlan.create(conf, InputOptions.INPUT.get(conf),
          InputOptions.SPLIT_BYTES.get(conf));
      Schema schema = SchemaSniffer.sniff(conf, plan);
      conf.set(Schema.CONF_KEY, schema.encode());
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
      removeHook(exitHook);
    }
  }

  private static void removeHook(Thread exitHook) {
    try {
      Runtime.getRuntime().removeShutdownHook(exitHook);
    } catch (IllegalStateException e) {
      // already shutting down: the hook runs
    }
  }

  /**
   * What the shutdown hook does: discards an unfinished job and reports why; after the
   * output was placed it reports no failure and deletes nothing (it waits for a commit in
   * progress to end).
   */
  static Runnable onJvmExit(OutputDirectory out, Consumer<String> onExit) {
    return () -> {
      String why = out.failureMessage().orElse("the job was stopped before it finished");
      if (out.abort()) {
        onExit.accept(why);
      } else {
        LOG.info("Stopped after the output was placed in {}", out.output());
      }
    };
  }

  /** The output to prepare, with every path the job reads, from whichever option names it. */
  private static OutputDirectory.Request outputRequest(MlAlgorithm algorithm,
      Configuration conf) {
    List<OutputDirectory.NamedPath> inputs = new ArrayList<>();
    for (ConfOption<?> option : allOptions(algorithm)) {
      String name = option.flag() != null ? "--" + option.flag() : option.key();
      option.inputPathsIn(conf).forEach(p -> inputs.add(new OutputDirectory.NamedPath(name, p)));
    }
    return new OutputDirectory.Request(
        new OutputDirectory.NamedPath("--" + JobOptions.OUTPUT.flag(), JobOptions.OUTPUT.get(conf)),
        JobOptions.OVERWRITE.get(conf), algorithm.name(), inputs);
  }

  private static ObjectNode finishSummary(Configuration conf, Path work, InputPlan plan,
      LoadStats stats, long t0) throws IOException {
    stats.requireRows(plan);
    Path path = new Path(work, SUMMARY_FILE);
    ObjectNode summary;
    try (InputStream in = path.getFileSystem(conf).open(path)) {
      summary = (ObjectNode) JobOutput.json().readTree(in);
    } catch (FileNotFoundException e) {
      // Every known way here has its own message; the last one is for what is not known yet.
      String limit = conf.get(GiraphConstants.MAX_NUMBER_OF_SUPERSTEPS.getKey());
      if (limit != null) {
        throw new JobFailure("The Giraph job stopped at " + GiraphConstants
            .MAX_NUMBER_OF_SUPERSTEPS.getKey() + "=" + limit + " before the algorithm finished;"
            + " remove that setting (the algorithms stop by their own options, e.g. "
            + "--max-iterations)");
      }
      throw new JobFailure("Internal error: the algorithm ended without its summary; "
          + "please report this with the log above");
    }
    ObjectNode input = summary.putObject("input");
    ArrayNode files = input.putArray("files");
    plan.files().forEach(f -> files.add(f.path().toString()));
    input.put("file_count", plan.files().size());
    Schema schema = Schema.decode(conf.get(Schema.CONF_KEY));
    if (schema.format().rowFormat().hasHeaderLines()) {
      ObjectNode header = input.putObject("header");
      header.put("mode", InputOptions.HEADER.format(InputOptions.HEADER.get(conf)));
      ArrayNode lines = header.putArray("lines");
      for (Schema.HeaderLine h : schema.headers()) {
        lines.addObject().put("file", plan.files().get(h.file()).path().toString())
            .put("line", h.line()).put("text", h.text());
      }
    }
    if (!schema.featureColumns().isEmpty()) {
      input.put("format", InputOptions.FORMAT.format(schema.format()));
      ArrayNode columns = input.putArray("feature_columns");
      schema.featureColumns().forEach(c -> columns.addObject().put("name", c.name())
          .put("width", c.width()));
      schema.labelName().ifPresent(l -> input.put("label_column", l));
    }
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
