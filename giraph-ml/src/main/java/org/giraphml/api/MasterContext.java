package org.giraphml.api;

import org.apache.giraph.block_app.framework.api.BlockMasterApi;
import org.apache.hadoop.conf.Configuration;
import org.giraphml.io.InputPlan;

/**
 * What the master step of an {@link Aggregation} may use besides the total: the job's
 * configuration, the names of rows for messages, progress reports, and the hand-off of the
 * result. Valid only during the call it is passed to.
 */
public final class MasterContext {
  private final BlockMasterApi api;
  private final long startNanos;

  MasterContext(BlockMasterApi api, long startNanos) {
    this.api = api;
    this.startNanos = startNanos;
  }

  /** The job's configuration (read options with {@code OPTION.get(master.conf())}). */
  public Configuration conf() {
    return api.getConf();
  }

  /** A row key ({@code DataBlock.rowKeys()}) as {@code file:line}, for error messages. */
  public String describeRow(long rowKey) {
    return InputPlan.describeRow(api.getConf(), rowKey);
  }

  /** Seconds since the training program was built, at the start of the job. */
  public double trainSeconds() {
    return (System.nanoTime() - startNanos) / 1e9;
  }

  /** Reports an iteration in the job's status and counters (see {@link Progress}). */
  public void iteration(String algorithm, int iteration, double objective) {
    Progress.iteration(api, algorithm, iteration, objective);
  }

  /** Writes the model and summary through {@code sink}: the last step of training. */
  public void save(ResultSink sink, TrainingResult result) {
    sink.save(api, result);
  }
}
