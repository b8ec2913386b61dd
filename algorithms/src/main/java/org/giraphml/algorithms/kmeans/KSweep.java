package org.giraphml.algorithms.kmeans;

import java.util.ArrayList;
import java.util.List;
import org.apache.giraph.block_app.framework.block.Block;
import org.apache.giraph.block_app.framework.block.SequenceBlock;
import org.apache.hadoop.conf.Configuration;
import org.giraphml.api.ResultSink;
import org.giraphml.api.Shared;

/**
 * A k sweep ({@code --k 2..12} or {@code --k 2,4,8}): every k trained in one job on the same
 * data graph, loaded and described once. Each k then runs exactly the pieces of a separate
 * run with that k ({@link KMeans#fit}: seeding, the Lloyd loop, the final assignment) after
 * {@link FreshRunPiece} clears what the previous k left on the data vertices, so each k stops
 * on its own convergence or iteration cap and its model equals that of {@code --k K} with the
 * same seed and options, bit for bit. Each k's model and summary go to {@code OUTPUT/k=K/}
 * ({@code predict --model OUTPUT/k=K} reads it); {@link SweepSummaryPiece} writes the table
 * ({@link SweepTable}) as the job's summary.
 *
 * <p>The k run one after another: the data are read from disk once, but each k makes its own
 * passes over the data blocks. Sharing each pass between all k (assigning every row against
 * every k's centroids in one superstep) would cut the supersteps to those of the slowest k; it
 * is not done yet.
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
    for (int k : KMeansSettings.K.values(conf)) {
      IterationHistory history = new IterationHistory();
      steps.add(new FreshRunPiece(k, history));
      steps.add(KMeans.fit(KMeansParams.from(conf, k), shape, history,
          table.target(k, result)));
    }
    steps.add(new SweepSummaryPiece(table, shape, sweep, result));
    return new SequenceBlock(steps);
  }
}
