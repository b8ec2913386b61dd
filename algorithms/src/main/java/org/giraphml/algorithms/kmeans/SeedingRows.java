package org.giraphml.algorithms.kmeans;

import java.util.Arrays;
import org.giraphml.graph.DataBlock;
import org.giraphml.reduce.KeyedRows;
import org.giraphml.reduce.RowTable;

/**
 * Data-vertex side of seeding: each row's squared distance to the nearest centre chosen so
 * far, kept in the vertex value between rounds, and offering rows to a sample.
 */
final class SeedingRows {
  /** Randomness streams, so that each use of the seed draws independently. */
  static final long STREAM_UNIFORM = 1;
  static final long STREAM_PLUS_PLUS = 1L << 32;
  static final long STREAM_PARALLEL = 2L << 32;

  private SeedingRows() {
  }

  /** Lowers each row's distance to the nearest centre by the centres in {@code fresh}. */
  static double[] update(AssignedRows rows, RowTable fresh, Assigner assigner) {
    DataBlock block = rows.block();
    double[] min = rows.seedingDistances();
    if (min == null) {
      min = new double[block.rows()];
      Arrays.fill(min, Double.POSITIVE_INFINITY);
      rows.setSeedingDistances(min);
    }
    if (fresh.rows() > 0) {
      assigner.assign(block, fresh);
      double[] dist = assigner.distances();
      for (int r = 0; r < block.rows(); r++) {
        if (dist[r] < min[r]) {
          min[r] = dist[r];
        }
      }
    }
    return min;
  }

  /** Offers row {@code r} with the given priority, copying it only if it will be kept. */
  static void offer(KeyedRows sample, DataBlock block, int r, double priority, int dims) {
    long key = block.rowKeys()[r];
    if (sample.wouldKeep(priority, key)) {
      double[] row = new double[dims];
      block.copyRow(r, row);
      sample.offer(new KeyedRows.Entry(priority, key, row));
    }
  }
}
