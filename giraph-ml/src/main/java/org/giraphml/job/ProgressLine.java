package org.giraphml.job;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalInt;

/**
 * The text of the live progress line, as a pure function of a {@link Snapshot} and the
 * terminal's width, so that it can be tested without a terminal or a clock. Fields are joined
 * by {@code " | "}; when the line is too wide the least important fields are dropped first
 * (rows/s, time left, elapsed, objective; never the phase), and what still does not fit is
 * cut. ASCII only, so that any terminal encoding shows it.
 */
final class ProgressLine {
  private ProgressLine() {
  }

  /** What the job is doing. */
  enum Phase {
    /** The embedded engine is reading the input. */
    LOADING("loading"),
    /** The Giraph engine is starting: its workers read the input, the master prepares. */
    STARTING("starting"),
    /** Input read; the algorithm prepares (seeding, label and moment scans). */
    PREPARING("preparing"),
    /** At least one iteration is done. */
    ITERATING("iteration");

    final String label;

    Phase(String label) {
      this.label = label;
    }
  }

  /**
   * The state to show.
   *
   * @param rows rows read, or -1 if not known (the Giraph engine reads in its workers)
   * @param rowsPerSecond rows read per second while loading, rows visited per second while
   *     iterating; NaN if not known
   * @param secondsLeft an upper bound (the iteration cap at the pace so far), NaN if unknown
   */
  record Snapshot(String command, Phase phase, int iteration, OptionalInt maxIterations,
      double objective, long rows, double rowsPerSecond, double elapsedSeconds,
      double secondsLeft) {
  }

  static String render(Snapshot s, int width) {
    // Display order; each field's rank says how late it is dropped (the phase never is).
    List<String> parts = new ArrayList<>();
    List<Integer> ranks = new ArrayList<>();
    String phase = s.phase() == Phase.ITERATING
        ? "iteration " + s.iteration() + (s.maxIterations().isPresent()
            ? " of " + s.maxIterations().getAsInt() : "")
        : s.phase().label + (s.phase() == Phase.PREPARING && s.rows() >= 0
            ? " (" + s.rows() + " rows read)" : "");
    add(parts, ranks, s.command() + ": " + phase, Integer.MAX_VALUE);
    if (s.phase() == Phase.ITERATING) {
      add(parts, ranks, "objective " + String.format(Locale.ROOT, "%.6g", s.objective()), 4);
    }
    if (Double.isFinite(s.rowsPerSecond())) {
      add(parts, ranks, count(s.rowsPerSecond()) + " rows/s", 1);
    }
    add(parts, ranks, duration(s.elapsedSeconds()) + " elapsed", 3);
    if (Double.isFinite(s.secondsLeft())) {
      add(parts, ranks, "<= " + duration(s.secondsLeft()) + " left", 2);
    }
    String line = String.join(" | ", parts);
    while (line.length() > width && parts.size() > 1) {
      int drop = ranks.indexOf(java.util.Collections.min(ranks));
      parts.remove(drop);
      ranks.remove(drop);
      line = String.join(" | ", parts);
    }
    return line.length() > width ? line.substring(0, Math.max(0, width)) : line;
  }

  private static void add(List<String> parts, List<Integer> ranks, String part, int rank) {
    parts.add(part);
    ranks.add(rank);
  }

  /** {@code 950}, {@code 12.3k}, {@code 4.56M}: three significant digits. */
  static String count(double v) {
    String[] units = {"", "k", "M", "G", "T"};
    int u = 0;
    while (Math.abs(v) >= 999.5 && u < units.length - 1) {
      v /= 1000;
      u++;
    }
    String digits = u == 0 ? String.format(Locale.ROOT, "%.0f", v)
        : String.format(Locale.ROOT, Math.abs(v) < 9.995 ? "%.2f" : Math.abs(v) < 99.95
            ? "%.1f" : "%.0f", v);
    return digits + units[u];
  }

  /** {@code 0:07}, {@code 12:34}, {@code 1:02:03}. */
  static String duration(double seconds) {
    long s = Math.round(Math.max(0, seconds));
    return s >= 3600
        ? String.format(Locale.ROOT, "%d:%02d:%02d", s / 3600, s / 60 % 60, s % 60)
        : String.format(Locale.ROOT, "%d:%02d", s / 60, s % 60);
  }
}
