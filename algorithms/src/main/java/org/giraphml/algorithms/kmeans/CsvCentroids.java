package org.giraphml.algorithms.kmeans;

import org.apache.hadoop.conf.Configuration;

/**
 * Initial centroids from a CSV file ({@code --init-centroids}, read by {@link CentroidsFile}),
 * scaled to unit length for cosine distance as the rows are.
 */
final class CsvCentroids implements CentroidSource {
  private String path;
  private boolean cosine;

  /** For Kryo. */
  private CsvCentroids() {
  }

  CsvCentroids(String path, boolean cosine) {
    this.path = path;
    this.cosine = cosine;
  }

  @Override
  public double[] read(Configuration conf, int k, int d) {
    double[] c = CentroidsFile.read(conf, path, k, d);
    if (cosine) {
      CentroidMath.normalizeRows(c, k, d);
    }
    return c;
  }
}
