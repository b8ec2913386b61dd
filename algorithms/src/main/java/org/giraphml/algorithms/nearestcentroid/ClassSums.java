package org.giraphml.algorithms.nearestcentroid;

import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import org.giraphml.api.Aggregation;
import org.giraphml.api.DataRows;
import org.giraphml.api.MasterContext;
import org.giraphml.api.Shared;
import org.giraphml.io.JobFailure;
import org.giraphml.reduce.KeyedSums;

/**
 * Training: the sum and count of the rows of each label value; the master divides them into
 * the class centroids and sets the model.
 */
final class ClassSums implements Aggregation<KeyedSums> {
  private static final Logger LOG = LogManager.getLogger(ClassSums.class);

  private final int maxClasses;
  private final Shared<NearestCentroidModel> model;

  ClassSums(int maxClasses, Shared<NearestCentroidModel> model) {
    this.maxClasses = maxClasses;
    this.model = model;
  }

  @Override
  public KeyedSums zero() {
    return new KeyedSums();
  }

  @Override
  public KeyedSums partial(DataRows rows) {
    KeyedSums sums = new KeyedSums();
    for (int r = 0; r < rows.size(); r++) {
      sums.add(rows.label(r), rows.block(), r);
    }
    return sums;
  }

  @Override
  public void total(MasterContext master, KeyedSums sums) {
    if (sums.size() > maxClasses) {
      throw new JobFailure("the labels have " + sums.size() + " distinct values, more than "
          + "--max-classes " + maxClasses + " allows: is the label column a class?");
    }
    if (sums.size() < 2) {
      throw new JobFailure(NearestCentroid.NAME + " needs at least 2 classes, the labels have "
          + sums.size() + " distinct value(s)");
    }
    double[] classes = sums.keys();
    double[][] centroids = new double[classes.length][];
    for (int c = 0; c < classes.length; c++) {
      centroids[c] = sums.sums(classes[c]);
      for (int j = 0; j < centroids[c].length; j++) {
        centroids[c][j] /= sums.count(classes[c]);
      }
    }
    model.set(new NearestCentroidModel(classes, centroids));
    LOG.info("{}: {} rows, {} classes, {} features", NearestCentroid.NAME, sums.totalCount(),
        classes.length, sums.length());
  }
}
