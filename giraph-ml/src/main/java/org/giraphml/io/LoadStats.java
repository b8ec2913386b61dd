package org.giraphml.io;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/** Rows read and skipped across splits, with the first few problems of skipped rows. */
public final class LoadStats {
  private long rows;
  private long skipped;
  private final List<String> problems = new ArrayList<>();
  private long[] skippedKeys = new long[0];
  private double seconds = Double.NaN;

  public synchronized void add(SplitReader.Result r) {
    rows += r.rows();
    skipped += r.skipped();
    long[] keys = r.takeSkippedKeys();
    int at = skippedKeys.length;
    skippedKeys = Arrays.copyOf(skippedKeys, at + keys.length);
    System.arraycopy(keys, 0, skippedKeys, at, keys.length);
    for (String p : r.problems()) {
      if (problems.size() < SplitReader.MAX_REPORTED_PROBLEMS) {
        problems.add(p);
      }
    }
  }

  public synchronized void add(long rows, long skipped) {
    this.rows += rows;
    this.skipped += skipped;
  }

  /** Wall seconds the load took, or NaN where loading is not timed apart from the job. */
  public synchronized void setSeconds(double seconds) {
    this.seconds = seconds;
  }

  public synchronized double seconds() {
    return seconds;
  }

  public synchronized long rows() {
    return rows;
  }

  public synchronized long skipped() {
    return skipped;
  }

  /** The row keys of the skipped rows, sorted (input order). */
  public synchronized long[] skippedKeys() {
    long[] sorted = skippedKeys.clone();
    Arrays.sort(sorted);
    return sorted;
  }

  public synchronized List<String> problems() {
    return Collections.unmodifiableList(new ArrayList<>(problems));
  }
}
