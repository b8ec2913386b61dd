package org.giraphml.graph;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import org.junit.jupiter.api.Test;

/** Float32 dense blocks ({@code --precision float}): storage, conversion, the wire. */
class FloatBlockTest {
  /** 0.1 and 1/3 are not floats: rounding changes them. */
  private static final double[] VALUES = {0.1, 1.0 / 3, -2.5, 1e-3, 7, 123456.789};
  private static final long[] KEYS = {40, 41, 42};

  private static DataBlock floatBlock() {
    return DataBlock.dense(2, VALUES, null, KEYS).withWeights(new double[] {1, 0.5, 2})
        .withPrecision(Precision.FLOAT);
  }

  @Test
  void roundsEachValueToTheNearestFloat() {
    DataBlock block = floatBlock();
    assertTrue(block.isFloat());
    assertEquals(Precision.FLOAT, block.precision());
    for (int p = 0; p < VALUES.length; p++) {
      assertEquals((float) VALUES[p], block.floatValues()[p]);
      assertEquals((double) (float) VALUES[p], block.value(p));
    }
    assertArrayEquals(new double[] {1, 0.5, 2}, block.weights());
  }

  @Test
  void readingAFloatBlockAsDoubleFailsNamingTheBlock() {
    IllegalStateException e = assertThrows(IllegalStateException.class,
        () -> floatBlock().values());
    assertEquals("the data block of 3 rows x 2 features (first row key 40) holds float32 values"
        + " (--precision float) and this step reads double values only", e.getMessage());
    assertThrows(IllegalStateException.class,
        () -> DataBlock.dense(2, VALUES, null, KEYS).floatValues());
  }

  /** VALUES rounded to float32 and back: what a double block of the same numbers holds. */
  private static double[] rounded() {
    double[] out = new double[VALUES.length];
    for (int p = 0; p < out.length; p++) {
      out[p] = (float) VALUES[p];
    }
    return out;
  }

  /** A float block keeps no norms (8 bytes a row): each call computes them. */
  @Test
  void aFloatBlockComputesItsNormsOnEachCallAndADoubleBlockSharesItsOwn() {
    DataBlock block = floatBlock();
    DataBlock same = DataBlock.dense(2, rounded(), null, KEYS);
    assertArrayEquals(same.squaredNorms(), block.squaredNorms(), 0);
    assertNotSame(block.squaredNorms(), block.squaredNorms(), "computed on each call");
    assertSame(same.squaredNorms(), same.squaredNorms());
  }

  @Test
  void widenGivesTheWidenedValuesAndTheNormsInOnePassAndRefusesShortBuffersAndDoubleBlocks() {
    DataBlock block = floatBlock();
    double[] values = new double[8];
    double[] norms = new double[4];
    block.widen(values, norms);
    assertArrayEquals(block.doubleValues(null), java.util.Arrays.copyOf(values, 6), 0);
    assertArrayEquals(block.squaredNorms(), java.util.Arrays.copyOf(norms, 3), 0);
    assertThrows(IllegalArgumentException.class, () -> block.widen(new double[5], norms));
    assertThrows(IllegalArgumentException.class, () -> block.widen(values, new double[2]));
    assertThrows(IllegalStateException.class,
        () -> DataBlock.dense(2, VALUES, null, KEYS).widen(values, norms));
  }

  @Test
  void normsRowsAndWidenedValuesEqualThoseOfADoubleBlockOfTheRoundedNumbers() {
    DataBlock block = floatBlock();
    double[] rounded = rounded();
    DataBlock same = DataBlock.dense(2, rounded, null, KEYS);
    assertArrayEquals(same.squaredNorms(), block.squaredNorms(), 0);
    assertArrayEquals(rounded, block.doubleValues(null), 0);
    double[] buffer = new double[10];
    assertSame(buffer, block.doubleValues(buffer), "a long enough buffer is reused");
    assertArrayEquals(same.row(1), block.row(1), 0);
    assertArrayEquals(same.withUnitRows().values(), block.withUnitRows().values(), 0);
    assertFalse(block.withUnitRows().isFloat(), "unit rows stay double, as a double run has them");
    assertEquals(123456.7890625, block.maxAbs());
    assertArrayEquals(rounded, block.withPrecision(Precision.DOUBLE).values(), 0);
  }

  @Test
  void travelsAsFloatOnTheWire() throws IOException {
    DataBlock block = floatBlock();
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    block.write(new DataOutputStream(bytes));
    ByteArrayOutputStream doubles = new ByteArrayOutputStream();
    block.withPrecision(Precision.DOUBLE).write(new DataOutputStream(doubles));
    assertEquals(VALUES.length * (Double.BYTES - Float.BYTES), doubles.size() - bytes.size());
    DataBlock copy = new DataBlock();
    copy.readFields(new DataInputStream(new ByteArrayInputStream(bytes.toByteArray())));
    assertTrue(copy.isFloat());
    assertArrayEquals(block.floatValues(), copy.floatValues());
    assertArrayEquals(block.weights(), copy.weights());
    assertArrayEquals(block.squaredNorms(), copy.squaredNorms(), 0);
  }

  @Test
  void sparseBlocksAreNotStoredAsFloat() {
    DataBlock sparse = DataBlock.sparse(3, new int[] {0, 1}, new int[] {2}, new double[] {0.1},
        null, new long[] {5});
    assertThrows(IllegalStateException.class, () -> sparse.withPrecision(Precision.FLOAT));
  }
}
