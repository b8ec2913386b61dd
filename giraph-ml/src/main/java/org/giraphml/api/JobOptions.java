package org.giraphml.api;

import org.giraphml.conf.BooleanOption;
import org.giraphml.conf.EnumOption;
import org.giraphml.conf.IntOption;
import org.giraphml.conf.StringOption;

/** Options every job takes: where results go and how it runs. */
public final class JobOptions {
  private JobOptions() {
  }

  public static final StringOption OUTPUT = new StringOption("giraphml.output.path", "output",
      null, "Output directory (any Hadoop FileSystem URI); never the same as, inside or "
          + "around an input. Refused if it exists, unless --overwrite; written in full or not "
          + "at all.");

  public static final BooleanOption OVERWRITE = new BooleanOption("giraphml.output.overwrite",
      "overwrite", false, "Replace an existing output directory once the job has succeeded: "
          + "only an empty one or one giraph-ml wrote (it holds a _GIRAPHML marker).");

  public static final BooleanOption QUIET = new BooleanOption("giraphml.job.quiet", "quiet",
      false, "Print no progress on stderr: neither the live progress line (shown when stderr "
          + "is a terminal) nor the INFO log lines; warnings, errors and the result line stay.");

  public static final BooleanOption PREDICTIONS = new BooleanOption(
      "giraphml.output.predictions", "predictions", false,
      "Also write predictions.csv: each input row's prediction, in input order.");

  public static final BooleanOption REPORT = new BooleanOption("giraphml.output.report",
      "report", true, "Write report.html beside summary.json: plots of the training history, "
          + "the input, settings and timings, in one self-contained page. --report false skips "
          + "it (drawing takes about a second).");

  public static final IntOption WORKERS = (IntOption) new IntOption("giraphml.job.workers",
      "workers", Runtime.getRuntime().availableProcessors(), 1, 4096,
      "Parallelism; never changes the model. --engine memory: threads that load the input "
          + "and run the vertex program. --engine giraph on a cluster: Giraph worker tasks "
          + "(plus one master task); under Hadoop's local job runner: the one Giraph worker's "
          + "compute and input threads.")
      .documentDefaultAs("number of cores");

  public static final EnumOption<EngineKind> ENGINE = new EnumOption<>("giraphml.job.engine",
      "engine", EngineKind.class, EngineKind.MEMORY,
      "memory: embedded in-memory Giraph block runner; giraph: a full Giraph job (local job "
          + "runner, or the cluster the Hadoop configuration names).");

  public static final IntOption STALL_MINUTES = new IntOption("giraphml.job.stall-minutes",
      "stall-minutes", 30, 1, 7 * 24 * 60,
      "--engine giraph: kill the job, with a message saying so, when no superstep has finished "
          + "for this many minutes while it runs, start-up and input loading included (a lost "
          + "Giraph master can leave its workers waiting forever).");
}
