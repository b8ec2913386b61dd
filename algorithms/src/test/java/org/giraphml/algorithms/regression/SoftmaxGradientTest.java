package org.giraphml.algorithms.regression;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import java.util.SplittableRandom;
import org.giraphml.graph.DataBlock;
import org.junit.jupiter.api.Test;

/** The softmax loss and its block gradient, against finite differences and by hand. */
class SoftmaxGradientTest {
  private static final int D = 3;
  private static final ClassLabels CLASSES = ClassLabels.multinomial(-1, 2, 5);
  private static final double[] X = {0.5, -1.2, 3.0, 1.5, 0.3, -0.7, -2.0, 0.9, 1.1, 0.0, 2.2,
      -0.4, 1.0, 1.0, 1.0};
  private static final double[] LABELS = {2, -1, 5, 5, 2};

  private static DataBlock dense() {
    return DataBlock.dense(D, X, LABELS, new long[] {0, 1, 2, 3, 4});
  }

  private static double loss(DataBlock block, double[] w, Optional<double[]> means) {
    return SoftmaxGradientPiece.accumulate(block, D, CLASSES, w, means, true,
        new double[3 * D], new double[3]);
  }

  @Test
  void gradientMatchesCentralFiniteDifferencesWithAndWithoutCentring() {
    SplittableRandom random = new SplittableRandom(5);
    double[] w = new double[3 * (D + 1)];
    for (int i = 0; i < w.length; i++) {
      w[i] = random.nextGaussian();
    }
    for (Optional<double[]> means : java.util.List.of(Optional.<double[]>empty(),
        Optional.of(new double[] {0.4, 0.2, 0.8}))) {
      double[] gradient = new double[3 * D];
      double[] residuals = new double[3];
      SoftmaxGradientPiece.accumulate(dense(), D, CLASSES, w, means, true, gradient, residuals);
      double h = 1e-6;
      for (int c = 0; c < 3; c++) {
        for (int j = 0; j <= D; j++) {
          double[] up = w.clone();
          double[] down = w.clone();
          up[c * (D + 1) + j] += h;
          down[c * (D + 1) + j] -= h;
          double numeric = (loss(dense(), up, means) - loss(dense(), down, means)) / (2 * h);
          double analytic = j < D ? gradient[c * D + j] : residuals[c];
          assertEquals(numeric, analytic, 1e-7 * Math.max(1, Math.abs(numeric)),
              "class " + c + ", coordinate " + j + ", centred " + means.isPresent());
        }
      }
    }
  }

  @Test
  void sparseRowsGiveTheDenseLossAndGradient() {
    double[] w = {0.1, -0.2, 0.3, 0.5, -0.4, 0.2, 0.0, -1, 0.7, 0.1, 0.2, 0.3};
    int[] start = new int[6];
    int[] cols = new int[X.length];
    for (int r = 0; r < 5; r++) {
      start[r + 1] = start[r] + D;
      for (int j = 0; j < D; j++) {
        cols[r * D + j] = j;
      }
    }
    DataBlock sparse = DataBlock.sparse(D, start, cols, X, LABELS, new long[] {0, 1, 2, 3, 4});
    double[] gDense = new double[3 * D];
    double[] gSparse = new double[3 * D];
    double[] rDense = new double[3];
    double[] rSparse = new double[3];
    double lossDense = SoftmaxGradientPiece.accumulate(dense(), D, CLASSES, w, Optional.empty(),
        true, gDense, rDense);
    double lossSparse = SoftmaxGradientPiece.accumulate(sparse, D, CLASSES, w, Optional.empty(),
        true, gSparse, rSparse);
    assertEquals(lossDense, lossSparse, 0);
    assertArrayEquals(gDense, gSparse, 0);
    assertArrayEquals(rDense, rSparse, 0);
  }

  @Test
  void zeroWeightsCostLogKPerRowAndTheGradientIsTheClassShareMinusTheIndicator() {
    double[] gradient = new double[3 * D];
    double[] residuals = new double[3];
    double loss = SoftmaxGradientPiece.accumulate(dense(), D, CLASSES, new double[3 * (D + 1)],
        Optional.empty(), true, gradient, residuals);
    assertEquals(5 * Math.log(3), loss, 1e-12);
    // class -1 has 1 row, 2 has 2, 5 has 2: sum_i (1/3 - [y_i = c])
    assertArrayEquals(new double[] {5 / 3.0 - 1, 5 / 3.0 - 2, 5 / 3.0 - 2}, residuals, 1e-12);
    // feature 0 of class -1: sum_i x_i0 / 3 - x_10
    double sum0 = 0.5 + 1.5 - 2.0 + 0.0 + 1.0;
    assertEquals(sum0 / 3 - 1.5, gradient[0], 1e-12);
  }

  @Test
  void softmaxOfHugeMarginsNeitherOverflowsNorLosesTheLoss() {
    double[] m = {1000, 0, -1000};
    double logPartition = SoftmaxLoss.softmax(m, 0, 3);
    assertEquals(1000, logPartition, 1e-12);
    assertEquals(1, m[0], 0);
    assertEquals(Math.exp(-1000), m[1], 0);
    assertEquals(1000, SoftmaxLoss.value(logPartition, 0), 1e-12);
    assertEquals(0, SoftmaxLoss.argmax(new double[] {0.4, 0.4, 0.2}, 0, 3), "ties: lowest class");
  }
}
