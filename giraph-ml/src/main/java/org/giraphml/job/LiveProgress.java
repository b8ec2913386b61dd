package org.giraphml.job;

import java.io.PrintStream;
import java.util.OptionalInt;
import java.util.function.LongSupplier;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import org.giraphml.api.ProgressListener;

/**
 * The live progress line: follows a job through {@link ProgressListener} and has
 * {@code me.tongfei:progressbar} redraw it on stderr (a carriage return, then the line cut to
 * the terminal's width, which the library measures with JLine) every
 * {@value #REDRAW_MILLIS} ms from its own thread. The text is {@link ProgressLine}'s; the
 * library's own bar and counters are not used.
 *
 * <p>Rates: while loading nothing is known until the input is read; then rows read per second;
 * from the second iteration, rows visited per second over the iterations since the first
 * (which also pays for seeding), and the time left at that pace if every remaining iteration
 * up to the cap runs (an upper bound: a job that converges stops sooner).
 */
final class LiveProgress implements ProgressListener, AutoCloseable {
  static final int REDRAW_MILLIS = 200;

  private final String command;
  private final OptionalInt maxIterations;
  private final LongSupplier clock;
  private final long start;
  private ProgressLine.Phase phase;
  private long rows = -1;
  private double loadRate = Double.NaN;
  private long loadedAt;
  private long firstIterationAt;
  private long lastIterationAt;
  private int iteration;
  private double objective = Double.NaN;
  private ProgressBar bar;

  /**
   * @param engineLoads whether the embedded engine reads the input here (and so reports
   *     {@link #loaded}); the Giraph engine reads it in its workers
   * @param clock nanoseconds, as {@link System#nanoTime()}
   */
  LiveProgress(String command, OptionalInt maxIterations, boolean engineLoads,
      LongSupplier clock) {
    this.command = command;
    this.maxIterations = maxIterations;
    this.clock = clock;
    this.start = clock.getAsLong();
    this.loadedAt = start;
    this.phase = engineLoads ? ProgressLine.Phase.LOADING : ProgressLine.Phase.STARTING;
  }

  /** Starts drawing on {@code err}, which must be a terminal. */
  static LiveProgress start(String command, OptionalInt maxIterations, boolean engineLoads,
      PrintStream err) {
    LiveProgress progress = new LiveProgress(command, maxIterations, engineLoads,
        System::nanoTime);
    progress.bar = new ProgressBarBuilder()
        .setTaskName(command)
        .setUpdateIntervalMillis(REDRAW_MILLIS)
        .continuousUpdate()
        .setConsumer(new ConsoleProgressBarConsumer(err))
        .setRenderer((state, width) -> ProgressLine.render(progress.snapshot(), width))
        .build();
    return progress;
  }

  @Override
  public synchronized void loaded(long rowCount, double seconds) {
    rows = rowCount;
    loadRate = seconds > 0 ? rowCount / seconds : Double.NaN;
    loadedAt = clock.getAsLong();
    phase = ProgressLine.Phase.PREPARING;
  }

  @Override
  public synchronized void iteration(String algorithm, int i, double value) {
    long now = clock.getAsLong();
    if (phase != ProgressLine.Phase.ITERATING) {
      firstIterationAt = now;
      phase = ProgressLine.Phase.ITERATING;
    }
    lastIterationAt = now;
    iteration = i;
    objective = value;
  }

  /** What the line shows now. */
  synchronized ProgressLine.Snapshot snapshot() {
    double elapsed = (clock.getAsLong() - start) / 1e9;
    double rate = phase == ProgressLine.Phase.PREPARING ? loadRate : Double.NaN;
    double left = Double.NaN;
    if (phase == ProgressLine.Phase.ITERATING) {
      // Iterations after the first are timed from the first's end; the first from loading.
      boolean several = iteration > 1 && lastIterationAt > firstIterationAt;
      double seconds = several ? (lastIterationAt - firstIterationAt) / 1e9
          : (lastIterationAt - loadedAt) / 1e9;
      int timed = several ? iteration - 1 : 1;
      if (seconds > 0) {
        rate = rows >= 0 ? rows * (double) timed / seconds : Double.NaN;
        if (maxIterations.isPresent()) {
          left = Math.max(0, maxIterations.getAsInt() - iteration) * seconds / timed;
        }
      }
    }
    return new ProgressLine.Snapshot(command, phase, iteration, maxIterations, objective, rows,
        rate, elapsed, left);
  }

  /** Draws the last state and ends the line. */
  @Override
  public void close() {
    if (bar != null) {
      bar.close();
    }
  }
}
