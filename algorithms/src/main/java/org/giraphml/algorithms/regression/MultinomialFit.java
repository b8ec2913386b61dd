package org.giraphml.algorithms.regression;

import org.apache.giraph.block_app.framework.block.Block;
import org.apache.giraph.block_app.framework.block.RepeatUntilBlock;
import org.apache.giraph.block_app.framework.block.SequenceBlock;
import org.apache.giraph.function.Supplier;
import org.giraphml.api.ResultSink;
import org.giraphml.api.Shared;

/**
 * The multinomial logistic regression block, run after the moments when
 * {@link ClassLabelsPiece} found a multinomial problem: {@code connect (K vectors per shard),
 * repeat(send weights, softmax gradient, shard stats), collect, metrics}. The L-BFGS/OWL-QN
 * driver ({@link LbfgsMaster}, {@link ShardStatsPiece}, {@link ShardUpdate}) is the binary
 * one: it works coordinate by coordinate, and the coordinates are now (class, feature) pairs,
 * each shard holding its features for all K classes.
 */
final class MultinomialFit {
  private MultinomialFit() {
  }

  static Block block(GlmSettings settings, Shared<DataShape> shape,
      Shared<FeatureMoments> moments, Shared<ClassLabels> classes, IterationHistory history,
      Warnings warnings, ResultSink result) {
    Shared<Step> step = Shared.named("multinomial L-BFGS step");
    Shared<double[]> model = Shared.named("multinomial weights and intercepts");
    Evaluation evaluation = new Evaluation();
    LbfgsMaster lbfgs = new LbfgsMaster(settings, shape, step, evaluation, history, warnings);
    GlmReport report = new GlmReport(settings, shape, model, lbfgs, history, warnings, result);
    Block iteration = new SequenceBlock(
        new SendWeightsPiece(settings, shape, step, evaluation),
        new SoftmaxGradientPiece(settings, shape, classes, evaluation),
        new ShardStatsPiece(settings, shape, step, lbfgs));
    return new SequenceBlock(
        new SoftmaxConnectPiece(settings, shape, moments, step, classes),
        RepeatUntilBlock.unlimited(iteration, new GlmAlgorithm.Stopped(lbfgs)),
        new SoftmaxCollectPiece(settings, shape, moments, classes, step, model),
        new MultinomialMetricsPiece(shape, classes, model, report));
  }

  /** Whether the classes found are multinomial; read on the master. */
  static final class IsMultinomial implements Supplier<Boolean> {
    private static final long serialVersionUID = 1L;
    private final Shared<ClassLabels> classes;

    IsMultinomial(Shared<ClassLabels> classes) {
      this.classes = classes;
    }

    @Override
    public Boolean get() {
      return classes.get().multinomial();
    }
  }
}
