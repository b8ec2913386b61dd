package org.giraphml.algorithms.kmeans;

import java.util.Arrays;
import org.apache.giraph.block_app.framework.api.BlockMasterApi;
import org.apache.giraph.block_app.framework.api.CreateReducersApi;
import org.apache.giraph.block_app.framework.piece.global_comm.ReducerHandle;
import org.apache.giraph.reducers.impl.SumReduce;
import org.apache.hadoop.io.LongWritable;
import org.giraphml.graph.DataBlock;
import org.giraphml.reduce.VectorSum;
import org.giraphml.reduce.VectorSumReduce;

/**
 * What every assignment of rows to centroids reports to the master, for the Lloyd steps
 * ({@link AssignPiece}) and the final one ({@link FinalAssignPiece}) alike: the objective (sum
 * of squared distances, or of cosine distances), the cluster sizes and the number of rows
 * that changed cluster. Data vertices also keep each row's new cluster. A piece registers
 * the reducers in {@code registerReducers} and reads them in {@code masterCompute}. With
 * sample weights ({@code --weight-column}) the objective is the weighted sum and each cluster
 * also has its total weight; sizes stay row counts.
 */
final class AssignmentFigures {
  private ReducerHandle<VectorSum, VectorSum> objective;
  private ReducerHandle<VectorSum, VectorSum> sizes;
  private ReducerHandle<VectorSum, VectorSum> weights;
  private ReducerHandle<LongWritable, LongWritable> moved;

  void register(CreateReducersApi api, int k) {
    objective = api.createGlobalReducer(new VectorSumReduce(3));
    sizes = api.createGlobalReducer(new VectorSumReduce(k));
    weights = api.createGlobalReducer(new VectorSumReduce(k));
    moved = api.createGlobalReducer(SumReduce.LONG);
  }

  /**
   * Worker side: records what {@code assigner} found for {@code rows}' block (the rows'
   * clusters become their assignments) and reduces the figures.
   *
   * @param objectiveScale what a distance counts in the objective (1/2 for cosine, where the
   *     kernel's squared distance between unit rows is twice the cosine distance)
   * @return the number of rows in each of the k clusters
   */
  double[] add(AssignedRows rows, Assigner assigner, int k, double objectiveScale) {
    int n = rows.block().rows();
    int[] assign = assigner.assignment();
    double[] dist = assigner.distances();
    DataBlock block = rows.block();
    double[] counts = new double[k];
    double[] clusterWeights = new double[k];
    double sum = 0;
    double plain = 0;
    for (int r = 0; r < n; r++) {
      plain += dist[r];
      double w = block.weight(r);
      // A row of weight 0 counts for nothing, even at an infinite distance.
      sum += w == 0 ? 0 : w * dist[r];
      counts[assign[r]]++;
      clusterWeights[assign[r]] += w;
    }
    int[] previous = rows.assignments();
    long changed = 0;
    for (int r = 0; r < n; r++) {
      if (previous == null || previous[r] != assign[r]) {
        changed++;
      }
    }
    // The assigner's array is its buffer for the next block: keep a copy, in the vertex's own
    // array when it has one of the right length (no block-long garbage each iteration).
    if (previous != null && previous.length == n) {
      System.arraycopy(assign, 0, previous, 0, n);
    } else {
      rows.setAssignments(Arrays.copyOf(assign, n));
    }
    objective.reduce(VectorSum.of(new double[] {sum * objectiveScale, plain * objectiveScale,
        block.hasWeights() ? 1 : 0}, n));
    sizes.reduce(VectorSum.of(counts, n));
    weights.reduce(VectorSum.of(clusterWeights, n));
    moved.reduce(new LongWritable(changed));
    return counts;
  }

  /** Master side: the objective of this assignment, weighted by the rows' sample weights. */
  double objective(BlockMasterApi api) {
    return objective.getReducedValue(api).get(0);
  }

  /** Master side: rows per cluster. */
  long[] clusterSizes(BlockMasterApi api, int k) {
    double[] values = sizes.getReducedValue(api).toArray();
    long[] out = new long[k];
    for (int j = 0; j < k; j++) {
      out[j] = Math.round(values[j]);
    }
    return out;
  }

  /** Master side: the objective with every row weighing 1, whatever its sample weight. */
  double unweightedObjective(BlockMasterApi api) {
    return objective.getReducedValue(api).get(1);
  }

  /** Master side: whether the rows carry sample weights ({@code --weight-column}). */
  boolean weighted(BlockMasterApi api) {
    return objective.getReducedValue(api).get(2) > 0;
  }

  /** Master side: the total sample weight of each cluster (its row count when unweighted). */
  double[] clusterWeights(BlockMasterApi api) {
    return weights.getReducedValue(api).toArray();
  }

  /** Master side: rows whose cluster changed (every row, in the first assignment). */
  long moved(BlockMasterApi api) {
    return moved.getReducedValue(api).get();
  }
}
