package org.giraphml.api;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.apache.giraph.block_app.framework.api.BlockMasterApi;
import org.apache.giraph.block_app.framework.api.BlockWorkerReceiveApi;
import org.apache.giraph.block_app.framework.api.BlockWorkerSendApi;
import org.apache.giraph.block_app.framework.block.SequenceBlock;
import org.apache.giraph.types.NoMessage;
import org.apache.hadoop.io.NullWritable;
import org.giraphml.graph.NodeId;
import org.giraphml.graph.NodeValue;
import org.giraphml.predict.Predict;
import org.giraphml.testing.LocalHarness;
import org.junit.jupiter.api.Test;

/** Values handed between pieces through {@link Shared}: lifetime and misuse. */
class SharedTest {
  private static final double[][] ROWS = {{1, 2}, {3, 4}, {5, 6}, {7, 8}, {9, 10}};

  /** Sets {@code value} to {@code number} on the master. */
  static final class SetPiece extends BipartitePiece<NoMessage> {
    private final Shared<Integer> value;
    private final int number;

    SetPiece(Shared<Integer> value, int number) {
      this.value = value;
      this.number = number;
    }

    @Override
    public void masterCompute(BlockMasterApi api, Object stage) {
      value.set(number);
    }

    @Override
    protected Receiver<NoMessage> dataReceiver(BlockWorkerReceiveApi<NodeId> api) {
      // The receive phase of the piece that set the value already sees it.
      return (vertex, messages) -> vertex.getValue().setRowDoubles(new double[] {value.get()});
    }
  }

  /** Data vertices store the value they read in the send phase. */
  static final class ReadPiece extends BipartitePiece<NoMessage> {
    private final Shared<Integer> value;

    ReadPiece(Shared<Integer> value) {
      this.value = value;
    }

    @Override
    protected Sender dataSender(BlockWorkerSendApi<NodeId, NodeValue, NullWritable,
        NoMessage> api) {
      return vertex -> vertex.getValue().setRowInts(new int[] {value.get()});
    }
  }

  /** Does nothing; lets supersteps pass between a set and a read. */
  static final class IdlePiece extends BipartitePiece<NoMessage> {
  }

  @Test
  void aValueSetOnTheMasterIsReadByEveryVertexInEveryLaterSuperstep() throws Exception {
    Shared<Integer> value = Shared.named("answer");
    Map<NodeId, NodeValue> after = LocalHarness.of(Predict.class).rows(ROWS).rowsPerBlock(2)
        .workers(2).runBlock(new SequenceBlock(new SetPiece(value, 42), new IdlePiece(),
            new IdlePiece(), new ReadPiece(value)));
    int dataVertices = 0;
    for (Map.Entry<NodeId, NodeValue> e : after.entrySet()) {
      if (e.getKey().isData()) {
        dataVertices++;
        assertArrayEquals(new int[] {42}, e.getValue().rowInts());
        assertArrayEquals(new double[] {42}, e.getValue().rowDoubles(), 0);
      }
    }
    assertEquals(3, dataVertices);
  }

  @Test
  void theLatestValueSetWins() throws Exception {
    Shared<Integer> value = Shared.named("answer");
    Map<NodeId, NodeValue> after = LocalHarness.of(Predict.class).rows(ROWS).rowsPerBlock(5)
        .runBlock(new SequenceBlock(new SetPiece(value, 1), new ReadPiece(value),
            new SetPiece(value, 2), new ReadPiece(value)));
    assertArrayEquals(new int[] {2}, after.get(NodeId.data(0)).rowInts());
  }

  @Test
  void readingBeforeAnyPieceSetTheValueNamesTheValueThePieceAndThePhase() {
    Shared<Integer> value = Shared.named("centroids");
    Exception e = assertThrows(Exception.class, () -> LocalHarness.of(Predict.class).rows(ROWS)
        .runBlock(new SequenceBlock(new ReadPiece(value), new SetPiece(value, 1))));
    Throwable cause = e;
    while (!(cause instanceof Shared.UnsetException) && cause.getCause() != null) {
      cause = cause.getCause();
    }
    assertTrue(cause instanceof Shared.UnsetException, () -> "got " + e);
    assertEquals("ReadPiece (send phase) read 'centroids' before any piece set it: the piece "
        + "that sets it (in masterCompute) must run earlier in the block", cause.getMessage());
  }

  @Test
  void aValueCreatedSetNeedsNoPiece() {
    Shared<String> s = Shared.of("labels", "a,b");
    assertEquals("a,b", s.get());
    assertTrue(s.isSet());
    assertTrue(Shared.named("x").find().isEmpty());
    assertThrows(NullPointerException.class, () -> s.set(null));
  }
}
