package org.giraphml.algorithms.kmeans;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Optional;
import org.giraphml.api.CentroidModel;
import org.giraphml.api.JobOutput;
import org.giraphml.api.RowRule;
import org.giraphml.conf.EnumOption;
import org.giraphml.graph.DataBlock;
import org.giraphml.io.JobFailure;
import org.giraphml.math.NearestCenters;
import org.giraphml.math.Vectors;
import org.giraphml.reduce.RowTable;

/** A trained k-means model: k centroids and the distance they were fitted under. Immutable. */
public final class KMeansModel implements CentroidModel {
  public static final String ALGORITHM = "kmeans";
  public static final int FORMAT_VERSION = 1;

  private final int k;
  private final int dims;
  private final double[] centroids;
  private final DistanceMeasure distance;

  /** @param centroids k * dims values, row-major (copied) */
  public KMeansModel(int k, int dims, double[] centroids, DistanceMeasure distance) {
    if (centroids.length != k * dims) {
      throw new IllegalArgumentException("need " + k * dims + " values, got " + centroids.length);
    }
    this.k = k;
    this.dims = dims;
    this.centroids = centroids.clone();
    this.distance = distance;
  }

  public int k() {
    return k;
  }

  public DistanceMeasure distance() {
    return distance;
  }

  /** Centroid {@code j} (a copy). */
  public double[] centroid(int j) {
    double[] c = new double[dims];
    System.arraycopy(centroids, j * dims, c, 0, dims);
    return c;
  }

  /** The nearest centroid to {@code row}. */
  public int predict(double[] row) {
    if (row.length != dims) {
      throw new JobFailure("row has " + row.length + " features, the model " + dims);
    }
    double[] x = row;
    if (distance == DistanceMeasure.COSINE) {
      double norm = Vectors.norm(row, 0, dims);
      if (norm == 0) {
        throw new JobFailure("cosine distance is undefined for a row of zeros");
      }
      x = row.clone();
      for (int t = 0; t < dims; t++) {
        x[t] /= norm;
      }
    }
    int best = nearest(x, false);
    // Squares beyond Double.MAX_VALUE all read Infinity: then compare distances instead.
    return Double.isInfinite(Vectors.squaredDistance(x, 0, centroids, best * dims, dims))
        ? nearest(x, true) : best;
  }

  private int nearest(double[] x, boolean unsquared) {
    int best = 0;
    double bestD = Double.POSITIVE_INFINITY;
    for (int j = 0; j < k; j++) {
      double dd = unsquared ? Vectors.distance(x, 0, centroids, j * dims, dims)
          : Vectors.squaredDistance(x, 0, centroids, j * dims, dims);
      if (dd < bestD) {
        bestD = dd;
        best = j;
      }
    }
    return best;
  }

  @Override
  public String algorithm() {
    return ALGORITHM;
  }

  @Override
  public int dimensions() {
    return dims;
  }

  @Override
  public String predictionName() {
    return "cluster";
  }

  @Override
  public boolean integerPredictions() {
    return true;
  }

  /** Under cosine distance a row of zeros has no direction: refused, as training refuses it. */
  @Override
  public Optional<RowRule> rowRule() {
    return distance == DistanceMeasure.COSINE
        ? Optional.of(new RowRule("are all zeros, for which cosine distance is undefined",
            ". Remove them: a model trained with cosine distance cannot place them",
            KMeansModel::isAllZeros))
        : Optional.empty();
  }

  /**
   * Whether row r of the block is all zeros: the one row cosine distance cannot place, in
   * training and in predict alike. Its values are looked at, not its squared norm: that
   * underflows to 0 for rows whose values are all below about 1e-162, and such rows have a
   * direction (and a float32 block does not keep its norms).
   */
  static boolean isAllZeros(DataBlock block, int r) {
    int from = block.isSparse() ? block.rowStart()[r] : r * block.dims();
    int to = block.isSparse() ? block.rowStart()[r + 1] : from + block.dims();
    for (int p = from; p < to; p++) {
      if (block.value(p) != 0) {
        return false;
      }
    }
    return true;
  }

  @Override
  public void predict(DataBlock block, double[] out) {
    if (block.isSparse() ? block.maxColumnPlusOne() > dims : block.dims() != dims) {
      throw new JobFailure("the data has " + (block.isSparse() ? "at least "
          + block.maxColumnPlusOne() : block.dims()) + " features, the model " + dims);
    }
    DataBlock b = distance == DistanceMeasure.COSINE ? block.withUnitRows() : block;
    RowTable table = new RowTable(k, dims);
    for (int j = 0; j < k; j++) {
      table.set(j, centroid(j));
    }
    double[] norms = new double[k];
    for (int j = 0; j < k; j++) {
      norms[j] = Vectors.squaredNorm(centroids, j * dims, dims);
    }
    int[] assign = new int[b.rows()];
    double[] dist = new double[b.rows()];
    if (b.isSparse()) {
      NearestCenters.assignSparse(b.rowStart(), b.columns(), b.values(), b.squaredNorms(),
          b.rows(), centroids, norms, k, dims, assign, dist);
    } else {
      NearestCenters.assignDense(b.doubleValues(null), b.squaredNorms(), b.rows(), dims,
          centroids, norms, k, assign, dist, new double[4 * k]);
    }
    for (int r = 0; r < b.rows(); r++) {
      out[r] = assign[r];
    }
  }

  @Override
  public int centroidCount() {
    return k;
  }

  /**
   * Euclidean distances from the differences themselves (not from norms and a dot product,
   * which lose digits for rows near a centroid); under cosine, {@code 1 - x.c / (|x| |c|)},
   * with a centroid of zeros at distance 1 (scikit-learn's {@code cosine_distances}).
   */
  @Override
  public void distances(DataBlock block, double[] out) {
    double[] row = new double[dims];
    double[] norms = new double[k];
    for (int j = 0; j < k; j++) {
      norms[j] = Vectors.norm(centroids, j * dims, dims);
    }
    for (int r = 0; r < block.rows(); r++) {
      block.copyRow(r, row);
      if (distance == DistanceMeasure.COSINE) {
        double rowNorm = Vectors.norm(row, 0, dims);
        for (int t = 0; t < dims; t++) {
          row[t] /= rowNorm; // unit first: the dot product of large values cannot overflow
        }
      }
      for (int j = 0; j < k; j++) {
        out[r * k + j] = distance == DistanceMeasure.COSINE
            ? 1 - (norms[j] == 0 ? 0 : Vectors.dot(row, 0, centroids, j * dims, dims) / norms[j])
            : Vectors.distance(row, 0, centroids, j * dims, dims);
      }
    }
  }

  @Override
  public ObjectNode toJson() {
    ObjectNode json = JobOutput.object();
    json.put("algorithm", ALGORITHM);
    json.put("format_version", FORMAT_VERSION);
    json.put("k", k);
    json.put("dimensions", dims);
    json.put("distance", EnumOption.nameOf(distance));
    ArrayNode rows = json.putArray("centroids");
    for (int j = 0; j < k; j++) {
      ArrayNode row = rows.addArray();
      for (int t = 0; t < dims; t++) {
        row.add(centroids[j * dims + t]);
      }
    }
    return json;
  }
}
