package org.giraphml.algorithms.nearestcentroid;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.List;
import org.giraphml.testing.DataFiles;
import org.giraphml.testing.LocalHarness;
import org.junit.jupiter.api.Test;

/**
 * The algorithm against scikit-learn on iris and against hand-computed centroids. Reference
 * values for iris, from scikit-learn 1.2.1 (run from the repository root):
 *
 * <pre>
 * import numpy as np
 * from sklearn.neighbors import NearestCentroid
 * d = np.loadtxt('datasets/iris.csv', delimiter=',', skiprows=1)
 * X, y = d[:, :4], d[:, 4]
 * m = NearestCentroid().fit(X, y)
 * print(m.classes_.tolist(), [[repr(float(v)) for v in c] for c in m.centroids_])
 * p = m.predict(X)
 * print(repr(float((p == y).mean())), [float((p[y == c] == c).mean()) for c in m.classes_])
 * print(''.join(str(int(v)) for v in p))
 * </pre>
 */
class NearestCentroidTest {
  private static final double[][] SKLEARN_IRIS_CENTROIDS = {
      {5.005999999999999, 3.428000000000001, 1.4620000000000002, 0.2459999999999999},
      {5.936, 2.7700000000000005, 4.26, 1.3259999999999998},
      {6.587999999999998, 2.9739999999999998, 5.552, 2.026}};
  private static final String SKLEARN_IRIS_PREDICTIONS = "00000000000000000000000000000000000000000000000000"
      + "21211111111111111111111111221111111111111111111111"
      + "22222212222221222221212222112222222222122222222222";

  @Test
  void irisCentroidsPredictionsAndAccuracyMatchScikitLearn() throws Exception {
    double[][] x = DataFiles.readCsv(Path.of("..", "datasets", "iris.csv"), 4);
    double[][] labelled = DataFiles.readCsv(Path.of("..", "datasets", "iris.csv"));
    double[] y = new double[labelled.length];
    for (int i = 0; i < y.length; i++) {
      y[i] = labelled[i][4];
    }
    LocalHarness.Result r = LocalHarness.of(NearestCentroid.class).rows(x).labels(y)
        .rowsPerBlock(17).workers(3).run();

    NearestCentroidModel model = (NearestCentroidModel) r.model();
    assertArrayEquals(new double[] {0, 1, 2}, model.classes());
    for (int c = 0; c < 3; c++) {
      // numpy's mean sums pairwise; ours is the exactly rounded sum over the count.
      assertArrayEquals(SKLEARN_IRIS_CENTROIDS[c], model.centroid(c), 1e-13, "class " + c);
    }
    StringBuilder predicted = new StringBuilder();
    for (String p : r.predictions()) {
      predicted.append((int) Double.parseDouble(p));
    }
    assertEquals(SKLEARN_IRIS_PREDICTIONS, predicted.toString());

    JsonNode summary = r.summary();
    assertEquals(139.0 / 150, summary.get("training_accuracy").asDouble(), 0);
    assertEquals("[50,50,50]", summary.get("class_counts").toString());
    assertEquals("[1.0,0.92,0.86]", summary.get("class_accuracy").toString());
    assertEquals(150, summary.get("rows").asLong());
  }

  @Test
  void handComputedCentroidsOfUnsortedNonIntegerClasses() throws Exception {
    // Class 2.5: (10,10) (12,10) -> (11,10); class -1: (0,0) (2,0) (1,3) (6,5) -> (2.25,2).
    LocalHarness.Result r = LocalHarness.of(NearestCentroid.class)
        .rows(new double[][] {{10, 10}, {0, 0}, {2, 0}, {12, 10}, {1, 3}, {6, 5}})
        .labels(new double[] {2.5, -1, -1, 2.5, -1, -1})
        .rowsPerBlock(2).run();
    // The last row (6,5), labelled -1, joins class -1: mean of (0,0) (2,0) (1,3) (6,5) = (9/4, 2).
    NearestCentroidModel model = (NearestCentroidModel) r.model();
    assertArrayEquals(new double[] {-1, 2.5}, model.classes());
    assertArrayEquals(new double[] {2.25, 2}, model.centroid(0), 0);
    assertArrayEquals(new double[] {11, 10}, model.centroid(1), 0);
    // (6,5): distance to (2.25,2) is sqrt(14.0625+9) = 4.80, to (11,10) is sqrt(50) = 7.07.
    assertEquals(List.of("2.5", "-1", "-1", "2.5", "-1", "-1"), r.predictions());
    assertEquals(1.0, r.summary().get("training_accuracy").asDouble(), 0);
  }

  @Test
  void sparseRowsGiveTheCentroidsOfTheSameDenseRows() throws Exception {
    NearestCentroidModel sparse = (NearestCentroidModel) LocalHarness.of(NearestCentroid.class)
        .libsvm("1 1:2", "1 2:4 3:1", "0 3:6", "0 1:1 3:2").rowsPerBlock(1).run().model();
    NearestCentroidModel dense = (NearestCentroidModel) LocalHarness.of(NearestCentroid.class)
        .rows(new double[][] {{2, 0, 0}, {0, 4, 1}, {0, 0, 6}, {1, 0, 2}})
        .labels(new double[] {1, 1, 0, 0}).rowsPerBlock(3).run().model();
    assertEquals(dense.toJson(), sparse.toJson());
    assertArrayEquals(new double[] {0.5, 0, 4}, sparse.centroid(0), 0);
    assertArrayEquals(new double[] {1, 2, 0.5}, sparse.centroid(1), 0);
  }

  @Test
  void minusZeroAndZeroLabelsAreOneClass() throws Exception {
    NearestCentroidModel model = (NearestCentroidModel) LocalHarness.of(NearestCentroid.class)
        .rows(new double[][] {{0}, {2}, {10}}).labels(new double[] {-0.0, 0.0, 1})
        .rowsPerBlock(1).run().model();
    assertArrayEquals(new double[] {0, 1}, model.classes());
    assertArrayEquals(new double[] {1}, model.centroid(0), 0);
  }

  @Test
  void summaryHasTheContractFieldsThenTheClassDetails() throws Exception {
    JsonNode summary = LocalHarness.of(NearestCentroid.class)
        .rows(new double[][] {{0}, {1}, {9}}).labels(new double[] {4, 4, 7}).run().summary();
    List<String> fields = new java.util.ArrayList<>();
    summary.fieldNames().forEachRemaining(fields::add);
    assertEquals(List.of("algorithm", "rows", "warnings", "classes", "class_counts",
        "class_accuracy", "training_accuracy", "train_seconds"), fields);
    assertEquals("[4.0,7.0]", summary.get("classes").toString());
    assertTrue(summary.get("train_seconds").asDouble() > 0);
  }
}
