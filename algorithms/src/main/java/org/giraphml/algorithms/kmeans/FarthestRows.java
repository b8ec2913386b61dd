package org.giraphml.algorithms.kmeans;

import org.giraphml.graph.DataBlock;
import org.giraphml.reduce.KeyedRows;

/**
 * Picks a block's m rows farthest from their centroids (ties to the smaller row key) with a
 * small primitive insertion list, and copies only those rows: the candidates for re-seeding
 * empty clusters, at a cost of a compare per row. A row of weight 0 is never a candidate: a
 * centroid moved onto it would gather no weight and stay empty.
 */
final class FarthestRows {
  private FarthestRows() {
  }

  static KeyedRows of(DataBlock block, double[] dist, int m, int dims) {
    int n = block.rows();
    long[] keys = block.rowKeys();
    int[] best = new int[Math.min(m, n)];
    int size = 0;
    double[] weights = block.weights();
    for (int r = 0; r < n; r++) {
      if (weights != null && weights[r] == 0) {
        continue;
      }
      if (size == best.length && !farther(dist, keys, r, best[size - 1])) {
        continue;
      }
      int pos = size < best.length ? size++ : size - 1;
      while (pos > 0 && farther(dist, keys, r, best[pos - 1])) {
        best[pos] = best[pos - 1];
        pos--;
      }
      best[pos] = r;
    }
    KeyedRows out = new KeyedRows(m);
    for (int i = 0; i < size; i++) {
      double[] row = new double[dims];
      block.copyRow(best[i], row);
      out.offer(new KeyedRows.Entry(-dist[best[i]], keys[best[i]], row));
    }
    return out;
  }

  /** Whether row a ranks before row b: larger distance, then smaller key. */
  private static boolean farther(double[] dist, long[] keys, int a, int b) {
    return dist[a] > dist[b] || (dist[a] == dist[b] && keys[a] < keys[b]);
  }
}
