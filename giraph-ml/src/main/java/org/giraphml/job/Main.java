package org.giraphml.job;

import java.io.IOException;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.ServiceLoader;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.conf.Configured;
import org.apache.hadoop.util.Tool;
import org.apache.hadoop.util.ToolRunner;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import org.giraphml.api.MlAlgorithm;
import org.giraphml.api.TrainingSummary;
import org.giraphml.conf.ConfOption;
import org.giraphml.conf.InvalidOptionException;
import org.giraphml.engine.JvmOptions;
import org.giraphml.export.Export;
import org.giraphml.io.InputException;
import org.giraphml.io.JobFailure;

/**
 * The command line: {@code giraph-ml <command> [options]}, where the commands are the
 * algorithms found on the classpath (registered as {@code MlAlgorithm} services) plus
 * {@code help}. A Hadoop {@link Tool}, so {@code -D key=value} and {@code -conf file.xml} work
 * and the jar can be given to {@code hadoop jar}.
 *
 * <p>Exit codes: 0 success, 1 the job failed (bad input, a failed run), 2 bad usage.
 */
public final class Main extends Configured implements Tool {
  private static final Logger LOG = LogManager.getLogger(Main.class);
  static final int OK = 0;
  static final int FAILED = 1;
  static final int USAGE = 2;

  private final PrintStream out;
  private final PrintStream err;

  public Main() {
    this(System.out, System.err);
  }

  Main(PrintStream out, PrintStream err) {
    this.out = out;
    this.err = err;
  }

  public static void main(String[] args) throws Exception {
    System.exit(ToolRunner.run(new Configuration(), new Main(), args));
  }

  /** The algorithms on the classpath, by command name. */
  static List<MlAlgorithm> algorithms() {
    List<MlAlgorithm> all = new ArrayList<>();
    ServiceLoader.load(MlAlgorithm.class).forEach(all::add);
    return all;
  }

  /** The option keys of every command but {@code algorithm}. */
  private static Set<String> otherKeys(MlAlgorithm algorithm) {
    Set<String> keys = new HashSet<>();
    for (MlAlgorithm other : algorithms()) {
      if (!other.name().equals(algorithm.name())) {
        JobRunner.allOptions(other).forEach(o -> keys.add(o.key()));
      }
    }
    Export.options().forEach(o -> keys.add(o.key()));
    return keys;
  }

  @Override
  public int run(String[] args) {
    // Under 'hadoop jar', a jar with our Main-Class may still be given the class name.
    if (args.length > 0 && args[0].equals(Main.class.getName())) {
      args = Arrays.copyOfRange(args, 1, args.length);
    }
    if (args.length == 0 || "help".equals(args[0]) || "--help".equals(args[0])
        || "-h".equals(args[0])) {
      out.print(overview());
      return args.length == 0 ? USAGE : OK;
    }
    if ("options".equals(args[0])) {
      out.print(OptionsDocument.markdown());
      return OK;
    }
    if (Export.NAME.equals(args[0])) {
      return export(Arrays.copyOfRange(args, 1, args.length));
    }
    MlAlgorithm algorithm = null;
    for (MlAlgorithm a : algorithms()) {
      if (a.name().equals(args[0])) {
        algorithm = a;
      }
    }
    if (algorithm == null) {
      err.println("giraph-ml: unknown command '" + args[0] + "'");
      err.print(overview());
      return USAGE;
    }
    List<String> closed = JvmOptions.missingOpens();
    if (!closed.isEmpty()) {
      // Under 'hadoop jar' the manifest's Add-Opens does not apply (RunJar is the main class).
      err.println("giraph-ml " + algorithm.name() + ": this JVM was started without "
          + closed.get(0) + (closed.size() > 1 ? " and " + (closed.size() - 1) + " more" : "")
          + ", which Giraph and Kryo need on Java 17. Start it with these flags; under "
          + "'hadoop jar':\n  export HADOOP_CLIENT_OPTS=\"" + JvmOptions.line() + "\"");
      return USAGE;
    }
    Configuration conf = getConf() == null ? new Configuration() : getConf();
    String[] rest = Arrays.copyOfRange(args, 1, args.length);
    try {
      if (CommandLine.apply(rest, JobRunner.allOptions(algorithm), conf)) {
        out.print(CommandLine.usage(algorithm.name(), algorithm.description(),
            JobRunner.allOptions(algorithm)));
        return OK;
      }
      CommandLine.checkKeys(conf, JobRunner.allOptions(algorithm), otherKeys(algorithm));
      JobRunner.validate(algorithm, conf);
    } catch (InvalidOptionException e) {
      err.println("giraph-ml " + algorithm.name() + ": " + e.getMessage());
      return USAGE;
    }
    try {
      String name = algorithm.name();
      JobRunner.Report report;
      try (ProgressDisplay progress = ProgressDisplay.open(algorithm, conf, err,
          err == System.err)) {
        report = JobRunner.run(algorithm, conf,
            message -> err.println("giraph-ml " + name + ": error: " + message));
      }
      out.println(describe(algorithm.name(), report));
      algorithm.resultLines(report.summary().training()).forEach(out::println);
      return OK;
    } catch (InvalidOptionException e) {
      err.println("giraph-ml " + algorithm.name() + ": " + e.getMessage());
      return USAGE;
    } catch (InputException | JobFailure e) {
      err.println("giraph-ml " + algorithm.name() + ": error: " + e.getMessage());
      return FAILED;
    } catch (IOException e) {
      // Expected failures of the world (a file system that cannot be reached, a failed read):
      // one line; the trace only at DEBUG (GIRAPHML_JAVA_OPTS=-Dgiraphml.log.level=DEBUG).
      LOG.debug("The job failed", e);
      OutOfMemoryError oom = OutOfMemory.find(e);
      err.println("giraph-ml " + algorithm.name() + ": error: " + (oom != null
          ? OutOfMemory.prepare(conf).line(oom) : IoFailureMessage.of(e, conf)));
      return FAILED;
    } catch (Exception | OutOfMemoryError e) {
      // Out of heap before the runner planned the input (it turns a later one into a
      // JobFailure with the message prepared): nothing of the job's size was loaded yet.
      OutOfMemoryError oom = OutOfMemory.find(e);
      if (oom != null) {
        err.println("giraph-ml " + algorithm.name() + ": error: "
            + OutOfMemory.prepare(conf).line(oom));
        return FAILED;
      }
      err.println("giraph-ml " + algorithm.name() + ": failed: " + e);
      e.printStackTrace(err);
      return FAILED;
    }
  }

  /** {@code giraph-ml export}: no job, so none of a job's start-up checks. */
  private int export(String[] rest) {
    Configuration conf = getConf() == null ? new Configuration() : getConf();
    List<ConfOption<?>> options = Export.options();
    String name = "giraph-ml " + Export.NAME;
    try {
      if (CommandLine.apply(rest, options, conf)) {
        out.print(CommandLine.usage(Export.NAME, Export.DESCRIPTION, options));
        return OK;
      }
      Set<String> elsewhere = new HashSet<>();
      algorithms().forEach(a -> JobRunner.allOptions(a).forEach(o -> elsewhere.add(o.key())));
      CommandLine.checkKeys(conf, options, elsewhere);
      Export.validate(conf);
    } catch (InvalidOptionException e) {
      err.println(name + ": " + e.getMessage());
      return USAGE;
    }
    try {
      out.println(Export.NAME + ": " + Export.run(conf));
      return OK;
    } catch (InputException | JobFailure e) {
      err.println(name + ": error: " + e.getMessage());
      return FAILED;
    } catch (IOException e) {
      LOG.debug("The export failed", e);
      err.println(name + ": error: " + IoFailureMessage.of(e, conf));
      return FAILED;
    } catch (RuntimeException e) {
      err.println(name + ": failed: " + e);
      e.printStackTrace(err);
      return FAILED;
    }
  }

  /** The one line a successful job prints, from the typed summary. */
  static String describe(String name, JobRunner.Report report) {
    JobSummary summary = report.summary();
    TrainingSummary s = summary.training();
    StringBuilder line = new StringBuilder(name).append(": ");
    line.append(summary.input().rows()).append(" rows");
    s.iterations().ifPresent(n -> line.append(", ").append(n)
        .append(n == 1 ? " iteration (" : " iterations (").append(s.stopReason()).append(')'));
    if (s.objectiveName() != null) {
      line.append(", ").append(s.objectiveName()).append(' ').append(s.objective());
    }
    line.append(String.format(java.util.Locale.ROOT, ", %.2f s", summary.totalSeconds()));
    line.append("; wrote ").append(report.output());
    return line.toString();
  }

  private static String overview() {
    StringBuilder b = new StringBuilder("Usage: giraph-ml <command> [options]\n\nCommands:\n");
    for (MlAlgorithm a : algorithms()) {
      b.append(String.format(java.util.Locale.ROOT, "  %-10s %s%n", a.name(), a.description()));
    }
    b.append(String.format(java.util.Locale.ROOT, "  %-10s %s%n", Export.NAME,
        Export.DESCRIPTION));
    b.append("  options    print every option as Markdown (docs/OPTIONS.md)\n");
    b.append("  help       this text\n\n'giraph-ml <command> --help' lists a command's options.\n");
    return b.toString();
  }
}
