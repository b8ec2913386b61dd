package org.giraphml.math;

import java.util.stream.IntStream;

/**
 * For every row of a set, the sums of its Euclidean distances to the other rows of each group:
 * what a silhouette score needs. Quadratic in the rows, linear in memory (the distances are
 * never stored).
 *
 * <p>Each distance is {@link Vectors#distance}'s to the bit and each sum adds the rows in
 * increasing order, so the sums equal those of the plain double loop over pairs exactly,
 * whatever the number of threads. The pairs run on the JDK Vector API when it is present
 * ({@link VectorDistances}, blocks of rows transposed so a feature step serves a whole block)
 * and on the scalar kernel otherwise; the rows are split between
 * {@link Runtime#availableProcessors} parallel tasks (the common fork-join pool).
 */
public final class GroupDistanceSums {
  private GroupDistanceSums() {
  }

  /**
   * {@code sums[i * groups + q]} = sum over rows {@code j != i} with {@code group[j] == q}, in
   * increasing {@code j}, of {@code Vectors.distance(rows[i], rows[j])}.
   *
   * @param rows n rows of equal length d
   * @param group each row's group, {@code 0 <= group[j] < groups}
   * @return {@code n * groups} sums, row-major
   */
  public static double[] of(double[][] rows, int[] group, int groups) {
    int n = rows.length;
    if (group.length != n) {
      throw new IllegalArgumentException(n + " rows but " + group.length + " groups");
    }
    double[] sums = new double[n * groups];
    if (n == 0) {
      return sums;
    }
    int d = rows[0].length;
    int tasks = Math.max(1, Math.min(Runtime.getRuntime().availableProcessors(), n / 64));
    boolean vector = NearestCenters.VECTORISED;
    IntStream.range(0, tasks).parallel().forEach(task -> {
      int from = (int) ((long) n * task / tasks);
      int to = (int) ((long) n * (task + 1) / tasks);
      if (vector) {
        vectorRows(rows, group, groups, d, from, to, sums);
      } else {
        scalarRows(rows, group, groups, d, from, to, sums);
      }
    });
    return sums;
  }

  /** Rows {@code from..to} on the scalar kernel. */
  static void scalarRows(double[][] rows, int[] group, int groups, int d, int from, int to,
      double[] sums) {
    for (int i = from; i < to; i++) {
      for (int j = 0; j < rows.length; j++) {
        if (j != i) {
          sums[i * groups + group[j]] += Vectors.distance(rows[i], 0, rows[j], 0, d);
        }
      }
    }
  }

  /**
   * Rows {@code from..to} on the vector kernel: the other rows go in blocks of
   * {@link VectorDistances#WIDTH}, each transposed once and then met by every row of the range
   * (a block is {@code d * WIDTH} doubles, small enough to stay in cache). A squared distance
   * outside the range where its square root is exact goes to {@link Vectors#distance}, which
   * rescales it exactly as the scalar path does.
   */
  static void vectorRows(double[][] rows, int[] group, int groups, int d, int from, int to,
      double[] sums) {
    int n = rows.length;
    int w = VectorDistances.WIDTH;
    double[] bt = new double[d * w];
    double[] squares = new double[w];
    for (int jb = 0; jb < n; jb += w) {
      int count = Math.min(w, n - jb);
      VectorDistances.transpose(rows, jb, count, d, bt);
      for (int i = from; i < to; i++) {
        VectorDistances.squaredDistances(rows[i], d, bt, squares);
        int base = i * groups;
        for (int m = 0; m < count; m++) {
          int j = jb + m;
          if (j != i) {
            sums[base + group[j]] += Vectors.exactRoot(squares[m])
                ? Math.sqrt(squares[m]) : Vectors.distance(rows[i], 0, rows[j], 0, d);
          }
        }
      }
    }
  }
}
