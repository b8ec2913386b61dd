package org.giraphml.api;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.apache.giraph.block_app.framework.block.Block;
import org.apache.giraph.block_app.framework.block.SequenceBlock;
import org.giraphml.graph.NodeId;
import org.giraphml.graph.NodeValue;
import org.giraphml.predict.Predict;
import org.giraphml.reduce.KeyedSums;
import org.giraphml.testing.LocalHarness;
import org.junit.jupiter.api.Test;

/** One aggregation: partials per data vertex, the total on the master, values passed on. */
class AggregatePieceTest {
  private static final double[][] ROWS = {{1}, {2}, {3}, {4}, {5}, {6}, {7}};
  private static final double[] LABELS = {2, 7, 2, 2, -1, 7, 2};

  /** Counts the rows of each label; the master shares {label, count, label, count, ...}. */
  static final class LabelCounts implements Aggregation<KeyedSums> {
    private final Shared<double[]> counts;

    LabelCounts(Shared<double[]> counts) {
      this.counts = counts;
    }

    @Override
    public KeyedSums zero() {
      return new KeyedSums();
    }

    @Override
    public KeyedSums partial(DataRows rows) {
      KeyedSums sums = new KeyedSums();
      for (int r = 0; r < rows.size(); r++) {
        sums.add(rows.label(r), rows.block(), r);
      }
      return sums;
    }

    @Override
    public void total(MasterContext master, KeyedSums total) {
      double[] pairs = new double[2 * total.size()];
      double[] keys = total.keys();
      for (int k = 0; k < keys.length; k++) {
        pairs[2 * k] = keys[k];
        pairs[2 * k + 1] = total.count(keys[k]);
      }
      counts.set(pairs);
    }
  }

  /** Every row's prediction becomes the number of rows with its label. */
  static final class WriteCounts implements Aggregation<KeyedSums> {
    private final Shared<double[]> counts;

    WriteCounts(Shared<double[]> counts) {
      this.counts = counts;
    }

    @Override
    public KeyedSums zero() {
      return new KeyedSums();
    }

    @Override
    public KeyedSums partial(DataRows rows) {
      double[] pairs = counts.get();
      double[] out = new double[rows.size()];
      for (int r = 0; r < out.length; r++) {
        for (int k = 0; k < pairs.length; k += 2) {
          out[r] = pairs[k] == rows.label(r) ? pairs[k + 1] : out[r];
        }
      }
      rows.setPredictions(out);
      return new KeyedSums();
    }

    @Override
    public void total(MasterContext master, KeyedSums total) {
      // The predictions are the result; the master has nothing to add.
    }
  }

  private static Map<NodeId, NodeValue> run(int workers, Block block) throws Exception {
    return LocalHarness.of(Predict.class).rows(ROWS).labels(LABELS).rowsPerBlock(3)
        .workers(workers).runBlock(block);
  }

  @Test
  void theMastersTotalReachesEveryDataVertexOfTheNextAggregation() throws Exception {
    for (int workers : new int[] {1, 3}) {
      Shared<double[]> counts = Shared.named("counts");
      Map<NodeId, NodeValue> after = run(workers, new SequenceBlock(
          new AggregatePiece<>(new LabelCounts(counts), 0),
          new AggregatePiece<>(new WriteCounts(counts), 0)));
      assertArrayEquals(new double[] {4, 2, 4}, after.get(NodeId.data(0)).rowDoubles(), 0);
      assertArrayEquals(new double[] {4, 1, 2}, after.get(NodeId.data(1)).rowDoubles(), 0);
      assertArrayEquals(new double[] {4}, after.get(NodeId.data(2)).rowDoubles(), 0);
    }
  }

  @Test
  void readingASharedValueTooEarlyNamesTheAggregationAndThePhase() {
    Shared<double[]> counts = Shared.named("counts");
    assertEquals("AggregatePiece[WriteCounts] (send phase) read 'counts' before any piece set "
        + "it: the piece that sets it (in masterCompute) must run earlier in the block",
        unsetMessage(new SequenceBlock(new AggregatePiece<>(new WriteCounts(counts), 0),
            new AggregatePiece<>(new LabelCounts(counts), 0))));
  }

  @Test
  void readingASharedValueTooEarlyOnTheMasterNamesTheAggregation() {
    Shared<double[]> counts = Shared.named("counts");
    assertEquals("AggregatePiece[CheckCounts] (master) read 'counts' before any piece set "
        + "it: the piece that sets it (in masterCompute) must run earlier in the block",
        unsetMessage(new AggregatePiece<>(new CheckCounts(counts), 0)));
  }

  /** Reads the counts on the master only. */
  static final class CheckCounts implements Aggregation<KeyedSums> {
    private final Shared<double[]> counts;

    CheckCounts(Shared<double[]> counts) {
      this.counts = counts;
    }

    @Override
    public KeyedSums zero() {
      return new KeyedSums();
    }

    @Override
    public KeyedSums partial(DataRows rows) {
      return new KeyedSums();
    }

    @Override
    public void total(MasterContext master, KeyedSums total) {
      counts.get();
    }
  }

  private static String unsetMessage(Block block) {
    Exception e = assertThrows(Exception.class, () -> run(2, block));
    Throwable cause = e;
    while (!(cause instanceof Shared.UnsetException) && cause.getCause() != null) {
      cause = cause.getCause();
    }
    assertTrue(cause instanceof Shared.UnsetException, () -> "got " + e);
    return cause.getMessage();
  }

  @Test
  void dataRowsRefusesAPredictionCountThatIsNotOnePerRow() throws Exception {
    NodeValue value = LocalHarness.of(Predict.class).rows(ROWS).blocks().stream()
        .map(NodeValue::of).findFirst().orElseThrow();
    DataRows rows = new DataRows(value);
    assertThrows(IllegalArgumentException.class, () -> rows.setPredictions(new double[3]));
    assertThrows(IllegalStateException.class, () -> rows.label(0));
    rows.setPredictions(new double[] {1, 2.5, 3, 4, 5, 6, -7});
    assertEquals("2.5", DataRows.predictionColumn("class").format(value, 1));
    assertEquals("-7.0", DataRows.predictionColumn("class").format(value, 6));
  }
}
