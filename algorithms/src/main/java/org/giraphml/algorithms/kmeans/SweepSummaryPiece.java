package org.giraphml.algorithms.kmeans;

import org.apache.giraph.block_app.framework.api.BlockMasterApi;
import org.apache.giraph.types.NoMessage;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import org.giraphml.api.BipartitePiece;
import org.giraphml.api.ResultSink;
import org.giraphml.api.Shared;
import org.giraphml.graph.Precision;

/**
 * Last step of a k sweep: the master hands the sweep's summary ({@link SweepTable}) to the
 * job's {@link ResultSink}, after every k saved its own model. Vertices do nothing.
 */
final class SweepSummaryPiece extends BipartitePiece<NoMessage> {
  private static final Logger LOG = LogManager.getLogger(SweepSummaryPiece.class);

  private final SweepTable table;
  private final Shared<DataShape> shape;
  private final IterationHistory sweep;
  private final ResultSink result;
  private final Precision precision;

  /**
   * @param sweep the clock of the whole sweep (started when the data was described)
   * @param precision how the rows are stored, for the summary
   */
  SweepSummaryPiece(SweepTable table, Shared<DataShape> shape, IterationHistory sweep,
      ResultSink result, Precision precision) {
    this.precision = precision;
    this.table = table;
    this.shape = shape;
    this.sweep = sweep;
    this.result = result;
  }

  @Override
  public void masterCompute(BlockMasterApi api, Object stage) {
    var summary = table.summary(shape.get().rows(), sweep.seconds(), precision);
    SweepTable.lines(summary.toJson()).forEach(line -> LOG.info("kmeans sweep: {}", line));
    result.saveSummary(api, summary);
  }
}
