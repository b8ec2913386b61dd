package org.giraphml.math;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class VectorsTest {
  @Test
  void kernelsOnSlicesByHand() {
    double[] a = {9, 1, 2, 3};
    double[] b = {4, 5, 6, 7, 8};
    assertEquals(1 * 5 + 2 * 6 + 3 * 7, Vectors.dot(a, 1, b, 1, 3), 0);
    assertEquals(16 + 16 + 16, Vectors.squaredDistance(a, 1, b, 1, 3), 0);
    assertEquals(1 + 4 + 9, Vectors.squaredNorm(a, 1, 3), 0);
    double[] y = {1, 1, 1};
    Vectors.axpy(2, a, 1, y, 0, 3);
    assertArrayEquals(new double[] {3, 5, 7}, y, 0);
  }

  @Test
  void doubleDoubleSumIsIndependentOfOrder() {
    double[] terms = {1e16, 1, -1e16, 3.14159, 1e-8, 2.5e15, -2.5e15, 7};
    double[] hi = new double[1];
    double[] lo = new double[1];
    for (double t : terms) {
      DoubleDouble.add(hi, lo, 0, t);
    }
    double forward = DoubleDouble.value(hi[0], lo[0]);
    hi[0] = 0;
    lo[0] = 0;
    for (int i = terms.length - 1; i >= 0; i--) {
      DoubleDouble.add(hi, lo, 0, terms[i]);
    }
    assertEquals(forward, DoubleDouble.value(hi[0], lo[0]), 0);
    assertEquals(11.14159001, forward, 1e-12);
    // Plain doubles lose the 1 entirely in this order.
    double plain = 0;
    for (double t : terms) {
      plain += t;
    }
    assertNotEquals(forward, plain);
  }

  @Test
  void seededRandomIsAFunctionOfSeedStreamAndKey() {
    assertEquals(SeededRandom.uniform(1, 2, 3), SeededRandom.uniform(1, 2, 3), 0);
    assertNotEquals(SeededRandom.uniform(1, 2, 3), SeededRandom.uniform(1, 2, 4));
    assertNotEquals(SeededRandom.uniform(1, 2, 3), SeededRandom.uniform(2, 2, 3));
    double sum = 0;
    for (int i = 0; i < 100_000; i++) {
      double u = SeededRandom.uniform(7, 0, i);
      assertTrue(u > 0 && u < 1);
      sum += u;
    }
    assertEquals(0.5, sum / 100_000, 0.005);
  }
}
