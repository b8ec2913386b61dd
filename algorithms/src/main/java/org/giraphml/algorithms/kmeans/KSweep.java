package org.giraphml.algorithms.kmeans;

import java.util.ArrayList;
import java.util.List;
import org.apache.giraph.block_app.framework.block.Block;
import org.apache.giraph.block_app.framework.block.RepeatUntilBlock;
import org.apache.giraph.block_app.framework.block.SequenceBlock;
import org.apache.hadoop.conf.Configuration;
import org.giraphml.api.ResultSink;
import org.giraphml.api.Shared;
import org.giraphml.reduce.RowTable;

/**
 * A k sweep ({@code --k 2..12} or {@code --k 2,4,8}): every k trained in one job on the same
 * data graph, loaded and described once. Each k is seeded in turn (its own seeding pieces,
 * after {@link FreshRunPiece}); then one shared Lloyd loop ({@link SweepLloydPiece}) runs an
 * iteration of every k still running per superstep, so each pass over the data serves all of
 * them and each k stops on its own convergence or iteration cap; last, every k's
 * {@link FinalAssignPiece} in one more shared pass ({@link SweepFinalPiece}). Each k runs
 * exactly the pieces of a separate run with that k, with its own centroids, stop, history and
 * per-row state, so its model equals that of {@code --k K} with the same seed and options, bit
 * for bit. Each k's model and summary go to
 * {@code OUTPUT/k=K/} ({@code predict --model OUTPUT/k=K} reads it); {@link SweepSummaryPiece}
 * writes the table ({@link SweepTable}) as the job's summary.
 *
 * <p>Seeding still takes its supersteps (and passes) per k; the Lloyd iterations, which
 * dominate, and the final assignment are shared.
 */
final class KSweep {
  private KSweep() {
  }

  /** The sweep's program for the k values {@code conf} asks for. */
  static Block block(Configuration conf, ResultSink result) {
    // Described with the largest k: the check that k does not exceed the rows, and that k
    // dense centroids fit in memory, then holds for every k of the sweep.
    KMeansParams largest = KMeansParams.from(conf);
    Shared<DataShape> shape = Shared.named("data shape");
    IterationHistory sweep = new IterationHistory();
    SweepTable table = new SweepTable();
    List<Block> steps = new ArrayList<>();
    steps.add(new DescribePiece(largest, shape, sweep));
    List<AssignPiece> lloyd = new ArrayList<>();
    List<Shared<StopReason>> stops = new ArrayList<>();
    List<FinalAssignPiece> finals = new ArrayList<>();
    for (int k : KMeansSettings.K.values(conf)) {
      KMeansParams params = KMeansParams.from(conf, k);
      IterationHistory history = new IterationHistory();
      Warnings warnings = new Warnings();
      Shared<RowTable> centroids = Shared.named("centroids of k=" + k);
      Shared<StopReason> stop = Shared.named("stop reason of k=" + k);
      steps.add(new FreshRunPiece(k, history));
      steps.add(KMeans.seeding(params, shape, centroids, history));
      lloyd.add(new AssignPiece(params, shape, centroids, stop, history, warnings));
      stops.add(stop);
      finals.add(new FinalAssignPiece(params, shape, centroids, stop, history, warnings,
          table.target(k, result)));
    }
    steps.add(RepeatUntilBlock.unlimited(new SweepLloydPiece(lloyd, stops),
        new SweepLloydPiece.AllStopped(stops)));
    steps.add(new SweepFinalPiece(finals));
    steps.add(new SweepSummaryPiece(table, shape, sweep, result,
        largest.precision()));
    return new SequenceBlock(steps);
  }
}
