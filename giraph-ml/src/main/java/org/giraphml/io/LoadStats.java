package org.giraphml.io;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/** Rows read and skipped across splits, with the first few problems of skipped rows. */
public final class LoadStats {
  private long rows;
  private long skipped;
  private double weight;
  private final List<String> problems = new ArrayList<>();
  private long[] skippedKeys = new long[0];
  private double seconds = Double.NaN;

  public synchronized void add(SplitReader.Result r) {
    rows += r.rows();
    skipped += r.skipped();
    weight += r.weight();
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

  /**
   * The sum of the rows' sample weights ({@code --weight-column}), split after split in the
   * order they were added; 0 without a weight column.
   */
  public synchronized double weight() {
    return weight;
  }

  public synchronized long skipped() {
    return skipped;
  }

  /**
   * Fails with "no data rows" when nothing was read, before any training: every row was
   * invalid and skipped, or the files held no rows.
   *
   * @throws InputException naming the file, or the first files of a larger input
   */
  public synchronized void requireRows(InputPlan plan) {
    if (rows > 0) {
      return;
    }
    List<InputPlan.InputFile> files = plan.files();
    String where = files.size() == 1 ? files.get(0).path().toString()
        : InputLister.names(files.stream().map(InputPlan.InputFile::path).toList());
    throw new InputException(where, 0, "no data rows (" + (skipped == 0 ? "no file holds a row"
        : "all " + skipped + " rows were invalid and skipped"
            + (problems.isEmpty() ? "" : "; the first: " + problems.get(0))) + ")");
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
