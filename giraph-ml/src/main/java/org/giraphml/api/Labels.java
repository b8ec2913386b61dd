package org.giraphml.api;

import org.giraphml.io.JobFailure;
import org.giraphml.io.Schema;

/** Label checks that run before a job starts. */
public final class Labels {
  private Labels() {
  }

  /**
   * Refuses input without labels, from {@link MlAlgorithm#checkInput}: the command line then
   * exits 1 with this line before anything is written.
   *
   * @throws JobFailure naming the command and the flag that gives labels
   */
  public static void require(String command, Schema schema) {
    if (!schema.hasLabel()) {
      throw new JobFailure(command + " needs a label for each row: give --label-column N for "
          + "CSV input, --label-column NAME for Parquet or ORC (LIBSVM rows carry theirs)");
    }
  }
}
