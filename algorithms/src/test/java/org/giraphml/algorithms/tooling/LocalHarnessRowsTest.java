package org.giraphml.algorithms.tooling;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.giraphml.algorithms.kmeans.KMeans;
import org.giraphml.algorithms.kmeans.KMeansModel;
import org.giraphml.algorithms.kmeans.KMeansSettings;
import org.giraphml.algorithms.regression.GlmModel;
import org.giraphml.algorithms.regression.LinearRegression;
import org.giraphml.graph.DataBlock;
import org.giraphml.testing.LocalHarness;
import org.junit.jupiter.api.Test;

/** {@link LocalHarness} feeds labelled and sparse rows to algorithms as the readers do. */
class LocalHarnessRowsTest {
  @Test
  void labelledDenseRowsTrainLinearRegression() throws Exception {
    // y = 2x + 1 exactly: least squares gives weight 2, intercept 1 (by hand).
    GlmModel m = (GlmModel) LocalHarness.of(LinearRegression.class)
        .rows(new double[][] {{0}, {1}, {2}, {3}}).labels(new double[] {1, 3, 5, 7})
        .rowsPerBlock(3).run().model();
    assertArrayEquals(new double[] {2}, m.weights(), 1e-9);
    assertEquals(1, m.intercept(), 1e-9);
  }

  @Test
  void libsvmRowsCarryTheirLabelsIntoLinearRegression() throws Exception {
    // The same line as above, x = 0 written as an empty row the way LIBSVM omits zeros.
    GlmModel m = (GlmModel) LocalHarness.of(LinearRegression.class)
        .libsvm("1", "3 1:1", "5 1:2", "7 1:3").rowsPerBlock(3).run().model();
    assertArrayEquals(new double[] {2}, m.weights(), 1e-9);
    assertEquals(1, m.intercept(), 1e-9);
  }

  @Test
  void libsvmRowsClusterWhereTheirDenseEquivalentsDo() throws Exception {
    // Groups {(0,0),(0,1)} and {(10,10),(10,11)}: centroids (0,0.5) and (10,10.5) by hand.
    KMeansModel m = (KMeansModel) LocalHarness.of(KMeans.class)
        .libsvm("0", "0 2:1", "0 1:10 2:10", "0 1:10 2:11").set(KMeansSettings.K, 2)
        .rowsPerBlock(2).run().model();
    double[][] centroids = {m.centroid(0), m.centroid(1)};
    Arrays.sort(centroids, Comparator.comparingDouble(c -> c[0]));
    assertArrayEquals(new double[] {0, 0.5}, centroids[0], 1e-12);
    assertArrayEquals(new double[] {10, 10.5}, centroids[1], 1e-12);
  }

  @Test
  void libsvmRowsBecomeCsrBlocksWithZeroBasedColumnsAndLabels() {
    List<DataBlock> blocks = LocalHarness.of(KMeans.class)
        .libsvm("-1 2:0.5 4:2", "+1", "3 1:7").rowsPerBlock(2).blocks();
    assertEquals(2, blocks.size());
    DataBlock first = blocks.get(0);
    assertEquals(true, first.isSparse());
    assertEquals(4, first.dims());
    assertArrayEquals(new int[] {0, 2, 2}, first.rowStart());
    assertArrayEquals(new int[] {1, 3}, first.columns());
    assertArrayEquals(new double[] {0.5, 2}, first.values());
    assertArrayEquals(new double[] {-1, 1}, first.labels());
    assertArrayEquals(new double[] {3}, blocks.get(1).labels());
    assertArrayEquals(new int[] {0}, blocks.get(1).columns());
  }

  @Test
  void malformedLibsvmLineIsRefusedNamingItsLine() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> LocalHarness.of(KMeans.class).libsvm("1 1:2", "0 3:1 2:4"));
    assertEquals("line 2: '2:4' needs index:value with increasing indices from 1 in "
        + "\"0 3:1 2:4\"", e.getMessage());
  }

  @Test
  void labelsOfAnotherLengthThanTheRowsAreRefused() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> LocalHarness.of(LinearRegression.class).rows(new double[][] {{0}, {1}})
            .labels(new double[] {1}).blocks());
    assertEquals("2 rows but 1 labels", e.getMessage());
  }
}
