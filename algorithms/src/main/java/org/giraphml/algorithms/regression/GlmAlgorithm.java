package org.giraphml.algorithms.regression;

import java.util.ArrayList;
import java.util.List;
import org.apache.giraph.block_app.framework.block.Block;
import org.apache.giraph.block_app.framework.block.IfBlock;
import org.apache.giraph.block_app.framework.block.RepeatUntilBlock;
import org.apache.giraph.block_app.framework.block.SequenceBlock;
import org.apache.giraph.conf.GiraphConfiguration;
import org.apache.giraph.function.Supplier;
import org.apache.hadoop.conf.Configuration;
import org.giraphml.api.Labels;
import org.giraphml.api.MlAlgorithm;
import org.giraphml.api.PredictionColumn;
import org.giraphml.api.ResultSink;
import org.giraphml.api.Shared;
import org.giraphml.conf.ConfOption;
import org.giraphml.conf.OptionsDoc;
import org.giraphml.io.Schema;
import org.giraphml.report.ReportSection;

/**
 * What linear and logistic regression share: the options, the block of pieces for each solver
 * and the predictions. The L-BFGS block is
 * {@code describe, [class labels,] moments, connect, repeat(send weights, gradient, shard
 * stats), collect, metrics}, where logistic regression with multinomial classes runs
 * {@link MultinomialFit}'s block after the moments instead; the normal-equation block is
 * {@code describe, moments, gram, solve, metrics}. Pieces share settings parsed once
 * ({@link GlmSettings}), values the master sets for the workers ({@link Shared}: the data's
 * shape, the feature moments, the L-BFGS step, the model) and master-only holders (the L-BFGS
 * line search, the iteration history, the warnings), each handed to the pieces that use it.
 */
abstract class GlmAlgorithm extends MlAlgorithm {
  abstract Loss loss();

  /** The solver this run uses: {@link Solver#NORMAL} or {@link Solver#LBFGS}. */
  abstract Solver solver(Configuration conf);

  @Override
  public List<ConfOption<?>> options() {
    List<ConfOption<?>> all = new ArrayList<>();
    for (ConfOption<?> o : OptionsDoc.declaredIn(RegressionSettings.class)) {
      if (o != RegressionSettings.SOLVER) {
        all.add(o);
      }
    }
    return all;
  }

  @Override
  public void checkInput(Configuration conf, Schema schema) {
    Labels.require(name(), schema);
    WarmStart.check(conf, schema, name());
  }

  /**
   * Whether the input is known, before the job starts, to have at most {@code limit}
   * features: true for dense CSV input with at most that many columns, or when the driver has
   * not recorded the input's schema; false for LIBSVM input, whose width only the data tells.
   */
  static boolean fewFeatures(Configuration conf, int limit) {
    String schema = conf.get(Schema.CONF_KEY);
    if (schema == null) {
      return true;
    }
    Schema s = Schema.decode(schema);
    return s.featureCountKnown() && s.featureCount() <= limit;
  }

  @Override
  public PredictionColumn predictions(Configuration conf) {
    return PredictionColumn.of(loss() == Loss.LOGISTIC ? "probability" : "prediction", false,
        PredictionColumn.ROW_DOUBLES);
  }

  /** Loss and gradient-norm histories, and the per-row charts when predictions were kept. */
  @Override
  public List<ReportSection> reportSections() {
    return List.of(new RegressionReport());
  }

  @Override
  protected Block train(GiraphConfiguration conf, ResultSink result) {
    GlmSettings settings = GlmSettings.from(conf, name(), loss(), solver(conf));
    Shared<DataShape> shape = Shared.named("data shape");
    Shared<FeatureMoments> moments = Shared.named("feature moments");
    Shared<double[]> model = Shared.named("model weights and intercept");
    Shared<double[]> start = Shared.named("warm start's solver point");
    IterationHistory history = new IterationHistory();
    Warnings warnings = new Warnings(name());
    Shared<ClassLabels> classes = Shared.named("classes");
    Block describe = loss() == Loss.LOGISTIC
        ? new SequenceBlock(new DescribePiece(settings, shape, history),
            new ClassLabelsPiece(LogisticSettings.FAMILY.get(conf), shape, classes))
        : new DescribePiece(settings, shape, history);
    Block moment = new MomentsPiece(settings, shape, moments);
    if (settings.solver() == Solver.NORMAL) {
      NormalSolution solution = new NormalSolution(history);
      GlmReport report = new GlmReport(settings, shape, model, solution, history, warnings,
          result);
      return new SequenceBlock(describe, moment, new GramPiece(settings, shape, moments),
          new SolvePiece(settings, shape, moments, model, solution),
          metrics(settings, shape, moments, model, report));
    }
    Shared<Step> step = Shared.named("L-BFGS step");
    Evaluation evaluation = new Evaluation();
    LbfgsMaster lbfgs = new LbfgsMaster(settings, shape, step, evaluation, history, warnings);
    GlmReport report = new GlmReport(settings, shape, model, lbfgs, history, warnings, result);
    Block iteration = new SequenceBlock(
        new SendWeightsPiece(settings, shape, step, evaluation),
        new GradientPiece(settings, shape, evaluation),
        new ShardStatsPiece(settings, shape, step, lbfgs));
    Block connect = new ConnectPiece(settings, shape, moments, step, start);
    if (settings.initModel().isPresent()) {
      connect = new SequenceBlock(new InitialPointPiece(settings, shape, moments, start), connect);
    }
    Block binary = new SequenceBlock(connect,
        RepeatUntilBlock.unlimited(iteration, new Stopped(lbfgs)),
        new CollectWeightsPiece(settings, shape, moments, step, model),
        metrics(settings, shape, moments, model, report));
    if (loss() != Loss.LOGISTIC) {
      return new SequenceBlock(describe, moment, binary);
    }
    return new SequenceBlock(describe, moment, new IfBlock(
        new MultinomialFit.IsMultinomial(classes),
        MultinomialFit.block(settings, shape, moments, classes, history, warnings, result),
        binary));
  }

  private Block metrics(GlmSettings settings, Shared<DataShape> shape,
      Shared<FeatureMoments> moments, Shared<double[]> model, GlmReport report) {
    return loss() == Loss.LOGISTIC
        ? new LogisticMetricsPiece(settings, shape, model, report)
        : new LinearMetricsPiece(shape, moments, model, report);
  }

  /** Ends the L-BFGS loop once the master has a stop reason. */
  static final class Stopped implements Supplier<Boolean> {
    private static final long serialVersionUID = 1L;
    private final SolverRun run;

    Stopped(SolverRun run) {
      this.run = run;
    }

    @Override
    public Boolean get() {
      return run.stopReason().isPresent();
    }
  }
}
