package org.giraphml.algorithms.regression;

/**
 * What the last L-BFGS evaluation found and cost, gathered by the pieces that run it: the mean
 * loss at the trial point (from {@link GradientPiece}), and the messages and payload bytes of
 * the weights sent out ({@link SendWeightsPiece}) and the gradients sent back. A master-only
 * holder.
 */
final class Evaluation {
  private double meanLoss = Double.NaN;
  private long weightMessages;
  private long weightBytes;
  private long gradientMessages;
  private long gradientBytes;

  void weightsSent(long messages, long bytes) {
    weightMessages = messages;
    weightBytes = bytes;
  }

  void gradientsSent(double meanLoss, long messages, long bytes) {
    this.meanLoss = meanLoss;
    gradientMessages = messages;
    gradientBytes = bytes;
  }

  /** Mean loss over the rows at the point being evaluated. */
  double meanLoss() {
    return meanLoss;
  }

  long weightMessages() {
    return weightMessages;
  }

  long weightBytes() {
    return weightBytes;
  }

  long gradientMessages() {
    return gradientMessages;
  }

  long gradientBytes() {
    return gradientBytes;
  }
}
