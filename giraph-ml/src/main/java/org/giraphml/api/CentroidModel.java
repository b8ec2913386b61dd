package org.giraphml.api;

import org.giraphml.graph.DataBlock;

/**
 * A model with centroids, whose distances to them {@code predict --distances} writes (what
 * scikit-learn's {@code KMeans.transform} returns): one column {@code distance_j} per
 * centroid, next to the prediction.
 */
public interface CentroidModel extends MlModel {
  /** The number of centroids, k. */
  int centroidCount();

  /**
   * The distance of every row of {@code block} to every centroid, in the model's own measure
   * ({@code sqrt} of the squared Euclidean distance, not the square; {@code 1 - cos} for a
   * cosine model). Called only on rows the model can predict ({@link MlModel#rowRule()}, and
   * no feature beyond {@link #dimensions()}).
   *
   * @param out {@code rows * k} values, row-major: row r's distance to centroid j at
   *     {@code r * k + j}
   */
  void distances(DataBlock block, double[] out);
}
