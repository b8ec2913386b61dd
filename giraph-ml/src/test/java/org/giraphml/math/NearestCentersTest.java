package org.giraphml.math;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class NearestCentersTest {
  @Test
  void assignsToNearestWithExactDistancesByHand() {
    // rows (0,0), (3,4), (10,0); centres (0,0), (6,8)
    double[] x = {0, 0, 3, 4, 10, 0};
    double[] c = {0, 0, 6, 8};
    int[] assign = new int[3];
    double[] dist = new double[3];
    NearestCenters.assignDense(x, norms(x, 3, 2), 3, 2, c, norms(c, 2, 2), 2, assign, dist,
        new double[8]);
    assertArrayEquals(new int[] {0, 0, 1}, assign);
    // (3,4): 25 to (0,0), 9+16=25 to (6,8): a tie, goes to the lower index.
    assertArrayEquals(new double[] {0, 25, 16 + 64}, dist, 0);
  }

  @Test
  void blockedKernelAgreesWithPlainLoopOnRandomData() {
    SplittableRandom random = new SplittableRandom(3);
    for (int trial = 0; trial < 20; trial++) {
      int n = 1 + random.nextInt(40);
      int d = 1 + random.nextInt(30);
      int k = 1 + random.nextInt(9);
      double[] x = new double[n * d];
      double[] c = new double[k * d];
      for (int i = 0; i < x.length; i++) {
        x[i] = random.nextGaussian() * 100;
      }
      for (int i = 0; i < c.length; i++) {
        c[i] = random.nextGaussian() * 100;
      }
      int[] assign = new int[n];
      double[] dist = new double[n];
      NearestCenters.assignDense(x, norms(x, n, d), n, d, c, norms(c, k, d), k, assign, dist,
          new double[4 * k]);
      for (int r = 0; r < n; r++) {
        int best = 0;
        double bestD = Double.POSITIVE_INFINITY;
        for (int j = 0; j < k; j++) {
          double e = Vectors.squaredDistance(x, r * d, c, j * d, d);
          if (e < bestD) {
            bestD = e;
            best = j;
          }
        }
        assertEquals(best, assign[r], "row " + r);
        assertEquals(bestD, dist[r], 1e-12 * bestD, "row " + r);
      }
    }
  }

  @Test
  void distancesNearZeroAreExactWhereTheExpansionCancels() {
    // A row almost on a centre far from the origin: the expansion would give rounding noise
    // of ~1e-6 here; the reported distance must be the exact 1e-12.
    double[] x = {1e5 + 1e-6, 1e5};
    double[] c = {1e5, 1e5, -7, 3};
    int[] assign = new int[1];
    double[] dist = new double[1];
    NearestCenters.assignDense(x, norms(x, 1, 2), 1, 2, c, norms(c, 2, 2), 2, assign, dist,
        new double[8]);
    assertEquals(0, assign[0]);
    assertEquals(Vectors.squaredDistance(x, 0, c, 0, 2), dist[0], 0);
  }

  @Test
  void nearTieIsSettledExactlyWhereTheExpansionCannot() {
    // Two centres 1e-7 apart far from the origin: the expansion's rounding (~1e-6 at this
    // magnitude) cannot order them, the exact check can.
    double[] x = {1e5 + 1e-7 * 0.9};
    double[] c = {1e5, 1e5 + 1e-7};
    int[] assign = new int[1];
    double[] dist = new double[1];
    NearestCenters.assignDense(x, norms(x, 1, 1), 1, 1, c, norms(c, 2, 1), 2, assign, dist,
        new double[8]);
    assertEquals(1, assign[0]);
  }

  @Test
  void sparseRowsMatchDenseRows() {
    // rows: (1,0,2), (0,0,0), (0,5,0) in CSR
    int[] start = {0, 2, 2, 3};
    int[] cols = {0, 2, 1};
    double[] vals = {1, 2, 5};
    double[] xNorms = {5, 0, 25};
    double[] c = {1, 0, 2, 0, 4, 0};
    int[] assign = new int[3];
    double[] dist = new double[3];
    NearestCenters.assignSparse(start, cols, vals, xNorms, 3, c, norms(c, 2, 3), 2, 3, assign,
        dist);
    assertArrayEquals(new int[] {0, 0, 1}, assign);
    assertArrayEquals(new double[] {0, 5, 1}, dist, 1e-12);
  }

  @Test
  void rowsWhoseSquaredNormsOverflowGetTheNearestCentreAndExactDistance() {
    // By hand: row (1e154, 0) is 1e154 from centre (0, 0) and 2e154 from (3e154, 0); the
    // squares, 1e308 and 4e308, straddle Double.MAX_VALUE (1.8e308); the expansion's
    // ||x||^2 + ||c||^2 = 1e308 + 9e308 overflows and would give Infinity - Infinity = NaN.
    // Row (-1e200, 1e200): both squared distances are beyond a double; (0, 0) is nearer.
    double[] x = {1e154, 0, -1e200, 1e200};
    double[] c = {0, 0, 3e154, 0};
    int[] assign = new int[2];
    double[] dist = new double[2];
    NearestCenters.assignDense(x, norms(x, 2, 2), 2, 2, c, norms(c, 2, 2), 2, assign, dist,
        new double[8]);
    assertArrayEquals(new int[] {0, 0}, assign);
    assertEquals(1e154 * 1e154, dist[0], 0);
    assertEquals(Double.POSITIVE_INFINITY, dist[1], 0);
  }

  @Test
  void rowsWhoseSquaresUnderflowStillFindTheNearerCentre() {
    // By hand: 2e-170 is 1e-170 from centre 3e-170 and 2e-170 from 0; every square here is
    // below the smallest double (4.9e-324), so unscaled arithmetic sees only ties at 0.
    double[] x = {2e-170, 0};
    double[] c = {0, 0, 3e-170, 0};
    int[] assign = new int[1];
    double[] dist = new double[1];
    NearestCenters.assignDense(x, norms(x, 1, 2), 1, 2, c, norms(c, 2, 2), 2, assign, dist,
        new double[8]);
    assertEquals(1, assign[0]);
    assertEquals(0, dist[0], 0); // (1e-170)^2 rounds to 0: the nearest double to the truth
  }

  @Test
  void hugeSparseRowsGetTheNearestCentre() {
    // rows (1e200, 0, 0) and (0, 0, -2e200) in CSR; centres (1.5e200, 0, 0), (0, 0, -1e200):
    // squared distances (0.5e200)^2 = 2.5e399 and (1e200)^2 = 1e400 overflow; nearest by hand.
    int[] start = {0, 1, 2};
    int[] cols = {0, 2};
    double[] vals = {1e200, -2e200};
    double[] xNorms = {Double.POSITIVE_INFINITY, Double.POSITIVE_INFINITY};
    double[] c = {1.5e200, 0, 0, 0, 0, -1e200};
    int[] assign = new int[2];
    double[] dist = new double[2];
    NearestCenters.assignSparse(start, cols, vals, xNorms, 2, c, norms(c, 2, 3), 2, 3, assign,
        dist);
    assertArrayEquals(new int[] {0, 1}, assign);
    assertArrayEquals(new double[] {Double.POSITIVE_INFINITY, Double.POSITIVE_INFINITY}, dist, 0);
  }

  @Test
  void ordinaryBlocksStayOnTheExpansionPath() {
    double[] norms = {1, 1e300};
    assertTrue(NearestCenters.inSafeRange(norms, 2, new double[] {1e-300}, 1));
    assertFalse(NearestCenters.inSafeRange(norms, 2, new double[] {1e308}, 1));
    assertFalse(NearestCenters.inSafeRange(new double[] {0}, 1, new double[] {0}, 1));
  }

  static double[] norms(double[] a, int n, int d) {
    double[] out = new double[n];
    for (int i = 0; i < n; i++) {
      out[i] = Vectors.squaredNorm(a, i * d, d);
    }
    return out;
  }
}
