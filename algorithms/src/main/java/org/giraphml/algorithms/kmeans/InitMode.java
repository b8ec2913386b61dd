package org.giraphml.algorithms.kmeans;

import org.giraphml.conf.EnumOption;

/** How the first centroids are chosen (unless {@code --init-centroids} gives them). */
public enum InitMode implements EnumOption.Named {
  /** k distinct rows drawn uniformly. */
  RANDOM("random"),
  /**
   * k-means++: each next centre drawn with probability proportional to its squared distance
   * from the nearest centre so far; one superstep per centre (Arthur and Vassilvitskii, "k-means++:
   * the advantages of careful seeding", SODA 2007).
   */
  KMEANS_PLUS_PLUS("kmeans++"),
  /**
   * k-means||: a few rounds that each sample about 2k rows in parallel, then weighted
   * k-means++ on the master over the candidates (Bahmani et al., "Scalable k-means++",
   * VLDB 2012). Spark MLlib's default.
   */
  KMEANS_PARALLEL("kmeans||");

  private final String name;

  InitMode(String name) {
    this.name = name;
  }

  @Override
  public String optionName() {
    return name;
  }
}
