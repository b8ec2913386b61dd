package org.giraphml.algorithms.regression;

/**
 * The two inner loops of {@link GradientPiece} over dense rows: a row's dot product with a
 * weight vector and the gradient update by a scaled row. They are small static methods rather
 * than loops inside the per-block senders so that the JIT compiles them after a few thousand
 * rows: a sender is called once per block (hundreds of times an evaluation), and until it was
 * compiled the first evaluations ran in slower code (logreg 1M x 100: first L-BFGS iteration
 * 0.66-0.98 s against 0.19 s steady). Both add in feature order, as the loops they replace,
 * so results are the same to the bit. (SoftmaxGradientPiece's per-block loop showed no
 * warm-up to remove: its first iterations already ran at the steady pace.)
 */
final class RowKernels {
  private RowKernels() {
  }

  /** {@code start + sum_j x[xOff + j] * w[wOff + j]} for j below d, added in order of j. */
  static double dot(double start, double[] x, int xOff, double[] w, int wOff, int d) {
    double m = start;
    for (int j = 0; j < d; j++) {
      m += x[xOff + j] * w[wOff + j];
    }
    return m;
  }

  /** {@code gradient[gOff + j] += g * x[xOff + j]} for j below d. */
  static void addScaled(double[] gradient, int gOff, double g, double[] x, int xOff, int d) {
    for (int j = 0; j < d; j++) {
      gradient[gOff + j] += g * x[xOff + j];
    }
  }
}
