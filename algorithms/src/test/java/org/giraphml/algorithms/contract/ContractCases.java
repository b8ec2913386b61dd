package org.giraphml.algorithms.contract;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * What the contract test needs to know about each registered algorithm and cannot find out from
 * its options: a small seeded data set suited to it and the flags it requires. A newly
 * registered algorithm with no entry here makes {@link AlgorithmContractTest} fail and say so.
 *
 * <p>Each data set is large enough to fill several blocks and two input splits at the smallest
 * sizes the options allow, so that the number of workers has something to change.
 */
final class ContractCases {
  /** The smallest blocks and splits the input options allow. */
  static final List<String> SMALL_SPLITS =
      List.of("--block-bytes", "1024", "--split-bytes", "4096");

  /** Rows per data set: about 9 KB of CSV, so two splits and ~6 blocks. */
  private static final int ROWS = 300;

  /**
   * One way of training an algorithm.
   *
   * @param algorithm the registered command name
   * @param flags the algorithm's own flags this case needs (not input or job flags)
   * @param labelled whether the data's last column is a label the algorithm requires
   * @param data the seeded rows, label last when {@code labelled}
   */
  record Case(String algorithm, List<String> flags, boolean labelled, double[][] data) {
    String displayName() {
      return flags.isEmpty() ? algorithm : algorithm + " " + String.join(" ", flags);
    }

    int features() {
      return data[0].length - (labelled ? 1 : 0);
    }

    /** Writes the data set as CSV with a header; returns the file. */
    Path writeCsv(Path dir) throws IOException {
      StringBuilder csv = new StringBuilder();
      for (int t = 0; t < data[0].length; t++) {
        csv.append(t == 0 ? "" : ",").append(labelled && t == features() ? "label" : "x" + t);
      }
      csv.append('\n');
      for (double[] row : data) {
        for (int t = 0; t < row.length; t++) {
          csv.append(t == 0 ? "" : ",").append(row[t]);
        }
        csv.append('\n');
      }
      return Files.writeString(dir.resolve("data.csv"), csv);
    }

    /** The input flags: the label column when there is one. */
    List<String> inputFlags() {
      return labelled ? List.of("--label-column", Integer.toString(features())) : List.of();
    }
  }

  /**
   * Algorithms that train a model, by registered name. {@code predict} is not here: it is run
   * on every model these cases train.
   */
  static final Map<String, List<Case>> TRAINING = Map.of(
      "kmeans", List.of(new Case("kmeans", List.of("--k", "3", "--seed", "11"), false,
          blobs(ROWS, 3, 5))),
      "linreg", List.of(
          new Case("linreg", List.of(), true, linear(ROWS, 7)),
          new Case("linreg", List.of("--solver", "lbfgs", "--l2", "0.01"), true,
              linear(ROWS, 7))),
      "logreg", List.of(new Case("logreg", List.of("--l2", "0.001"), true, logistic(ROWS, 9))),
      "nearest-centroid", List.of(new Case("nearest-centroid", List.of(), true,
          classes(ROWS, 13))));

  /** Registered names that apply a saved model rather than train one. */
  static final List<String> APPLYING = List.of("predict");

  private ContractCases() {
  }

  /** Three well-separated groups in 3 dimensions. */
  private static double[][] blobs(int n, int groups, long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    double[][] rows = new double[n][3];
    for (int i = 0; i < n; i++) {
      int g = random.nextInt(groups);
      for (int t = 0; t < 3; t++) {
        rows[i][t] = 8.0 * ((g + t) % groups) + random.nextGaussian();
      }
    }
    return rows;
  }

  /** y = 1.5 x0 - 2 x1 + 0.25 x2 + 4 + noise; label last. */
  private static double[][] linear(int n, long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    double[][] rows = new double[n][4];
    for (int i = 0; i < n; i++) {
      for (int t = 0; t < 3; t++) {
        rows[i][t] = (1 + t) * random.nextGaussian() + t;
      }
      rows[i][3] = 1.5 * rows[i][0] - 2 * rows[i][1] + 0.25 * rows[i][2] + 4
          + 0.5 * random.nextGaussian();
    }
    return rows;
  }

  /**
   * Three overlapping groups in 3 dimensions labelled -1, 0.5 and 4 (class values that are
   * neither whole numbers nor 0..k-1), label last; some rows lie nearer another group's mean.
   */
  private static double[][] classes(int n, long seed) {
    double[] labels = {-1, 0.5, 4};
    SplittableRandom random = new SplittableRandom(seed);
    double[][] rows = new double[n][4];
    for (int i = 0; i < n; i++) {
      int g = random.nextInt(labels.length);
      for (int t = 0; t < 3; t++) {
        rows[i][t] = 1.5 * ((g + t) % labels.length) + random.nextGaussian();
      }
      rows[i][3] = labels[g];
    }
    return rows;
  }

  /** Labels 0/1 from a noisy linear score, so the classes overlap (not separable). */
  private static double[][] logistic(int n, long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    double[][] rows = new double[n][3];
    for (int i = 0; i < n; i++) {
      rows[i][0] = random.nextGaussian();
      rows[i][1] = random.nextGaussian() + 1;
      double score = rows[i][0] - 0.5 * rows[i][1] + 0.3 + random.nextGaussian();
      rows[i][2] = score > 0 ? 1 : 0;
    }
    return rows;
  }
}
