package org.giraphml.algorithms.regression;

import org.giraphml.graph.DataBlock;
import org.giraphml.io.JobFailure;
import org.giraphml.reduce.VectorSum;

/**
 * Sample weights ({@code --weight-column}) in linear and logistic regression. The objective is
 * the weighted mean loss plus the penalty,
 * {@code (1 / sum_i w_i) sum_i w_i loss_i + penalty}, so integer weights fit exactly as rows
 * repeated that many times, scaling every weight by one constant changes nothing, and a row of
 * weight 0 counts for nothing. Every per-row sum of the fit (moments, Gram matrix, gradient,
 * metrics) multiplies the row's term by its weight and every mean divides by the total weight;
 * unweighted rows weigh 1, which leaves the unweighted arithmetic bit for bit as it was.
 *
 * <p>This class holds the per-block reduction of the weights ({@link #of}) and what the master
 * makes of it ({@link #apply}).
 */
final class SampleWeights {
  /** Reduced per block: has-weights flag, sum of weights, rows with a positive weight. */
  static final int WIDTH = 3;

  private SampleWeights() {
  }

  /** A block's weight summary for {@link #apply}. */
  static VectorSum of(DataBlock block) {
    if (!block.hasWeights()) {
      return VectorSum.of(new double[] {0, block.rows(), block.rows()}, block.rows());
    }
    double sum = 0;
    long positive = 0;
    for (double w : block.weights()) {
      sum += w;
      positive += w > 0 ? 1 : 0;
    }
    return VectorSum.of(new double[] {1, sum, positive}, block.rows());
  }

  /**
   * The shape with the weights' total when the rows carry weights, else {@code shape} itself.
   *
   * @throws JobFailure if every row has weight 0 (nothing to fit)
   */
  static DataShape apply(VectorSum total, DataShape shape, String algorithm) {
    if (total.get(0) == 0) {
      return shape;
    }
    double sum = total.get(1);
    long positive = (long) total.get(2);
    if (!(sum > 0) || positive == 0) {
      throw new JobFailure(algorithm + ": every row has sample weight 0 (--weight-column), so "
          + "there is nothing to fit");
    }
    if (Double.isInfinite(sum)) {
      throw new JobFailure(algorithm + ": the sample weights (--weight-column) sum beyond the "
          + "largest double; divide them by a common factor, which does not change the fit");
    }
    return shape.withWeights(sum, positive);
  }
}
