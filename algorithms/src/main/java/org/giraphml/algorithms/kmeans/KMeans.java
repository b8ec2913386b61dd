package org.giraphml.algorithms.kmeans;

import java.util.ArrayList;
import java.util.List;
import org.apache.giraph.block_app.framework.block.Block;
import org.apache.giraph.block_app.framework.block.RepeatBlock;
import org.apache.giraph.block_app.framework.block.RepeatUntilBlock;
import org.apache.giraph.block_app.framework.block.SequenceBlock;
import org.apache.giraph.conf.GiraphConfiguration;
import org.apache.giraph.function.Supplier;
import org.apache.hadoop.conf.Configuration;
import org.giraphml.api.MlAlgorithm;
import org.giraphml.api.PredictionColumn;
import org.giraphml.conf.ConfOption;
import org.giraphml.conf.InvalidOptionException;
import org.giraphml.conf.OptionsDoc;
import org.giraphml.io.Schema;
import org.giraphml.report.ReportSection;

/**
 * k-means clustering (Lloyd's algorithm) on the bipartite graph: k model vertices hold the
 * centroids, data vertices hold blocks of rows. Each iteration is two supersteps
 * ({@link AssignPiece}, {@link UpdatePiece}), after seeding by {@code --init-centroids},
 * {@code random}, {@code kmeans++} or {@code kmeans||}; a final assignment pass makes the
 * reported objective, cluster sizes and predictions those of the saved centroids.
 *
 * <p>S. P. Lloyd, "Least squares quantization in PCM", IEEE Trans. Inf. Theory 28(2), 1982.
 */
public final class KMeans extends MlAlgorithm {
  @Override
  public String name() {
    return "kmeans";
  }

  @Override
  public String description() {
    return "Cluster rows into k groups (Lloyd's k-means).";
  }

  @Override
  public List<ConfOption<?>> options() {
    return OptionsDoc.declaredIn(KMeansSettings.class);
  }

  @Override
  public void validate(Configuration conf) {
    super.validate(conf);
    if (KMeansSettings.INIT_CENTROIDS.get(conf).isPresent() && KMeansSettings.INIT.isSet(conf)) {
      throw new InvalidOptionException("--init and --init-centroids exclude each other: give one");
    }
  }

  @Override
  public void checkInput(Configuration conf, Schema schema) {
    // Dense input: check the initial centroids' shape before the job starts.
    if (schema.featureCountKnown()) {
      KMeansSettings.INIT_CENTROIDS.get(conf).ifPresent(path -> CentroidsFile.read(conf, path,
          KMeansSettings.K.get(conf), schema.featureCount()));
    }
  }

  @Override
  public PredictionColumn predictions(Configuration conf) {
    return PredictionColumn.of("cluster", true, (value, row) -> value.rowInts()[row]);
  }

  /** The k-means charts: objective, centroid shift, rows moved, cluster sizes. */
  @Override
  public List<ReportSection> reportSections() {
    return List.of(new KMeansReport());
  }

  @Override
  public Block createBlock(GiraphConfiguration conf) {
    KMeansState state = KMeansState.fromConf(conf);
    List<Block> steps = new ArrayList<>();
    steps.add(new DescribePiece(state));
    if (state.initCentroidsPath == null) {
      steps.add(new SamplePiece(state));
      if (state.init == InitMode.KMEANS_PLUS_PLUS) {
        steps.add(new RepeatBlock(state.k - 1, new PlusPlusPiece(state)));
      } else if (state.init == InitMode.KMEANS_PARALLEL) {
        steps.add(new RepeatBlock(state.initSteps, new SequenceBlock(
            new ParallelCostPiece(state), new ParallelSamplePiece(state))));
        steps.add(new CandidateWeightPiece(state));
      }
    }
    steps.add(RepeatUntilBlock.unlimited(
        new SequenceBlock(new AssignPiece(state, false), new UpdatePiece(state)),
        new Stopped(state)));
    steps.add(new AssignPiece(state, true));
    return new SequenceBlock(steps);
  }

  /** Ends the Lloyd loop once the master has set a stop reason. */
  static final class Stopped implements Supplier<Boolean> {
    private static final long serialVersionUID = 1L;
    private final KMeansState state;

    Stopped(KMeansState state) {
      this.state = state;
    }

    @Override
    public Boolean get() {
      return state.stop != null;
    }
  }
}
