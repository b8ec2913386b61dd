package org.giraphml.reduce;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.giraphml.graph.DataBlock;
import org.junit.jupiter.api.Test;

class KeyedSumsTest {
  @Test
  void keysAreDiscoveredInIncreasingOrderWithHandComputedSumsAndCounts() {
    KeyedSums s = new KeyedSums();
    s.add(2, new double[] {1, 10}, 1);
    s.add(-1, new double[] {0.5, 0.25}, 1);
    s.add(2, new double[] {3, -4}, 2);
    s.add(0.5, new double[] {7, 7}, 1);
    assertArrayEquals(new double[] {-1, 0.5, 2}, s.keys());
    assertArrayEquals(new double[] {4, 6}, s.sums(2));
    assertArrayEquals(new double[] {0.5, 0.25}, s.sums(-1));
    assertEquals(3, s.count(2));
    assertEquals(1, s.count(-1));
    assertEquals(5, s.totalCount());
    assertEquals(0, s.count(42));
    assertArrayEquals(new double[] {0, 0}, s.sums(42));
  }

  @Test
  void rowsOfDenseAndSparseBlocksAddUnderTheirKey() {
    // Dense rows (1,2) (3,4) (5,6); sparse rows {1:2} {0:1, 2:3} in dimension 3.
    DataBlock dense = DataBlock.dense(2, new double[] {1, 2, 3, 4, 5, 6}, null,
        new long[] {0, 1, 2});
    DataBlock sparse = DataBlock.sparse(3, new int[] {0, 1, 3}, new int[] {1, 0, 2},
        new double[] {2, 1, 3}, null, new long[] {3, 4});
    KeyedSums s = new KeyedSums();
    s.add(1, dense, 0);
    s.add(0, dense, 1);
    s.add(1, dense, 2);
    s.add(1, sparse, 0);
    s.add(0, sparse, 1);
    // Vectors of length 2 and 3 add as if the shorter were padded with zeros.
    assertEquals(3, s.length());
    assertArrayEquals(new double[] {6, 10, 0}, s.sums(1));
    assertArrayEquals(new double[] {4, 4, 3}, s.sums(0));
    assertEquals(3, s.count(1));
  }

  @Test
  void minusZeroAndZeroAreOneKeyAndNaNIsRefused() {
    KeyedSums s = new KeyedSums();
    s.add(-0.0, new double[] {1}, 1);
    s.add(0.0, new double[] {2}, 1);
    assertEquals(1, s.size());
    assertArrayEquals(new double[] {3}, s.sums(-0.0));
    assertThrows(IllegalArgumentException.class, () -> s.add(Double.NaN, new double[] {1}, 1));
  }

  @Test
  void mergeKeepsNoReferenceToTheTableItWasHanded() {
    KeyedSums total = new KeyedSums();
    KeyedSums handed = new KeyedSums();
    handed.add(5, new double[] {1, 2}, 1);
    total.merge(handed);
    // Giraph reuses the objects it hands over: changing one afterwards must not change the total.
    handed.add(5, new double[] {100, 100}, 1);
    handed.add(6, new double[] {1, 1}, 1);
    assertArrayEquals(new double[] {5}, total.keys());
    assertArrayEquals(new double[] {1, 2}, total.sums(5));
    assertEquals(1, total.count(5));
  }

  @Test
  void reductionOrderAndPartitioningDoNotChangeOneBitOfTheResult() throws IOException {
    SplittableRandom random = new SplittableRandom(20261130);
    int n = 3000;
    int d = 5;
    double[][] rows = new double[n][d];
    double[] keys = new double[n];
    for (int i = 0; i < n; i++) {
      keys[i] = random.nextInt(7) - 3 + (random.nextBoolean() ? 0.5 : 0);
      for (int j = 0; j < d; j++) {
        // Values as a CSV gives them (three decimals) at magnitudes from 1e-3 to 1e4.
        double v = Math.round(random.nextGaussian() * 1000) / 1000.0;
        rows[i][j] = v * Math.pow(10, random.nextInt(8) - 3);
      }
    }
    KeyedSums sequential = new KeyedSums();
    for (int i = 0; i < n; i++) {
      sequential.add(keys[i], rows[i], 1);
    }
    // The data is hard enough for the test to mean something: plain double addition of the
    // same rows, forwards and backwards, already disagrees.
    double forwards = 0;
    double backwards = 0;
    for (int i = 0; i < n; i++) {
      forwards += rows[i][0];
      backwards += rows[n - 1 - i][0];
    }
    assertNotEquals(forwards, backwards);
    for (int trial = 0; trial < 20; trial++) {
      KeyedSums total = reduceInRandomParts(rows, keys, random);
      assertArrayEquals(sequential.keys(), total.keys());
      for (double key : sequential.keys()) {
        assertArrayEquals(sequential.sums(key), total.sums(key), "key " + key + " trial " + trial);
        assertEquals(sequential.count(key), total.count(key));
      }
    }
  }

  /** Random partials of rows in random order, serialised as workers send them, merged as a tree. */
  private static KeyedSums reduceInRandomParts(double[][] rows, double[] keys,
      SplittableRandom random) throws IOException {
    int parts = 1 + random.nextInt(12);
    List<KeyedSums> partials = new ArrayList<>();
    for (int p = 0; p < parts; p++) {
      partials.add(new KeyedSums());
    }
    int[] order = shuffled(rows.length, random);
    for (int i : order) {
      partials.get(random.nextInt(parts)).add(keys[i], rows[i], 1);
    }
    ReducibleReduce<KeyedSums> op = roundTrip(new ReducibleReduce<>(new KeyedSums()),
        new ReducibleReduce<>());
    while (partials.size() > 1) {
      KeyedSums a = partials.remove(random.nextInt(partials.size()));
      KeyedSums b = partials.remove(random.nextInt(partials.size()));
      KeyedSums merged = op.reduceMerge(op.reduce(op.createInitialValue(), a),
          roundTrip(b, new KeyedSums()));
      partials.add(merged);
    }
    return partials.get(0);
  }

  @Test
  void reduceOperationStartsEachReductionFromAFreshEmptyTable() throws IOException {
    ReducibleReduce<KeyedSums> op = roundTrip(new ReducibleReduce<>(new KeyedSums()),
        new ReducibleReduce<>());
    KeyedSums first = op.createInitialValue();
    first.add(1, new double[] {1}, 1);
    assertEquals(0, op.createInitialValue().size());
  }

  @Test
  void writableRoundTripKeepsKeysSumsAndCounts() throws IOException {
    KeyedSums s = new KeyedSums();
    s.add(3, new double[] {0.1, 0.2}, 1);
    s.add(3, new double[] {0.2, 1e-20}, 1);
    s.add(-7, new double[] {1, 1, 1}, 4);
    KeyedSums copy = roundTrip(s, new KeyedSums());
    assertEquals(s.toString(), copy.toString());
    // The low parts travel too: adding 0.1 + 0.2 back to back again gives the same rounding.
    s.add(3, new double[] {-0.3, 0}, 0);
    copy.add(3, new double[] {-0.3, 0}, 0);
    assertArrayEquals(s.sums(3), copy.sums(3));
  }

  private static int[] shuffled(int n, SplittableRandom random) {
    int[] order = new int[n];
    for (int i = 0; i < n; i++) {
      order[i] = i;
    }
    for (int i = n - 1; i > 0; i--) {
      int j = random.nextInt(i + 1);
      int t = order[i];
      order[i] = order[j];
      order[j] = t;
    }
    return order;
  }

  private static <T extends org.apache.hadoop.io.Writable> T roundTrip(T value, T into)
      throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    value.write(new DataOutputStream(bytes));
    into.readFields(new DataInputStream(new ByteArrayInputStream(bytes.toByteArray())));
    return into;
  }
}
