package org.giraphml.reduce;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.List;
import org.apache.hadoop.io.Writable;
import org.giraphml.graph.NodeId;
import org.junit.jupiter.api.Test;

class ReducersTest {
  @Test
  void combinerAddsAndKeepsNoReferenceToTheMessage() {
    VectorSumCombiner combiner = new VectorSumCombiner();
    VectorSum acc = combiner.createInitialMessage();
    VectorSum message = VectorSum.of(new double[] {1, 2}, 3);
    combiner.combine(NodeId.model(0), acc, message);
    // Giraph reuses message objects: overwrite it and check the accumulator kept its values.
    message.add(0, 100);
    combiner.combine(NodeId.model(0), acc, VectorSum.of(new double[] {10, 20}, 1));
    assertArrayEquals(new double[] {11, 22}, acc.toArray(), 0);
    assertEquals(4, acc.count());
  }

  @Test
  void vectorSumOfDifferentLengthsIsRejected() {
    VectorSum a = new VectorSum(2);
    assertThrows(IllegalArgumentException.class, () -> a.addAll(new VectorSum(3)));
  }

  @Test
  void keyedRowsKeepSmallestPrioritiesWhateverTheMergeOrder() {
    KeyedRows left = new KeyedRows(2);
    KeyedRows right = new KeyedRows(2);
    left.offer(new KeyedRows.Entry(0.5, 10, new double[] {1}));
    left.offer(new KeyedRows.Entry(0.1, 11, new double[] {2}));
    right.offer(new KeyedRows.Entry(0.1, 9, new double[] {3}));
    right.offer(new KeyedRows.Entry(0.9, 12, new double[] {4}));
    KeyedRowsReduce op = new KeyedRowsReduce(2);
    KeyedRows ab = op.reduceMerge(op.reduceMerge(op.createInitialValue(), left), right);
    KeyedRows ba = op.reduceMerge(op.reduceMerge(op.createInitialValue(), right), left);
    assertEquals(List.of(9L, 11L), ab.entries().stream().map(KeyedRows.Entry::key).toList());
    assertEquals(List.of(9L, 11L), ba.entries().stream().map(KeyedRows.Entry::key).toList());
  }

  @Test
  void rowTableAssemblesRowsAndRejectsARowGivenTwice() throws IOException {
    RowTableReduce op = new RowTableReduce(3, 2);
    RowTable t = op.createInitialValue();
    t = op.reduce(t, RowTable.single(3, 2, new double[] {5, 6}));
    t = op.reduce(t, RowTable.single(3, 0, new double[] {1, 2}));
    assertEquals(2, t.filledCount());
    RowTable copy = roundTrip(t, new RowTable());
    assertArrayEquals(new double[] {1, 2, 0, 0, 5, 6}, copy.values(), 0);
    RowTable again = RowTable.single(3, 2, new double[] {7, 8});
    RowTable merged = t;
    assertThrows(IllegalStateException.class, () -> op.reduce(merged, again));
  }

  @Test
  void writablesRoundTrip() throws IOException {
    VectorSum s = VectorSum.of(new double[] {1.5, -2}, 7);
    s.add(0, 1e-20);
    VectorSum copy = roundTrip(s, new VectorSum());
    assertArrayEquals(s.toArray(), copy.toArray(), 0);
    assertEquals(7, copy.count());
    KeyedRows rows = new KeyedRows(3);
    rows.offer(new KeyedRows.Entry(-1, 4, new double[] {1, 2}));
    KeyedRows rowsCopy = roundTrip(rows, new KeyedRows());
    assertEquals(3, rowsCopy.capacity());
    assertArrayEquals(new double[] {1, 2}, rowsCopy.entries().get(0).row(), 0);
  }

  static <T extends Writable> T roundTrip(Writable from, T into) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    from.write(new DataOutputStream(bytes));
    into.readFields(new DataInputStream(new ByteArrayInputStream(bytes.toByteArray())));
    return into;
  }
}
