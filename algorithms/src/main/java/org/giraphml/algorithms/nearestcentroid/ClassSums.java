package org.giraphml.algorithms.nearestcentroid;

import org.apache.hadoop.conf.Configuration;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import org.giraphml.api.Aggregation;
import org.giraphml.api.DataRows;
import org.giraphml.api.MasterContext;
import org.giraphml.api.Shared;
import org.giraphml.io.InputOptions;
import org.giraphml.io.JobFailure;
import org.giraphml.io.LabelColumn;
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
      throw new JobFailure(oneClass(master.conf(), sums.keys()[0]));
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

  /** Every row has the label {@code only}: names the input, the value and where it was read. */
  static String oneClass(Configuration conf, double only) {
    LabelColumn column = InputOptions.LABEL_COLUMN.get(conf);
    String value = only == Math.rint(only) && Math.abs(only) < 1e15
        ? Long.toString((long) only) : Double.toString(only);
    return NearestCentroid.NAME + " needs at least 2 classes, but every row of --input "
        + InputOptions.INPUT.get(conf) + " has the label " + value
        + (column.isPresent() ? " (--label-column " + column + "): is that the column "
            + "holding the classes?" : ": a classifier needs rows of at least two classes");
  }
}
