package org.giraphml.algorithms.kmeans;

import java.util.Optional;

/**
 * How a k-means run ended, as the final assignment found it.
 *
 * @param stop why the Lloyd iterations ended
 * @param objective the objective of the saved centroids
 * @param clusterSizes rows per cluster
 * @param distinctClusters clusters holding at least one row (see {@link DistinctClusters})
 * @param quality the cluster-quality scores of the final labels; empty for cosine distance and
 *     when they are undefined (see {@link QualityFigures#scores})
 * @param clusterWeights total sample weight per cluster; empty without {@code --weight-column}
 * @param silhouette the silhouette of the final labels (exact or on a sample); empty for
 *     cosine distance and when undefined (see {@link SilhouetteSample#score})
 */
record KMeansOutcome(StopReason stop, double objective, long[] clusterSizes,
    int distinctClusters, Optional<QualityFigures.Scores> quality,
    Optional<ClusterQuality.Silhouette> silhouette, Optional<double[]> clusterWeights) {
}
