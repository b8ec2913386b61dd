package org.giraphml.api;

import java.util.Locale;
import org.apache.giraph.block_app.framework.api.BlockMasterApi;

/**
 * Reports an iteration where a cluster user can see it: the job's status string (YARN UI,
 * {@code mapred job -status}) and counters in the {@value #GROUP} group. In the embedded engine
 * both are no-ops; the log line is the algorithm's own.
 */
public final class Progress {
  public static final String GROUP = "giraph-ml";

  private Progress() {
  }

  public static void iteration(BlockMasterApi api, String algorithm, int iteration,
      double objective) {
    api.setStatus(String.format(Locale.ROOT, "%s iteration %d: objective %.10g", algorithm,
        iteration, objective));
    api.getCounter(GROUP, "iterations").setValue(iteration);
    if (Double.isFinite(objective) && Math.abs(objective) < 9e15) {
      api.getCounter(GROUP, "objective (rounded)").setValue(Math.round(objective));
    }
  }
}
