package org.giraphml.algorithms.kmeans;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import org.apache.giraph.block_app.framework.api.BlockMasterApi;
import org.apache.giraph.block_app.framework.piece.global_comm.BroadcastHandle;
import org.apache.hadoop.conf.Configuration;
import org.apache.logging.log4j.Logger;
import org.giraphml.reduce.RowTable;

/**
 * What the master knows about a k-means run, shared by its pieces: the settings, the current
 * centroids and the handles under which they were broadcast, the seeding state, and the
 * history that goes into the summary. It travels with the pieces through Kryo, so a Giraph
 * checkpoint captures all of it (Okapi lost its master state on restart).
 *
 * <p>Workers receive copies of this object but must read centroids only through the
 * broadcasts: the copies are not kept in step.
 */
final class KMeansState {
  // Settings.
  int k;
  long seed;
  boolean unlimitedIterations;
  int maxIterations;
  double tolerance;
  InitMode init;
  String initCentroidsPath;
  int initSteps;
  EmptyClusterPolicy emptyClusters;
  DistanceMeasure distance;

  // Found by DescribePiece.
  long rows;
  long blocks;
  int dims;
  boolean sparse;
  /**
   * Centroid sums are accumulated in units of {@code 2^scaleExponent} and seeding costs (sums
   * of squared distances) in units of {@code 2^(2 scaleExponent)}, so that neither overflows
   * on data near {@link Double#MAX_VALUE}; 0 (no scaling, results to the bit as without it)
   * unless {@link #scaleFor} finds they could.
   */
  int scaleExponent;

  // Model and its broadcast.
  double[] centroids;
  BroadcastHandle<RowTable> centroidsHandle;
  BroadcastHandle<RowTable> reseedHandle;

  // Seeding.
  double[][] uniformRows = new double[0][];
  long[] uniformKeys = new long[0];
  List<double[]> candidates = new ArrayList<>();
  List<Long> candidateKeys = new ArrayList<>();
  BroadcastHandle<RowTable> newCentresHandle;
  BroadcastHandle<RowTable> allCandidatesHandle;
  double cost;
  int round;

  // Progress.
  int iteration;
  List<Double> objectiveHistory = new ArrayList<>();
  List<Double> shiftHistory = new ArrayList<>();
  List<Long> movedHistory = new ArrayList<>();
  List<Double> iterationSeconds = new ArrayList<>();
  List<String> emptyClusterEvents = new ArrayList<>();
  /** Problems with the results that the user must hear about (logged and in the summary). */
  List<String> warnings = new ArrayList<>();
  double lastObjective = Double.NaN;
  long lastMoved;
  long[] clusterSizes;
  /** Clusters holding rows after the final assignment (see {@link DistinctClusters}). */
  int distinctClusters;
  double finalObjective;
  StopReason stop;
  long startNanos;
  long iterationStartNanos;
  double initSeconds;

  /** For Kryo. */
  KMeansState() {
  }

  static KMeansState fromConf(Configuration conf) {
    KMeansState s = new KMeansState();
    s.k = KMeansSettings.K.get(conf);
    s.seed = KMeansSettings.SEED.get(conf);
    OptionalInt cap = KMeansSettings.MAX_ITERATIONS.get(conf);
    s.unlimitedIterations = cap.isEmpty();
    s.maxIterations = cap.orElse(Integer.MAX_VALUE);
    s.tolerance = KMeansSettings.TOLERANCE.get(conf);
    s.init = KMeansSettings.INIT.get(conf);
    s.initCentroidsPath = KMeansSettings.INIT_CENTROIDS.get(conf).orElse(null);
    s.initSteps = KMeansSettings.INIT_STEPS.get(conf);
    s.emptyClusters = KMeansSettings.EMPTY_CLUSTERS.get(conf);
    s.distance = KMeansSettings.DISTANCE.get(conf);
    return s;
  }

  /**
   * The {@link #scaleExponent} for data whose largest magnitude is {@code maxAbs}: 0 if a sum
   * over all rows of squared distances (at most {@code 4 dims maxAbs^2} each) stays below
   * {@code 2^1000}, else the exponent of {@code maxAbs}.
   */
  static int scaleFor(double maxAbs, long rows, int dims) {
    double bound = 4.0 * rows * Math.max(1, dims) * maxAbs * maxAbs;
    return bound <= 0x1p1000 || maxAbs == 0 ? 0 : Math.getExponent(maxAbs);
  }

  /** Adds a warning to the summary and the log. */
  void warn(Logger log, String message) {
    warnings.add(message);
    log.warn("kmeans: {}", message);
  }

  /** Makes {@code centroids} current and broadcasts them for the next pieces. */
  void publishCentroids(BlockMasterApi api, double[] newCentroids) {
    centroids = newCentroids;
    RowTable table = new RowTable(k, dims);
    for (int j = 0; j < k; j++) {
      double[] row = new double[dims];
      System.arraycopy(newCentroids, j * dims, row, 0, dims);
      table.set(j, row);
    }
    centroidsHandle = api.broadcast(table);
  }

  /** Broadcasts rows (new seeding centres) as a table. */
  static RowTable table(List<double[]> rows, int width) {
    RowTable t = new RowTable(rows.size(), width);
    for (int i = 0; i < rows.size(); i++) {
      t.set(i, rows.get(i));
    }
    return t;
  }

  double seconds() {
    return (System.nanoTime() - startNanos) / 1e9;
  }
}
