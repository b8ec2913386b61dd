/**
 * k-means clustering as a bipartite vertex program: {@link org.giraphml.algorithms.kmeans.KMeans}
 * (the algorithm and its block of pieces), {@link org.giraphml.algorithms.kmeans.KMeansSettings}
 * (its options), one class per step, {@link org.giraphml.algorithms.kmeans.KMeansModel} and its
 * format.
 */
package org.giraphml.algorithms.kmeans;
