package org.giraphml.graph;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import org.junit.jupiter.api.Test;

class DataBlockTest {
  private static final double[] VALUES = {1, 2, 3, 4, 5, 6};
  private static final long[] KEYS = {10, 11, 12};

  @Test
  void unweightedRowsWeighOneEach() {
    DataBlock block = DataBlock.dense(2, VALUES, null, KEYS);
    assertFalse(block.hasWeights());
    assertNull(block.weights());
    assertEquals(1.0, block.weight(2));
    assertEquals(3.0, block.totalWeight());
  }

  @Test
  void weightsSurviveTheWireAndUnitScaling() throws IOException {
    DataBlock block = DataBlock.dense(2, VALUES, new double[] {0, 1, 0}, KEYS)
        .withWeights(new double[] {0.5, 0, 2});
    DataBlock copy = new DataBlock();
    copy.readFields(new DataInputStream(new ByteArrayInputStream(bytes(block))));
    assertTrue(copy.hasWeights());
    assertArrayEquals(new double[] {0.5, 0, 2}, copy.weights());
    assertEquals(2.5, copy.totalWeight());
    assertArrayEquals(VALUES, copy.values());
    assertArrayEquals(new double[] {0.5, 0, 2}, block.withUnitRows().weights());
  }

  @Test
  void unweightedBlockRoundTripsWithoutWeights() throws IOException {
    DataBlock copy = new DataBlock();
    copy.readFields(new DataInputStream(new ByteArrayInputStream(
        bytes(DataBlock.dense(2, VALUES, null, KEYS)))));
    assertFalse(copy.hasWeights());
  }

  @Test
  void weightsOfTheWrongLengthAreRefused() {
    DataBlock block = DataBlock.dense(2, VALUES, null, KEYS);
    assertThrows(IllegalArgumentException.class, () -> block.withWeights(new double[] {1, 1}));
  }

  private static byte[] bytes(DataBlock block) throws IOException {
    ByteArrayOutputStream buffer = new ByteArrayOutputStream();
    block.write(new DataOutputStream(buffer));
    return buffer.toByteArray();
  }
}
