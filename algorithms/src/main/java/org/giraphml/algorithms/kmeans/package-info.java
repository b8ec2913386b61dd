/**
 * k-means clustering as a vertex program: {@link org.giraphml.algorithms.kmeans.KMeans} (the
 * algorithm and its block of pieces), {@link org.giraphml.algorithms.kmeans.KMeansSettings}
 * (its options), one class per step, {@link org.giraphml.algorithms.kmeans.KMeansModel} and its
 * format.
 *
 * <p>How the steps talk: {@code KMeansParams} (the settings, parsed once); {@code Shared}
 * values the master sets and vertices read (the data's {@code DataShape}, the centroids, the
 * stop reason, and seeding's fresh centres, cost and round); master-side holders
 * ({@code IterationHistory}, {@code Warnings}, {@code Candidates}); and the data vertex's value
 * seen through {@code AssignedRows} (rows, assignments, seeding distances). Each is handed to the
 * constructors of the pieces that use it, so which step writes what is read from
 * {@code KMeans.train}.
 */
package org.giraphml.algorithms.kmeans;
