package org.giraphml.algorithms.kmeans;

import org.apache.giraph.block_app.framework.api.BlockMasterApi;
import org.apache.giraph.types.NoMessage;
import org.giraphml.api.BipartitePiece;
import org.giraphml.api.Shared;
import org.giraphml.reduce.RowTable;

/**
 * Seeding by {@code --init-centroids} or {@code --init-model}: the master reads the
 * {@link CentroidSource} (whose shape the driver already checked for dense input; sparse input
 * learns its dimension only from {@link DescribePiece}) and makes its rows the centroids.
 * Vertices do nothing.
 */
final class CentroidsFilePiece extends BipartitePiece<NoMessage> {
  private final KMeansParams params;
  private final CentroidSource source;
  private final Shared<DataShape> shape;
  private final Shared<RowTable> centroids;
  private final IterationHistory history;

  CentroidsFilePiece(KMeansParams params, CentroidSource source, Shared<DataShape> shape,
      Shared<RowTable> centroids, IterationHistory history) {
    this.params = params;
    this.source = source;
    this.shape = shape;
    this.centroids = centroids;
    this.history = history;
  }

  @Override
  public void masterCompute(BlockMasterApi api, Object stage) {
    int k = params.k();
    int d = shape.get().dims();
    double[] c = source.read(api.getConf(), k, d);
    centroids.set(CentroidMath.table(c, k, d));
    history.seeded();
  }
}
