package org.giraphml.math;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The silhouette's distance sums equal, to the bit, those of the plain double loop over pairs
 * (each distance {@link Vectors#distance}, rows added in increasing order), whole and split
 * between threads: for short, odd and wide rows, duplicate rows (distance 0, which takes the rescaling branch) and values whose squares
 * overflow.
 */
class GroupDistanceSumsTest {
  /** The computation the silhouette used before the kernel: one pair at a time. */
  private static double[] plainLoop(double[][] rows, int[] group, int groups) {
    double[] sums = new double[rows.length * groups];
    for (int i = 0; i < rows.length; i++) {
      for (int j = 0; j < rows.length; j++) {
        if (j != i) {
          sums[i * groups + group[j]] += Vectors.distance(rows[i], 0, rows[j], 0,
              rows[i].length);
        }
      }
    }
    return sums;
  }

  private static double[][] rows(Random rnd, int n, int d, double scale) {
    double[][] x = new double[n][d];
    for (double[] row : x) {
      for (int t = 0; t < d; t++) {
        row[t] = rnd.nextGaussian() * scale * Math.pow(10, rnd.nextInt(5) - 2);
      }
    }
    return x;
  }

  private static void assertBits(double[] want, double[] got, String what) {
    assertEquals(want.length, got.length, what);
    for (int i = 0; i < want.length; i++) {
      assertEquals(Double.doubleToRawLongBits(want[i]), Double.doubleToRawLongBits(got[i]),
          what + " sum " + i + ": " + want[i] + " vs " + got[i]);
    }
  }

  @Test
  void sumsEqualThePlainLoopToTheBit() {
    Random rnd = new Random(5);
    for (int d : new int[] {1, 3, 4, 5, 10, 33, 784}) {
      for (int n : new int[] {2, 7, 16, 17, 33, 150}) {
        double[][] x = rows(rnd, n, d, 1);
        x[n - 1] = x[0].clone(); // a duplicate: distance 0
        int groups = 3;
        int[] group = new int[n];
        for (int i = 0; i < n; i++) {
          group[i] = rnd.nextInt(groups);
        }
        double[] want = plainLoop(x, group, groups);
        String what = "n=" + n + " d=" + d;
        assertBits(want, GroupDistanceSums.of(x, group, groups), what);
        double[] split = new double[n * groups];
        GroupDistanceSums.rows(x, group, groups, d, 0, n / 2, split);
        GroupDistanceSums.rows(x, group, groups, d, n / 2, n, split);
        assertBits(want, split, what + " two ranges");
      }
    }
  }

  @Test
  void hugeAndTinyValuesTakeTheRescaledDistance() {
    Random rnd = new Random(9);
    int n = 40;
    double[][] x = rows(rnd, n, 12, 1e160);
    for (int i = 0; i < 10; i++) {
      x[i] = rows(rnd, 1, 12, 1e-170)[0];
    }
    int[] group = new int[n];
    for (int i = 0; i < n; i++) {
      group[i] = i % 2;
    }
    double[] want = plainLoop(x, group, 2);
    assertBits(want, GroupDistanceSums.of(x, group, 2), "rescaled");
    assertEquals(false, Double.isInfinite(want[0]), "the plain loop rescales too");
  }

  @Test
  void sumsOfThreeRowsByHand() {
    double[][] x = {{0, 0}, {3, 4}, {6, 8}};
    double[] sums = GroupDistanceSums.of(x, new int[] {0, 1, 1}, 2);
    // Row 0: 5 to row 1, 10 to row 2 (both group 1). Row 1: 5 to group 0, 5 to row 2.
    assertBits(new double[] {0, 15, 5, 5, 10, 5}, sums, "by hand");
  }

  @Test
  void mismatchedGroupsAreRefused() {
    assertThrows(IllegalArgumentException.class,
        () -> GroupDistanceSums.of(new double[2][2], new int[3], 2));
  }
}
