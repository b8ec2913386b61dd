package org.giraphml.math;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class HamerlyBoundsTest {
  /** Brute force: every centre, {@link Vectors#squaredDistance}, ties to the lower index. */
  private static int[] bruteForce(double[] x, int n, int d, double[] c, int k, double[] dist) {
    int[] assign = new int[n];
    for (int r = 0; r < n; r++) {
      int best = 0;
      double bestE = Double.POSITIVE_INFINITY;
      for (int j = 0; j < k; j++) {
        double e = Vectors.squaredDistance(x, r * d, c, j * d, d);
        if (e < bestE) {
          bestE = e;
          best = j;
        }
      }
      assign[r] = best;
      dist[r] = bestE;
    }
    return assign;
  }

  private static double[] norms(double[] v, int rows, int d) {
    double[] out = new double[rows];
    for (int r = 0; r < rows; r++) {
      out[r] = Vectors.squaredNorm(v, r * d, d);
    }
    return out;
  }

  /**
   * Every row reports the computed sum of squared differences to its centre, whether the
   * bounds kept it or the kernel re-checked it: brute force's numbers, to the bit.
   */
  private static void assertDistances(double[] expected, double[] actual) {
    assertArrayEquals(expected, java.util.Arrays.copyOf(actual, expected.length));
  }

  /**
   * Lloyd's iterations driven by the bounds; each iteration's assignment, distances and sums
   * must equal brute force's. Empty clusters are re-seeded at the row farthest from its centre.
   *
   * @return rows compared with every centre, summed over the iterations after the first
   */
  private static long lloydMatchesBruteForce(double[] x, int n, int d, double[] c, int k,
      int iterations) {
    HamerlyBounds.State state = new HamerlyBounds.State(n);
    long scannedLater = 0;
    for (int it = 0; it < iterations; it++) {
      double[] dist = new double[n];
      double[] sums = new double[k * d];
      int scanned = HamerlyBounds.assign(x, norms(x, n, d), n, d, c, norms(c, k, d), k, state, dist, sums);
      if (it > 0) {
        scannedLater += scanned;
      }
      double[] refDist = new double[n];
      int[] ref = bruteForce(x, n, d, c, k, refDist);
      assertArrayEquals(ref, java.util.Arrays.copyOf(state.assignment(), n), "iteration " + it);
      assertDistances(refDist, dist);
      double[] refSums = new double[k * d];
      long[] counts = new long[k];
      for (int r = 0; r < n; r++) {
        counts[ref[r]]++;
        for (int t = 0; t < d; t++) {
          refSums[ref[r] * d + t] += x[r * d + t];
        }
      }
      assertArrayEquals(refSums, sums, "iteration " + it + ": rows are summed in row order");
      int farthest = 0;
      for (int r = 1; r < n; r++) {
        farthest = refDist[r] > refDist[farthest] ? r : farthest;
      }
      double[] next = c.clone();
      for (int j = 0; j < k; j++) {
        if (counts[j] > 0) {
          for (int t = 0; t < d; t++) {
            next[j * d + t] = sums[j * d + t] / counts[j];
          }
        } else {
          System.arraycopy(x, farthest * d, next, j * d, d);
        }
      }
      c = next;
    }
    return scannedLater;
  }

  private static double[] blobs(SplittableRandom random, int n, int d, int clusters,
      double spread) {
    double[] centres = new double[clusters * d];
    for (int i = 0; i < centres.length; i++) {
      centres[i] = random.nextDouble(-50, 50);
    }
    double[] x = new double[n * d];
    for (int r = 0; r < n; r++) {
      int g = random.nextInt(clusters);
      for (int t = 0; t < d; t++) {
        x[r * d + t] = centres[g * d + t] + random.nextGaussian() * spread;
      }
    }
    return x;
  }

  @Test
  void everyIterationEqualsBruteForceOnSeededRandomData() {
    SplittableRandom random = new SplittableRandom(11);
    for (int trial = 0; trial < 30; trial++) {
      int n = 1 + random.nextInt(300);
      int d = 1 + random.nextInt(12);
      int k = 1 + random.nextInt(9);
      double[] x = blobs(random, n, d, 1 + random.nextInt(6), random.nextDouble(0.1, 30));
      double[] c = new double[k * d];
      for (int j = 0; j < k; j++) {
        System.arraycopy(x, random.nextInt(n) * d, c, j * d, d);
      }
      lloydMatchesBruteForce(x, n, d, c, k, 12);
    }
  }

  @Test
  void emptyClustersAndDuplicateCentresEqualBruteForce() {
    SplittableRandom random = new SplittableRandom(5);
    int n = 200;
    int d = 3;
    int k = 6;
    double[] x = blobs(random, n, d, 3, 1);
    // Centres 0, 1 and 2 coincide (duplicates: ties every iteration until re-seeded); 5 lies
    // far from every row, so its cluster is empty and is re-seeded.
    double[] c = new double[k * d];
    for (int j = 0; j < 3; j++) {
      System.arraycopy(x, 0, c, j * d, d);
    }
    System.arraycopy(x, 7 * d, c, 3 * d, d);
    System.arraycopy(x, 9 * d, c, 4 * d, d);
    java.util.Arrays.fill(c, 5 * d, 6 * d, 1e4);
    lloydMatchesBruteForce(x, n, d, c, k, 10);
  }

  @Test
  void rowsOnTheBisectorAndOneUlpOffItGoToTheBruteForceCentre() {
    // Centres at -1 and +1 on the first axis; rows at 0 (exact ties, to centre 0) and one ulp
    // either side, at many heights; the centres then move by one ulp, which no bound may hide.
    int d = 2;
    int n = 300;
    double[] x = new double[n * d];
    for (int r = 0; r < n; r++) {
      double y = (r / 3) * 0.37;
      x[r * d] = r % 3 == 0 ? 0 : r % 3 == 1 ? Math.ulp(1.0) * 0.5 : -Double.MIN_NORMAL;
      x[r * d + 1] = y;
    }
    HamerlyBounds.State state = new HamerlyBounds.State(n);
    double[][] steps = {{-1, 0, 1, 0}, {-1, 0, 1, 0}, {Math.nextDown(-1.0), 0, 1, 0},
        {-1, 0, Math.nextUp(1.0), 0}, {-1, 0, 1, 0}, {-1, 0, 1, 0}};
    for (double[] step : steps) {
      double[] dist = new double[n];
      HamerlyBounds.assign(x, norms(x, n, d), n, d, step, norms(step, 2, d), 2, state, dist, null);
      double[] refDist = new double[n];
      assertArrayEquals(bruteForce(x, n, d, step, 2, refDist), state.assignment());
      assertDistances(refDist, dist);
    }
    assertEquals(0, state.assignment()[0], "an exact tie goes to the lower index");
  }

  @Test
  void separatedClustersSkipMostRowsAfterTheFirstIteration() {
    SplittableRandom random = new SplittableRandom(2);
    int n = 2000;
    int d = 5;
    int k = 4;
    double[] x = blobs(random, n, d, 4, 0.5);
    double[] c = new double[k * d];
    for (int j = 0; j < k; j++) {
      System.arraycopy(x, j * d, c, j * d, d);
    }
    long scanned = lloydMatchesBruteForce(x, n, d, c, k, 8);
    // 7 iterations after the first: without bounds, 14,000 rows would be scanned.
    assertTrue(scanned < 7 * n / 4, "rows scanned after the first iteration: " + scanned);
  }

  /**
   * The invariants the skip test rests on, checked row by row on a block of several chunks
   * where many rows are re-scanned every iteration: the distance to the row's own centre is at
   * most {@code upper}, and to every other centre at least {@code lower}.
   */
  @Test
  void boundsHoldForEveryRowAcrossChunks() {
    SplittableRandom random = new SplittableRandom(5);
    int n = 1500;
    int d = 6;
    int k = 7;
    double[] x = blobs(random, n, d, 5, 12);
    double[] c = java.util.Arrays.copyOf(x, k * d);
    HamerlyBounds.State state = new HamerlyBounds.State(n);
    long scanned = 0;
    for (int it = 0; it < 10; it++) {
      double[] dist = new double[n];
      double[] sums = new double[k * d];
      int s = HamerlyBounds.assign(x, norms(x, n, d), n, d, c, norms(c, k, d), k, state, dist,
          sums);
      scanned += it > 0 ? s : 0;
      int[] a = state.assignment();
      for (int r = 0; r < n; r++) {
        for (int j = 0; j < k; j++) {
          double e = Math.sqrt(Vectors.squaredDistance(x, r * d, c, j * d, d));
          if (j == a[r]) {
            assertTrue(e <= state.upper()[r], "iteration " + it + " row " + r + ": upper");
          } else {
            assertTrue(e >= state.lower()[r], "iteration " + it + " row " + r + ": lower, centre "
                + j);
          }
        }
      }
      long[] counts = new long[k];
      for (int r = 0; r < n; r++) {
        counts[a[r]]++;
      }
      double[] next = c.clone();
      for (int j = 0; j < k; j++) {
        for (int t = 0; t < d && counts[j] > 0; t++) {
          next[j * d + t] = sums[j * d + t] / counts[j];
        }
      }
      c = next;
    }
    assertTrue(scanned > 0, "the test must re-scan some rows after the first iteration");
  }

  @Test
  void aLongerAssignmentBufferGivesTheSameResultAndAShorterOneIsRefused() {
    SplittableRandom random = new SplittableRandom(9);
    int n = 600;
    int d = 4;
    int k = 5;
    double[] x = blobs(random, n, d, 4, 8);
    double[] c = java.util.Arrays.copyOf(x, k * d);
    HamerlyBounds.State exact = new HamerlyBounds.State(n);
    HamerlyBounds.assign(x, norms(x, n, d), n, d, c, norms(c, k, d), k, exact, new double[n],
        null);
    int[] buffer = java.util.Arrays.copyOf(exact.assignment(), n + 37);
    HamerlyBounds.State longer = HamerlyBounds.State.of(exact.upper().clone(),
        exact.lower().clone(), buffer, exact.centres().clone());
    double[] moved = c.clone();
    moved[1] += 0.75;
    double[] d1 = new double[n];
    double[] d2 = new double[n];
    HamerlyBounds.assign(x, norms(x, n, d), n, d, moved, norms(moved, k, d), k, exact, d1, null);
    HamerlyBounds.assign(x, norms(x, n, d), n, d, moved, norms(moved, k, d), k, longer, d2, null);
    assertArrayEquals(exact.assignment(), java.util.Arrays.copyOf(longer.assignment(), n));
    assertArrayEquals(d1, d2);
    org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
        () -> HamerlyBounds.State.of(new double[n], new double[n], new int[n - 1], null));
  }

  @Test
  void restoredStateGivesTheSameAssignmentAsTheOriginal() {
    SplittableRandom random = new SplittableRandom(9);
    int n = 100;
    int d = 4;
    int k = 3;
    double[] x = blobs(random, n, d, 3, 2);
    double[] c = java.util.Arrays.copyOf(x, k * d);
    HamerlyBounds.State state = new HamerlyBounds.State(n);
    HamerlyBounds.assign(x, norms(x, n, d), n, d, c, norms(c, k, d), k, state, new double[n], null);
    HamerlyBounds.State copy = HamerlyBounds.State.of(state.upper().clone(),
        state.lower().clone(), state.assignment().clone(), state.centres().clone());
    double[] moved = c.clone();
    moved[0] += 0.5;
    HamerlyBounds.assign(x, norms(x, n, d), n, d, moved, norms(moved, k, d), k, state, new double[n], null);
    HamerlyBounds.assign(x, norms(x, n, d), n, d, moved, norms(moved, k, d), k, copy, new double[n], null);
    assertArrayEquals(state.assignment(), copy.assignment());
    assertArrayEquals(bruteForce(x, n, d, moved, k, new double[n]), copy.assignment());
  }
}
