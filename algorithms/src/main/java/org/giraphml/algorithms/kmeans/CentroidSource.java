package org.giraphml.algorithms.kmeans;

import org.apache.hadoop.conf.Configuration;

/**
 * Where {@link CentroidsFilePiece} takes the first centroids from when they are given rather
 * than drawn: a CSV file ({@link CsvCentroids}, {@code --init-centroids}) or the centroids of a
 * saved k-means model ({@link ModelCentroids}, {@code --init-model}). Read once, on the master.
 * Implementations travel with the piece through Kryo: plain fields and a no-argument
 * constructor.
 */
interface CentroidSource {
  /**
   * The k initial centroids of the {@code d}-dimensional data, row-major, ready to use (unit
   * length for cosine distance).
   *
   * @throws org.giraphml.io.JobFailure or {@link org.giraphml.io.InputException} naming the file
   *     if it does not hold k centroids of d values
   */
  double[] read(Configuration conf, int k, int d);
}
