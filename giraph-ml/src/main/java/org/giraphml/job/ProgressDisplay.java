package org.giraphml.job;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.OptionalInt;
import org.apache.hadoop.conf.Configuration;
import org.apache.logging.log4j.Level;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.core.config.Configurator;
import org.giraphml.api.EngineKind;
import org.giraphml.api.JobOptions;
import org.giraphml.api.MlAlgorithm;
import org.giraphml.api.Progress;
import org.giraphml.conf.ConfOption;
import org.giraphml.conf.IterationLimitOption;

/**
 * How a job shows its progress on stderr, for as long as it runs:
 * <ul>
 *   <li>{@code --quiet}: nothing; giraph-ml's INFO log lines are held back (warnings and
 *       errors still print).
 *   <li>stderr is a terminal: the live line of {@link LiveProgress}, in place of the INFO log
 *       lines (which would break it up).
 *   <li>otherwise (a pipe, a file, CI, {@code hadoop jar} with its output captured): the plain
 *       log, one line per iteration, exactly as without this class.
 * </ul>
 *
 * <p>Whether stderr is a terminal: the JVM's {@code System.console()} answers for stdin and
 * stdout, not stderr, so on Linux the link {@code /proc/self/fd/2} is read instead (a terminal
 * is {@code /dev/pts/N} or {@code /dev/ttyX}); where there is no {@code /proc} the JVM's
 * answer stands in. {@code TERM=dumb} (editors' shells) counts as no terminal.
 */
final class ProgressDisplay implements AutoCloseable {
  private static final String OURS = "org.giraphml";

  private final Progress.Registration registration;
  private final LiveProgress live;
  private final Level heldBack;

  private ProgressDisplay(Progress.Registration registration, LiveProgress live, Level heldBack) {
    this.registration = registration;
    this.live = live;
    this.heldBack = heldBack;
  }

  /**
   * @param toTerminal whether the command's stderr is the process's (not a test's stream)
   */
  static ProgressDisplay open(MlAlgorithm algorithm, Configuration conf, PrintStream err,
      boolean toTerminal) {
    if (JobOptions.QUIET.get(conf)) {
      return new ProgressDisplay(null, null, holdBackInfo());
    }
    if (!toTerminal || !stderrIsTerminal() || !libraryPresent()) {
      return new ProgressDisplay(null, null, null);
    }
    LiveProgress live = LiveProgress.start(algorithm.name(), maxIterations(algorithm, conf),
        JobOptions.ENGINE.get(conf) == EngineKind.MEMORY, err);
    return new ProgressDisplay(Progress.listen(conf, live), live, holdBackInfo());
  }

  /** The algorithm's iteration cap, if it has one (its {@code IterationLimitOption}). */
  static OptionalInt maxIterations(MlAlgorithm algorithm, Configuration conf) {
    for (ConfOption<?> option : algorithm.options()) {
      if (option instanceof IterationLimitOption) {
        return ((IterationLimitOption) option).get(conf);
      }
    }
    return OptionalInt.empty();
  }

  static boolean stderrIsTerminal() {
    if ("dumb".equals(System.getenv("TERM"))) {
      return false;
    }
    Path fd2 = Path.of("/proc/self/fd/2");
    if (Files.isDirectory(fd2.getParent())) {
      try {
        String target = Files.readSymbolicLink(fd2).toString();
        return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
      } catch (IOException | UnsupportedOperationException e) {
        return false;
      }
    }
    return System.console() != null;
  }

  /** The job jar for clusters bundles neither progressbar nor JLine: then the plain log. */
  private static boolean libraryPresent() {
    try {
      Class.forName("me.tongfei.progressbar.ProgressBar", false,
          ProgressDisplay.class.getClassLoader());
      return true;
    } catch (ClassNotFoundException | LinkageError e) {
      return false;
    }
  }

  /** Raises giraph-ml's loggers to WARN; returns the level to restore, or null if it cannot. */
  private static Level holdBackInfo() {
    try {
      Level before = LogManager.getLogger(OURS).getLevel();
      if (before.isMoreSpecificThan(Level.WARN)) {
        return null;
      }
      Configurator.setLevel(OURS, Level.WARN);
      return before;
    } catch (LinkageError e) {
      // Under 'hadoop jar' logging is the cluster's SLF4J, which has no levels to set here.
      return null;
    }
  }

  @Override
  public void close() {
    if (live != null) {
      live.close();
    }
    if (registration != null) {
      registration.close();
    }
    if (heldBack != null) {
      Configurator.setLevel(OURS, heldBack);
    }
  }
}
