package org.giraphml.algorithms.kmeans;

import org.apache.giraph.block_app.framework.api.BlockMasterApi;
import org.giraphml.api.ResultSink;
import org.giraphml.api.TrainingResult;

/**
 * Where {@link FinalAssignPiece} hands one k-means result on the master: the job's
 * {@link ResultSink} for a single k ({@link #of}), or one row of a k sweep
 * ({@link SweepTable#target}), which saves the sub-model and remembers its figures for the
 * sweep's summary. Implementations travel with the piece through Kryo: plain classes with
 * no-argument constructors, no lambdas.
 */
interface ResultTarget {
  /** Saves {@code result}; called once, in the master step that produced it. */
  void save(BlockMasterApi api, TrainingResult result);

  /** The job's own model and summary: what a run with a single k writes. */
  static ResultTarget of(ResultSink sink) {
    return new Sink(sink);
  }

  /** Hands the result to the framework's sink unchanged. */
  final class Sink implements ResultTarget {
    private ResultSink sink;

    /** For Kryo. */
    private Sink() {
    }

    Sink(ResultSink sink) {
      this.sink = sink;
    }

    @Override
    public void save(BlockMasterApi api, TrainingResult result) {
      sink.save(api, result);
    }
  }
}
