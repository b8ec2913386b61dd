package org.giraphml.algorithms.kmeans;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.apache.giraph.block_app.framework.api.BlockMasterApi;
import org.apache.giraph.block_app.framework.api.CreateReducersApi;
import org.apache.giraph.block_app.framework.piece.global_comm.ReducerHandle;
import org.giraphml.graph.DataBlock;
import org.giraphml.reduce.KeyedCutoff;
import org.giraphml.reduce.KeyedRows;
import org.giraphml.reduce.KeyedRowsReduce;

/**
 * The bounded row sample the summary's silhouette is computed on, reduced in the final
 * assignment: every data block offers its rows, each with its final cluster, under the
 * priority {@link ClusterQuality#sampleRank}{@code (seed, row key)}, and the reducer keeps the
 * {@code maxRows} smallest (ties by key). Keeping the smallest is commutative and associative,
 * so the sample, and the score, do not depend on the number of workers. With at most
 * {@code maxRows} rows the sample is every row and the score exact; beyond, it is scikit-learn's
 * {@code silhouette_score(..., sample_size=maxRows)} on a uniform sample without replacement.
 */
final class SilhouetteSample {
  private ReducerHandle<KeyedRows, KeyedRows> sample;

  void register(CreateReducersApi api, int maxRows) {
    sample = api.createGlobalReducer(new KeyedRowsReduce(maxRows));
  }

  /**
   * Worker side: offers {@code block}'s rows, labelled with {@code assignment}. Only rows
   * {@code cutoff} admits are copied and offered: pass the same cutoff (of capacity
   * {@code maxRows}) for every block a worker thread handles.
   */
  void add(DataBlock block, int[] assignment, int maxRows, long seed, int dims,
      KeyedCutoff cutoff) {
    KeyedRows local = null;
    long[] keys = block.rowKeys();
    for (int r = 0; r < block.rows(); r++) {
      double rank = ClusterQuality.sampleRank(seed, keys[r]);
      if (cutoff.admit(rank, keys[r])) {
        if (local == null) {
          local = new KeyedRows(maxRows);
        }
        double[] row = new double[dims + 1];
        block.copyRow(r, row);
        row[dims] = assignment[r];
        local.offer(new KeyedRows.Entry(rank, keys[r], row));
      }
    }
    if (local != null) {
      sample.reduce(local);
    }
  }

  /**
   * Master side: the silhouette of the sample, or empty when fewer than 2 or more than
   * (sampled rows - 1) clusters occur in it.
   *
   * @param totalRows rows in the data, to tell an exact score from a sampled one
   * @param scaleExponent the data's {@link DataShape#scaleExponent}
   */
  Optional<ClusterQuality.Silhouette> score(BlockMasterApi api, int dims, long totalRows,
      int scaleExponent) {
    // In the rows' own order (values, then label), not the sample's (rank, row key): the score's
    // sums then do not depend on the keys, which are byte offsets, so an exact silhouette is
    // the same to the bit for any spelling of the same numbers (a float run and a double run
    // on pre-rounded values, say).
    List<KeyedRows.Entry> entries = new ArrayList<>(sample.getReducedValue(api).entries());
    entries.sort((a, b) -> Arrays.compare(a.row(), b.row()));
    int n = entries.size();
    double[][] rows = new double[n][];
    int[] labels = new int[n];
    for (int i = 0; i < n; i++) {
      double[] row = entries.get(i).row();
      // The score is a ratio of distances: rows in units of 2^scaleExponent give the same
      // score (scalb is exact) without distances beyond the largest double.
      rows[i] = new double[dims];
      for (int t = 0; t < dims; t++) {
        rows[i][t] = Math.scalb(row[t], -scaleExponent);
      }
      labels[i] = (int) row[dims];
    }
    long distinct = Arrays.stream(labels).distinct().count();
    if (distinct < 2 || distinct > n - 1) {
      return Optional.empty();
    }
    return Optional.of(new ClusterQuality.Silhouette(ClusterQuality.silhouette(rows, labels), n,
        n == totalRows));
  }
}
