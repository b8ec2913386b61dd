package org.giraphml.algorithms.kmeans;

/**
 * How a k-means run ended, as the final assignment found it.
 *
 * @param stop why the Lloyd iterations ended
 * @param objective the objective of the saved centroids
 * @param clusterSizes rows per cluster
 * @param distinctClusters clusters holding at least one row (see {@link DistinctClusters})
 */
record KMeansOutcome(StopReason stop, double objective, long[] clusterSizes,
    int distinctClusters) {
}
