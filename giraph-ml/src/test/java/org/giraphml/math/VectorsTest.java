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

  @Test
  void distanceAndNormAreRightWhereTheirSquaresOverflowOrUnderflow() {
    // By hand: a 3-4-5 triangle at three scales; (3e200)^2 and (3e-200)^2 are not doubles.
    double[] a = {3e200, 4e200, 3e-200, 4e-200, 3, 4};
    double[] zero = {0, 0};
    assertEquals(5e200, Vectors.norm(a, 0, 2), 1e186);
    assertEquals(5e-200, Vectors.norm(a, 2, 2), 1e-214);
    assertEquals(5, Vectors.norm(a, 4, 2), 0);
    assertEquals(5e200, Vectors.distance(a, 0, zero, 0, 2), 1e186);
    // (1.5e308, 0) to (-1.5e308, 0) is 3e308: a - b itself overflows before scaling.
    assertEquals(Double.POSITIVE_INFINITY,
        Vectors.distance(new double[] {1.5e308}, 0, new double[] {-1.5e308}, 0, 1), 0);
    assertEquals(1.6e308, Vectors.distance(new double[] {0.8e308}, 0,
        new double[] {-0.8e308}, 0, 1), 1e294);
    assertEquals(0, Vectors.distance(zero, 0, zero, 0, 2), 0);
  }

  @Test
  void doubleDoubleSumThatOverflowsIsInfinityNotNaN() {
    double[] hi = new double[1];
    double[] lo = new double[1];
    DoubleDouble.add(hi, lo, 0, 1.5e308);
    DoubleDouble.add(hi, lo, 0, 1.5e308);
    DoubleDouble.add(hi, lo, 0, 1);
    assertEquals(Double.POSITIVE_INFINITY, DoubleDouble.value(hi[0], lo[0]), 0);
    double[] hi2 = {Double.POSITIVE_INFINITY};
    double[] lo2 = {0};
    DoubleDouble.add(hi2, lo2, 0, 1.0, 1e-20);
    assertEquals(Double.POSITIVE_INFINITY, DoubleDouble.value(hi2[0], lo2[0]), 0);
  }
}
