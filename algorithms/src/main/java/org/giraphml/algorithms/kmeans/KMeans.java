package org.giraphml.algorithms.kmeans;

import java.util.List;
import java.util.Optional;
import org.apache.giraph.block_app.framework.block.Block;
import org.apache.giraph.block_app.framework.block.RepeatBlock;
import org.apache.giraph.block_app.framework.block.RepeatUntilBlock;
import org.apache.giraph.block_app.framework.block.SequenceBlock;
import org.apache.giraph.conf.GiraphConfiguration;
import org.apache.giraph.function.Supplier;
import org.apache.hadoop.conf.Configuration;
import org.giraphml.api.JobOptions;
import org.giraphml.api.MlAlgorithm;
import org.giraphml.api.PredictionColumn;
import org.giraphml.api.ResultSink;
import org.giraphml.api.Shared;
import org.giraphml.api.TrainingSummary;
import org.giraphml.conf.ConfOption;
import org.giraphml.conf.InvalidOptionException;
import org.giraphml.conf.OptionsDoc;
import org.giraphml.io.Schema;
import org.giraphml.report.ReportSection;
import org.giraphml.reduce.RowTable;

/**
 * k-means clustering (Lloyd's algorithm) as a vertex program: data vertices hold blocks of
 * rows, the master holds the centroids (k-means needs no model vertices). Each iteration is
 * one superstep ({@link AssignPiece}: rows are assigned and their per-cluster sums reduced, the
 * master computes the new centroids), after seeding by {@code --init-centroids},
 * {@code --init-model} (a warm start: {@link ModelCentroids}),
 * {@code random}, {@code kmeans++} or {@code kmeans||}; a final assignment pass
 * ({@link FinalAssignPiece}) makes the reported objective, cluster sizes and predictions those
 * of the saved centroids.
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

  /** Every step reads float32 rows through the double kernels, widened a block at a time. */
  @Override
  public boolean readsFloatRows() {
    return true;
  }

  @Override
  public void validate(Configuration conf) {
    super.validate(conf);
    if (KMeansSettings.INIT_CENTROIDS.get(conf).isPresent() && KMeansSettings.INIT.isSet(conf)) {
      throw new InvalidOptionException("--init and --init-centroids exclude each other: give one");
    }
    ModelCentroids.checkExclusive(conf);
    if (KMeansSettings.K.isSweep(conf)) {
      String sweep = "--k " + conf.get(KMeansSettings.K.key()) + " is a sweep of several k";
      if (KMeansSettings.INIT_CENTROIDS.get(conf).isPresent()) {
        throw new InvalidOptionException(sweep + "; --init-centroids gives the centroids of "
            + "one k: give a single --k with it");
      }
      if (KMeansSettings.INIT_MODEL.get(conf).isPresent()) {
        throw new InvalidOptionException(sweep + "; --init-model continues one model: give a "
            + "single --k with it");
      }
      if (JobOptions.PREDICTIONS.get(conf)) {
        throw new InvalidOptionException(sweep + "; --predictions is for one model: run "
            + "'giraph-ml predict --model OUTPUT/k=K' for the k you choose");
      }
    }
  }

  /** For a sweep, the table of k: the best by silhouette marked. */
  @Override
  public List<String> resultLines(TrainingSummary summary) {
    return SweepTable.lines(summary.toJson());
  }

  @Override
  public void checkInput(Configuration conf, Schema schema) {
    // Dense input: check the initial centroids' shape before the job starts.
    if (schema.featureCountKnown()) {
      KMeansSettings.INIT_CENTROIDS.get(conf).ifPresent(path -> CentroidsFile.read(conf, path,
          KMeansSettings.K.get(conf), schema.featureCount()));
    }
    ModelCentroids.check(conf, schema);
  }

  @Override
  public PredictionColumn predictions(Configuration conf) {
    return PredictionColumn.of("cluster", true,
        (value, row) -> AssignedRows.of(value).assignments()[row]);
  }

  /** The k-means charts: objective, centroid shift, rows moved, cluster sizes. */
  @Override
  public List<ReportSection> reportSections() {
    return List.of(new KMeansReport());
  }

  /**
   * Describe the data, seed, iterate {@link AssignPiece} until {@code stop} is set, then
   * {@link FinalAssignPiece} saves the result; a sweep of k ({@link KSweep}) runs these pieces
   * for every k on the same data, its Lloyd iterations sharing each pass. The pieces share the settings,
   * {@link Shared} values (the data's shape, the centroids, the seeding
   * round's fresh centres, cost and number, the stop reason) and master-side holders (the
   * seeding candidates, the iteration history, the warnings), each handed to the pieces that
   * use it.
   */
  @Override
  protected Block train(GiraphConfiguration conf, ResultSink result) {
    if (KMeansSettings.K.isSweep(conf)) {
      return KSweep.block(conf, result);
    }
    KMeansParams params = KMeansParams.from(conf);
    Shared<DataShape> shape = Shared.named("data shape");
    IterationHistory history = new IterationHistory();
    return new SequenceBlock(new DescribePiece(params, shape, history),
        fit(params, shape, history, ResultTarget.of(result)));
  }

  /**
   * One k on described data ({@code shape} set): seeding, the Lloyd loop and
   * {@link FinalAssignPiece}, which hands the result to {@code result}. Every k of a sweep
   * ({@link KSweep}) uses these same pieces, its Lloyd steps run side by side.
   */
  static Block fit(KMeansParams params, Shared<DataShape> shape, IterationHistory history,
      ResultTarget result) {
    Shared<RowTable> centroids = Shared.named("centroids");
    Shared<StopReason> stop = Shared.named("stop reason");
    Warnings warnings = new Warnings();
    return new SequenceBlock(seeding(params, shape, centroids, history),
        RepeatUntilBlock.unlimited(
            new AssignPiece(params, shape, centroids, stop, history, warnings),
            new Stopped(stop)),
        new FinalAssignPiece(params, shape, centroids, stop, history, warnings, result));
  }

  /** The pieces that set the first {@code centroids}. */
  static Block seeding(KMeansParams params, Shared<DataShape> shape,
      Shared<RowTable> centroids, IterationHistory history) {
    Optional<String> file = params.initCentroids();
    if (file.isPresent()) {
      return new CentroidsFilePiece(params, new CsvCentroids(file.get(), params.cosine()), shape,
          centroids, history);
    }
    Optional<String> model = params.initModel();
    if (model.isPresent()) {
      return new CentroidsFilePiece(params, new ModelCentroids(model.get(), params.distance()),
          shape, centroids, history);
    }
    Candidates candidates = new Candidates();
    Shared<RowTable> fresh = Shared.named("fresh seeding centres");
    Shared<Integer> round = Shared.of("seeding round", 0);
    Block sample = new SamplePiece(params, shape, candidates, fresh, centroids, history);
    switch (params.init()) {
      case KMEANS_PLUS_PLUS:
        return new SequenceBlock(sample, new RepeatBlock(params.k() - 1, new PlusPlusPiece(
            params, shape, candidates, fresh, round, centroids, history)));
      case KMEANS_PARALLEL:
        Shared<Double> cost = Shared.named("seeding cost");
        Shared<RowTable> all = Shared.named("all seeding candidates");
        return new SequenceBlock(sample,
            new RepeatBlock(params.initSteps(), new SequenceBlock(
                new ParallelCostPiece(shape, fresh, cost),
                new ParallelSamplePiece(params, shape, candidates, cost, round, fresh, all))),
            new CandidateWeightPiece(params, shape, candidates, all, centroids, history));
      default:
        return sample;
    }
  }

  /** Ends the Lloyd loop once the master has set a stop reason. */
  static final class Stopped implements Supplier<Boolean> {
    private static final long serialVersionUID = 1L;
    private final Shared<StopReason> stop;

    Stopped(Shared<StopReason> stop) {
      this.stop = stop;
    }

    @Override
    public Boolean get() {
      return stop.isSet();
    }
  }
}
