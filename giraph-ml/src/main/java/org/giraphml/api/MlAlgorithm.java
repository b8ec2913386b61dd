package org.giraphml.api;

import java.util.List;
import org.apache.giraph.block_app.framework.AbstractBlockFactory;
import org.apache.giraph.block_app.framework.block.Block;
import org.apache.giraph.conf.GiraphConfiguration;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.io.NullWritable;
import org.apache.hadoop.io.Writable;
import org.apache.hadoop.io.WritableComparable;
import org.giraphml.conf.ConfOption;
import org.giraphml.graph.NodeId;
import org.giraphml.graph.NodeValue;
import org.giraphml.io.Schema;
import org.giraphml.report.ObjectiveSection;
import org.giraphml.report.ReportSection;

/**
 * An algorithm: the options it takes and the {@link Block} of pieces that trains it. This is a
 * Giraph block-app {@code BlockFactory} fixed to the bipartite graph's types, so the same class
 * runs in the embedded engine and as a Giraph job on a cluster.
 *
 * <p>The framework calls {@link #validate} in the driver before anything starts, then (in the
 * master and every worker) {@link #train} to build the program; its last master step saves
 * the model and summary through the {@link ResultSink} it is given.
 */
public abstract class MlAlgorithm extends AbstractBlockFactory<Object> {

  /** The command name, e.g. {@code kmeans}. */
  public abstract String name();

  /** One line for {@code --help}. */
  public abstract String description();

  /** The algorithm's own options (input and job options are the framework's). */
  public abstract List<ConfOption<?>> options();

  /** Checks every option; a subclass adds checks that span options. */
  public void validate(Configuration conf) {
    for (ConfOption<?> option : options()) {
      option.validate(conf);
    }
  }

  /**
   * Whether every step of this algorithm handles float32 rows ({@code --precision float},
   * {@link org.giraphml.graph.DataBlock#isFloat()}); the framework refuses that option, before
   * the job starts, for an algorithm that does not. The default is false.
   */
  public boolean readsFloatRows() {
    return false;
  }

  /**
   * Checks the options against the input's schema before the job starts (a saved model's
   * dimension against the number of columns, say). The default accepts any input.
   */
  public void checkInput(Configuration conf, Schema schema) {
  }

  /** How per-row predictions are written, or null if the algorithm has none. */
  public abstract PredictionColumn predictions(Configuration conf);

  /** Whether this job writes predictions.csv; by default when {@code --predictions} is given. */
  public boolean writesPredictions(Configuration conf) {
    return JobOptions.PREDICTIONS.get(conf);
  }

  /**
   * Lines the command line prints after a successful job's one-line result, from its
   * summary (k-means prints the table of a k sweep). The default prints nothing more.
   */
  public List<String> resultLines(TrainingSummary summary) {
    return List.of();
  }

  /**
   * The training program: a block of pieces whose last master step hands the model and
   * summary to {@code result} ({@link ResultSink#save}). Runs wherever Giraph instantiates the
   * factory (the driver, the master and every worker), so build it from {@code conf} only.
   */
  protected abstract Block train(GiraphConfiguration conf, ResultSink result);

  /**
   * The algorithm's sections of {@code report.html}, in page order, between the framework's
   * overview and its input, settings and timings. Called once per job in the driver, after
   * training, when the report is on ({@code --report}). The default plots the summary's
   * {@code objective_history}, if it has one.
   */
  public List<ReportSection> reportSections() {
    return List.of(new ObjectiveSection());
  }

  /** Builds the program through {@link #train}. */
  @Override
  public final Block createBlock(GiraphConfiguration conf) {
    return train(conf, new ResultSink());
  }

  @Override
  public final Object createExecutionStage(GiraphConfiguration conf) {
    return new Object();
  }

  @Override
  protected final Class<? extends WritableComparable> getVertexIDClass(GiraphConfiguration c) {
    return NodeId.class;
  }

  @Override
  protected final Class<? extends Writable> getVertexValueClass(GiraphConfiguration c) {
    return NodeValue.class;
  }

  @Override
  protected final Class<? extends Writable> getEdgeValueClass(GiraphConfiguration c) {
    return NullWritable.class;
  }

  /** Model vertices come into being when the first message reaches them. */
  @Override
  protected final boolean shouldCreateVertexOnMsgs(GiraphConfiguration conf) {
    return true;
  }
}
