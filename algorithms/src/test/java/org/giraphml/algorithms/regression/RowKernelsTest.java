package org.giraphml.algorithms.regression;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class RowKernelsTest {
  @Test
  void dotAddsFromTheStartInFeatureOrder() {
    // 1e16 + 1 rounds back to 1e16 (the spacing there is 2), so adding the two products to the
    // start one by one gives 1e16, while summing them first would give 1e16 + 2.
    double[] x = {9, 1, 1, 9};
    double[] w = {7, 7, 1, 1, 7};
    assertEquals(1e16, RowKernels.dot(1e16, x, 1, w, 2, 2), 0);
    assertEquals(1e16 + 2, RowKernels.dot(0, x, 1, w, 2, 2) + 1e16, 0);
  }

  @Test
  void dotOfAnOffsetRowWithAnOffsetWeightVector() {
    double[] x = {100, 1, 2, 3, 100};
    double[] w = {100, 100, 4, 5, 6};
    assertEquals(0.5 + 1 * 4 + 2 * 5 + 3 * 6, RowKernels.dot(0.5, x, 1, w, 2, 3), 0);
  }

  @Test
  void addScaledUpdatesOnlyTheTargetWindow() {
    double[] gradient = {1, 1, 1, 1, 1};
    double[] x = {7, 2, -3, 7};
    RowKernels.addScaled(gradient, 2, 0.5, x, 1, 2);
    assertArrayEquals(new double[] {1, 1, 2, -0.5, 1}, gradient, 0);
  }
}
