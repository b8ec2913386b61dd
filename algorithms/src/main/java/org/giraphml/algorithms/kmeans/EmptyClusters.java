package org.giraphml.algorithms.kmeans;

import java.util.List;
import java.util.Locale;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import org.giraphml.reduce.KeyedRows;
import org.giraphml.reduce.RowTable;

/**
 * The master's decision for clusters no row chose in an assignment: with
 * {@code --empty-clusters farthest-point} the i-th empty cluster moves to the i-th row farthest
 * from its centroid (unless even that row sits on a centroid), otherwise it keeps its centroid.
 * Each decision is logged and recorded as an empty-cluster event.
 */
final class EmptyClusters {
  private static final Logger LOG = LogManager.getLogger(EmptyClusters.class);

  private EmptyClusters() {
  }

  /**
   * @param sizes rows per cluster
   * @param far rows farthest from their centroids, farthest first (priority: minus the squared
   *     distance); empty with the {@code keep} policy
   * @param iteration the number of the iteration (from 1), for the events
   * @return the re-seed row of each re-seeded cluster (other rows not filled)
   */
  static RowTable reseeds(long[] sizes, List<KeyedRows.Entry> far, int d, int iteration,
      IterationHistory history) {
    int k = sizes.length;
    RowTable table = new RowTable(k, d);
    int next = 0;
    for (int j = 0; j < k; j++) {
      if (sizes[j] > 0) {
        continue;
      }
      String event;
      if (next < far.size() && -far.get(next).priority() == 0) {
        event = String.format(Locale.ROOT, "iteration %d: cluster %d was empty; kept its "
            + "centroid: every row sits on a centroid, so no row can re-seed it", iteration, j);
      } else if (next < far.size()) {
        KeyedRows.Entry e = far.get(next++);
        table.set(j, e.row());
        event = String.format(Locale.ROOT, "iteration %d: cluster %d was empty; re-seeded at "
            + "the row farthest from its centroid (squared distance %.6g)", iteration, j,
            -e.priority());
      } else {
        event = String.format(Locale.ROOT, "iteration %d: cluster %d was empty; kept its "
            + "centroid", iteration, j);
      }
      history.emptyCluster(event);
      LOG.info("kmeans {}", event);
    }
    return table;
  }
}
