package org.giraphml.algorithms.kmeans;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import org.apache.giraph.block_app.framework.api.BlockMasterApi;
import org.apache.giraph.block_app.framework.api.BlockWorkerSendApi;
import org.apache.giraph.block_app.framework.api.CreateReducersApi;
import org.apache.giraph.types.NoMessage;
import org.apache.hadoop.io.NullWritable;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import org.giraphml.api.BipartitePiece;
import org.giraphml.api.Shared;
import org.giraphml.graph.NodeId;
import org.giraphml.graph.NodeValue;
import org.giraphml.reduce.KeyedCutoff;
import org.giraphml.reduce.RowTable;

/**
 * Last step: rows are assigned to the final centroids (nothing is sent), so that the reported
 * objective, cluster sizes and predictions belong to the saved model. The master checks the
 * result (fewer than k distinct clusters, an objective beyond the largest double) and saves
 * the model and the summary through its {@link ResultTarget}. For Euclidean distance it also
 * reduces what the cluster-quality scores need ({@link QualityFigures}) and the silhouette's
 * bounded row sample ({@link SilhouetteSample}).
 */
final class FinalAssignPiece extends BipartitePiece<NoMessage> {
  private static final Logger LOG = LogManager.getLogger(FinalAssignPiece.class);

  private final KMeansParams params;
  private final Shared<DataShape> shape;
  private final Shared<RowTable> centroids;
  private final Shared<StopReason> stop;
  private final IterationHistory history;
  private final Warnings warnings;
  private final ResultTarget result;
  private final AssignmentFigures figures = new AssignmentFigures();
  private final QualityFigures quality = new QualityFigures();
  private final SilhouetteSample silhouette = new SilhouetteSample();

  FinalAssignPiece(KMeansParams params, Shared<DataShape> shape, Shared<RowTable> centroids,
      Shared<StopReason> stop, IterationHistory history, Warnings warnings,
      ResultTarget result) {
    this.params = params;
    this.shape = shape;
    this.centroids = centroids;
    this.stop = stop;
    this.history = history;
    this.warnings = warnings;
    this.result = result;
  }

  @Override
  public void registerReducers(CreateReducersApi api, Object stage) {
    figures.register(api, params.k());
    if (!params.cosine()) {
      quality.register(api, params.k(), shape.get().dims());
      silhouette.register(api, params.silhouetteMaxRows());
    }
  }

  @Override
  protected Sender dataSender(BlockWorkerSendApi<NodeId, NodeValue, NullWritable, NoMessage> api) {
    Assigner assigner = new Assigner();
    int k = params.k();
    int scaleExponent = shape.get().scaleExponent();
    double objectiveScale = params.cosine() ? 0.5 : 1.0;
    boolean scored = !params.cosine();
    int d = shape.get().dims();
    double[] sums = scored ? new double[k * d] : null;
    int maxRows = params.silhouetteMaxRows();
    long seed = params.seed();
    // The bounds the Lloyd steps kept still hold for the final centroids (they moved by the
    // last shift): most rows are settled without comparing them with every centroid, and the
    // assignment is the same as the plain kernel's. Its distances are the exact sums for every
    // row, so the inertia does not depend on which rows the bounds settled (HamerlyBounds).
    boolean bounded = KMeansSettings.ALGORITHM.get(api.getConf()).bounded(d);
    // One per sender, so per worker thread: the silhouette sample's running admission test.
    KeyedCutoff cutoff = scored ? new KeyedCutoff(maxRows) : null;
    return vertex -> {
      AssignedRows rows = AssignedRows.of(vertex.getValue());
      if (scored) {
        Arrays.fill(sums, 0);
      }
      if (bounded) {
        assigner.assignBounded(vertex.getValue(), centroids.get(), sums, scaleExponent);
      } else {
        assigner.assign(rows.block(), centroids.get(), sums, scaleExponent);
      }
      figures.add(rows, assigner, k, objectiveScale);
      if (scored) {
        quality.add(assigner, rows.block().rows(), sums, k, scaleExponent);
        silhouette.add(rows.block(), assigner.assignment(), maxRows, seed, d, cutoff);
      }
    };
  }

  @Override
  public void masterCompute(BlockMasterApi api, Object stage) {
    int k = params.k();
    int d = shape.get().dims();
    double objective = figures.objective(api);
    long[] sizes = figures.clusterSizes(api, k);
    history.finalAssigned(objective);
    history.trained();
    double[] c = centroids.get().values();
    int distinct = DistinctClusters.count(sizes);
    DistinctClusters.warning(distinct, k, DistinctClusters.distinctCentroids(c, k, d))
        .ifPresent(w -> warnings.warn(LOG, w));
    if (Double.isInfinite(objective)) {
      warnings.warn(LOG, (params.cosine() ? "the sum of cosine distances"
          : "inertia (the sum of squared distances)") + " exceeds the largest double (1.8e308) "
          + "and is reported as Infinity; the clusters are still those of the nearest "
          + "centroids. Scale the data down for a finite figure");
    } else if (history.objectives().stream().anyMatch(v -> Double.isInfinite(v))) {
      warnings.warn(LOG, "objective_history: the objective of an earlier iteration exceeded "
          + "the largest double (1.8e308) and is reported there as Infinity");
    }
    KMeansModel model = new KMeansModel(k, d, c.clone(), params.distance());
    boolean weighted = figures.weighted(api);
    Optional<double[]> clusterWeights = weighted ? Optional.of(figures.clusterWeights(api))
        : Optional.empty();
    if (weighted && !params.cosine()) {
      warnings.warn(LOG, "calinski_harabasz, davies_bouldin and silhouette are computed "
          + "unweighted (every row counts 1, whatever its --weight-column weight), as "
          + "scikit-learn's, which have no sample weights");
    }
    // The quality scores are the unweighted ones: Calinski-Harabasz takes the plain inertia.
    long scoring = System.nanoTime();
    Optional<QualityFigures.Scores> scores = params.cosine() ? Optional.empty()
        : quality.scores(api, sizes, figures.unweightedObjective(api), c, d,
            shape.get().scaleExponent());
    Optional<ClusterQuality.Silhouette> silhouetteScore = params.cosine() ? Optional.empty()
        : silhouette.score(api, d, shape.get().rows(), shape.get().scaleExponent());
    history.scored((System.nanoTime() - scoring) / 1e9);
    if (!params.cosine()) {
      LOG.info(String.format(Locale.ROOT, "kmeans: trained in %.3f s; quality scores "
          + "(silhouette on %d rows) in %.3f s", history.trainSeconds(),
          silhouetteScore.map(ClusterQuality.Silhouette::rows).orElse(0),
          history.scoringSeconds()));
    }
    KMeansOutcome outcome = new KMeansOutcome(stop.find().orElse(StopReason.MAX_ITERATIONS),
        objective, sizes, distinct, scores, silhouetteScore, clusterWeights);
    result.save(api, KMeansResults.of(model, params, shape.get(), outcome, history, warnings));
  }
}
