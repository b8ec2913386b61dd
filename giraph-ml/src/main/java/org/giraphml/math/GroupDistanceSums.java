package org.giraphml.math;

import java.util.stream.IntStream;

/**
 * For every row of a set, the sums of its Euclidean distances to the other rows of each group:
 * what a silhouette score needs. Quadratic in the rows, linear in memory (the distances are
 * never stored).
 *
 * <p>Each distance is {@link Vectors#distance}'s and each sum adds the rows in increasing
 * order, so the sums equal those of the plain double loop over pairs exactly, whatever the
 * number of threads: the rows are split between {@link Runtime#availableProcessors} parallel
 * tasks (the common fork-join pool), each writing only its own rows' sums.
 *
 * <p>A Vector API version (blocks of 16 rows transposed, four partial sums per lane, equal to
 * the bit) took 0.14 s warm for 2,000 x 784 against about 0.6 s here on two cores, but inside
 * a job it ran boxed (a young collection every 0.1 s) in about half the runs, 2.4 s, even
 * after a warm-up: this scalar loop is the predictable one.
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
    IntStream.range(0, tasks).parallel().forEach(task -> {
      int from = (int) ((long) n * task / tasks);
      int to = (int) ((long) n * (task + 1) / tasks);
      rows(rows, group, groups, d, from, to, sums);
    });
    return sums;
  }

  /** The sums of rows {@code from..to}. */
  static void rows(double[][] rows, int[] group, int groups, int d, int from, int to,
      double[] sums) {
    for (int i = from; i < to; i++) {
      for (int j = 0; j < rows.length; j++) {
        if (j != i) {
          sums[i * groups + group[j]] += Vectors.distance(rows[i], 0, rows[j], 0, d);
        }
      }
    }
  }
}
