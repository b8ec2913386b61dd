package org.giraphml.api;

import org.giraphml.graph.DataBlock;

/**
 * Rows a model cannot predict although they were read without error (a row of zeros under
 * cosine distance). Training refuses the same rows; {@code predict} reports them the same way,
 * through {@link RowProblems}: "N row(s) {@link #what}; the first is file:line{@link #remedy}".
 *
 * @param what completes "N row(s) ", e.g. "are all zeros, for which cosine distance is
 *     undefined"
 * @param remedy appended after the first row's location, or empty
 * @param test which rows are refused
 */
public record RowRule(String what, String remedy, Test test) {
  /** Whether row {@code row} of {@code block} is refused. */
  @FunctionalInterface
  public interface Test {
    boolean rejects(DataBlock block, int row);
  }
}
