/**
 * The nearest-centroid classifier, the tutorial algorithm of docs/AUTHORING.md:
 * {@link org.giraphml.algorithms.nearestcentroid.NearestCentroid} (the algorithm: two
 * aggregations), {@link org.giraphml.algorithms.nearestcentroid.ClassSums} (training),
 * {@link org.giraphml.algorithms.nearestcentroid.TrainingScore} (training predictions and
 * accuracy), the model and its format. It uses the authoring API only: no Giraph type.
 */
package org.giraphml.algorithms.nearestcentroid;
