package org.giraphml.io;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Rows read and skipped across splits, with the first few problems of skipped rows. */
public final class LoadStats {
  private long rows;
  private long skipped;
  private final List<String> problems = new ArrayList<>();
  private double seconds = Double.NaN;

  public synchronized void add(SplitReader.Result r) {
    rows += r.rows();
    skipped += r.skipped();
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

  public synchronized List<String> problems() {
    return Collections.unmodifiableList(new ArrayList<>(problems));
  }
}
