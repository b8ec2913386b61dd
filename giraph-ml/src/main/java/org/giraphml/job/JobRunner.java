package org.giraphml.job;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import org.apache.giraph.conf.GiraphConfiguration;
import org.apache.giraph.conf.GiraphConstants;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import org.giraphml.api.JobOptions;
import org.giraphml.api.JobOutput;
import org.giraphml.api.MlAlgorithm;
import org.giraphml.api.PredictionColumn;
import org.giraphml.api.ResultSink;
import org.giraphml.api.TrainingSummary;
import org.giraphml.conf.ConfOption;
import org.giraphml.conf.InvalidOptionException;
import org.giraphml.conf.OptionsDoc;
import org.giraphml.engine.Engine;
import org.giraphml.engine.EngineJob;
import org.giraphml.engine.PredictionSink;
import org.giraphml.graph.Precision;
import org.giraphml.io.InputFormatKind;
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
  /** The job's summary, written once by the runner (docs/DATA.md, "The summary"). */
  public static final String SUMMARY_FILE = "summary.json";
  /** How long a shutdown hook waits for the output directory being prepared (a few mkdirs). */
  private static final long PREPARE_WAIT_SECONDS = 30;

  /** What a finished job produced: where its files are and its summary, typed. */
  public record Report(Path output, JobSummary summary) {
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
    checkPrecision(algorithm, conf);
    algorithm.validate(conf);
    Engine.of(JobOptions.ENGINE.get(conf)).check(conf);
  }

  /** Refuses {@code --precision float} where the rows could not be read or used as float32. */
  private static void checkPrecision(MlAlgorithm algorithm, Configuration conf) {
    if (InputOptions.PRECISION.get(conf) == Precision.DOUBLE) {
      return;
    }
    if (!algorithm.readsFloatRows()) {
      throw new InvalidOptionException(InputOptions.PRECISION, "float", algorithm.name()
          + " keeps its rows in double only; leave --precision out (float: kmeans)");
    }
    if (InputOptions.FORMAT.get(conf) == InputFormatKind.LIBSVM) {
      throw new InvalidOptionException(InputOptions.PRECISION, "float", "float32 storage is "
          + "for dense rows; LIBSVM rows are sparse and stay in double: leave --precision out");
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
    // Every refusal comes before anything is created beside the output: the output's own,
    // then the input's, which need its schema.
    OutputDirectory.Request request = outputRequest(algorithm, conf);
    OutputDirectory.check(conf, request);
    InputPlan plan = InputPlan.create(conf, InputOptions.INPUT.get(conf),
        InputOptions.SPLIT_BYTES.get(conf));
    Schema schema = SchemaSniffer.sniff(conf, plan);
    conf.set(Schema.CONF_KEY, schema.encode());
    algorithm.checkInput(conf, schema);
    OutOfMemory oomMessage = OutOfMemory.prepare(conf, plan);
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
      out = OutputDirectory.prepare(conf, request);
      prepared.set(out);
    } catch (IOException | RuntimeException | Error e) {
      removeHook(exitHook);
      throw e;
    } finally {
      ready.countDown();
    }
    HeapReserve reserve = new HeapReserve();
    try {
      JobOutput.WORK_DIR.set(conf, out.work().toString());
      return runIn(out, algorithm, conf, plan, schema, t0);
    } catch (IOException | RuntimeException | Error e) {
      // The job's frames are gone (runIn held its data); out of heap, the reserve makes room
      // for the clean-up and the message, both of which allocate.
      OutOfMemoryError oom = OutOfMemory.find(e);
      if (oom != null) {
        reserve.release();
      }
      out.abort();
      if (oom != null) {
        throw new JobFailure(oomMessage.line(oom), e);
      }
      throw e;
    } finally {
      reserve.release();
      removeHook(exitHook);
    }
  }

  /** Runs the checked job into {@code out}'s work directory, then commits it. */
  private static Report runIn(OutputDirectory out, MlAlgorithm algorithm,
      GiraphConfiguration conf, InputPlan plan, Schema schema, long t0) throws IOException {
    PredictionColumn column = algorithm.predictions(conf);
    Optional<PredictionSink> predictions = column != null && algorithm.writesPredictions(conf)
        ? Optional.of(new PredictionSink(column)) : Optional.empty();
    ReportRows reportRows = null;
    if (predictions.isPresent() && JobOptions.REPORT.get(conf)) {
      reportRows = new ReportRows(column.name());
      predictions.get().observe(reportRows);
    }
    LoadStats stats = Engine.of(JobOptions.ENGINE.get(conf)).run(new EngineJob(
        algorithm.getClass(), conf, plan, schema, JobOptions.WORKERS.get(conf), predictions));
    JobSummary summary = finishSummary(conf, out.work(), plan, schema, stats, t0);
    ReportStep.write(algorithm, conf, out.work(), out.output(), summary.toJson(),
        reportRows == null ? null : reportRows.results());
    out.commit();
    LOG.info("Wrote {} in {} s", out.output(), seconds(t0));
    return new Report(out.output(), summary);
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

  /**
   * Reads the master's training summary hand-off once, adds what the job read and its wall
   * time, writes {@code summary.json} once and removes the hand-off.
   */
  private static JobSummary finishSummary(Configuration conf, Path work, InputPlan plan,
      Schema schema, LoadStats stats, long t0) throws IOException {
    stats.requireRows(plan);
    Path path = new Path(work, ResultSink.HANDOFF_FILE);
    FileSystem fs = path.getFileSystem(conf);
    TrainingSummary training;
    try (InputStream in = fs.open(path)) {
      training = TrainingSummary.fromJson(JobOutput.json().readTree(in));
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
    JobSummary summary = new JobSummary(training, InputSummary.of(conf, plan, schema, stats),
        (System.nanoTime() - t0) / 1e9);
    JobOutput.writeJson(conf, SUMMARY_FILE, summary.toJson());
    fs.delete(path, false);
    return summary;
  }

  private static String seconds(long t0) {
    return String.format(java.util.Locale.ROOT, "%.3f", (System.nanoTime() - t0) / 1e9);
  }
}
