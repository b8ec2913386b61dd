package org.giraphml.algorithms.nearestcentroid;

import org.giraphml.conf.IntOption;

/** The options of {@code nearest-centroid}. */
public final class NearestCentroidSettings {
  private NearestCentroidSettings() {
  }

  public static final IntOption MAX_CLASSES = new IntOption(
      "giraphml.nearest-centroid.max-classes", "max-classes", 1000, 2, 1_000_000,
      "Most distinct label values accepted; more stop the job (a label column of "
          + "measurements rather than classes, say).");
}
