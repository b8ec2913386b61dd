package org.giraphml.algorithms.kmeans;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import org.giraphml.graph.NodeValue;
import org.junit.jupiter.api.Test;

/**
 * Each k of a sweep finds on the data vertex exactly the clusters and bounds it left there,
 * also after the vertex value was serialised (as between supersteps on the Giraph engine).
 */
class SweepRowStatesTest {
  @Test
  void eachRunGetsBackItsOwnClustersAndBoundsAcrossSerialisation() throws Exception {
    NodeValue value = new NodeValue();
    double[][] packed = SweepRowStates.take(value, 2);
    SweepRowStates.load(packed, 0, value);
    assertNull(value.rowInts(), "no clusters before a run's first step");
    assertNull(value.vectors(), "no bounds before a run's first step");
    value.setRowInts(new int[] {0, 1, 1});
    value.setVectors(new double[][] {{1, 2, 3}, {4, 5, 6}, {0, 1, 1}, {7, 8}});
    SweepRowStates.store(value, packed, 0);
    SweepRowStates.load(packed, 1, value);
    assertNull(value.rowInts(), "run 1 does not see run 0's clusters");
    assertNull(value.vectors(), "run 1 does not see run 0's bounds");
    value.setRowInts(new int[] {2, 2, 0});
    SweepRowStates.store(value, packed, 1);
    SweepRowStates.put(value, packed);

    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    value.write(new DataOutputStream(bytes));
    NodeValue read = new NodeValue();
    read.readFields(new DataInputStream(new ByteArrayInputStream(bytes.toByteArray())));

    double[][] again = SweepRowStates.take(read, 2);
    SweepRowStates.load(again, 1, read);
    assertArrayEquals(new int[] {2, 2, 0}, read.rowInts());
    assertNull(read.vectors());
    SweepRowStates.store(read, again, 1);
    SweepRowStates.load(again, 0, read);
    assertArrayEquals(new int[] {0, 1, 1}, read.rowInts());
    assertArrayEquals(new double[][] {{1, 2, 3}, {4, 5, 6}, {0, 1, 1}, {7, 8}}, read.vectors());
  }
}
