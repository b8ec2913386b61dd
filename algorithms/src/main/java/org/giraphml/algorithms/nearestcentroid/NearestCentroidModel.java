package org.giraphml.algorithms.nearestcentroid;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.giraphml.api.MlModel;
import org.giraphml.api.ModelJson;
import org.giraphml.graph.DataBlock;
import org.giraphml.math.Vectors;

/** A trained nearest-centroid model: the class values, increasing, and one centroid each. */
public final class NearestCentroidModel implements MlModel {
  public static final String ALGORITHM = NearestCentroid.NAME;
  public static final int FORMAT_VERSION = 1;
  /** The column name of predictions. */
  public static final String PREDICTION = "class";

  private final double[] classes;
  private final double[][] centroids;
  private final int dims;

  /**
   * @param classes the class values, strictly increasing (copied)
   * @param centroids one centroid per class, all of one length (copied)
   */
  public NearestCentroidModel(double[] classes, double[][] centroids) {
    if (classes.length == 0 || centroids.length != classes.length) {
      throw new IllegalArgumentException(classes.length + " classes, " + centroids.length
          + " centroids");
    }
    this.classes = classes.clone();
    this.centroids = new double[classes.length][];
    this.dims = centroids[0].length;
    for (int c = 0; c < classes.length; c++) {
      if (centroids[c].length != dims || (c > 0 && !(classes[c - 1] < classes[c]))) {
        throw new IllegalArgumentException("classes must increase and centroids have "
            + dims + " values: class " + classes[c]);
      }
      this.centroids[c] = centroids[c].clone();
    }
  }

  /** The class values, increasing (a copy). */
  public double[] classes() {
    return classes.clone();
  }

  /** The centroid of the {@code c}-th class (a copy). */
  public double[] centroid(int c) {
    return centroids[c].clone();
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
    return PREDICTION;
  }

  /** Whole class values print as integers ({@code 0}, {@code -1}), others as they are. */
  @Override
  public boolean integerPredictions() {
    return true;
  }

  /** The class of the nearest centroid; of equally near ones, the smallest class value. */
  @Override
  public void predict(DataBlock block, double[] out) {
    if (!block.isSparse() && block.dims() != dims) {
      throw new IllegalArgumentException("rows have " + block.dims() + " features, the model "
          + dims);
    }
    double[] x = new double[dims];
    for (int r = 0; r < block.rows(); r++) {
      block.copyRow(r, x);
      int best = 0;
      double bestDistance = Vectors.distance(x, 0, centroids[0], 0, dims);
      for (int c = 1; c < classes.length; c++) {
        double d = Vectors.distance(x, 0, centroids[c], 0, dims);
        if (d < bestDistance) {
          best = c;
          bestDistance = d;
        }
      }
      out[r] = classes[best];
    }
  }

  @Override
  public ObjectNode toJson() {
    ObjectNode json = ModelJson.start(ALGORITHM, FORMAT_VERSION);
    json.put("dimensions", dims);
    ModelJson.putNumbers(json, "classes", classes);
    ModelJson.putRows(json, "centroids", centroids);
    return json;
  }
}
