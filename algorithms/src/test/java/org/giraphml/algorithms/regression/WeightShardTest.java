package org.giraphml.algorithms.regression;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.giraphml.graph.NodeValue;
import org.junit.jupiter.api.Test;

/** The weight shard's view over a model vertex's value, and the L-BFGS update it carries. */
class WeightShardTest {

  @Test
  void aNewShardIsZeroAndWritesThroughToTheVertex() {
    NodeValue value = new NodeValue();
    WeightShard shard = WeightShard.create(value, 3, 2);
    assertEquals(3, shard.length());
    assertArrayEquals(new double[3], shard.weights(), 0);
    assertNull(shard.step(0), "pairs are allocated when first used");
    shard.weights()[1] = 4;
    assertEquals(4, WeightShard.of(value).weights()[1], 0);
    assertEquals(9 + 2 * 2, value.vectors().length, "NodeValue's layout is unchanged");
  }

  @Test
  void recyclingMovesTheOldestPairToTheEnd() {
    WeightShard shard = WeightShard.create(new NodeValue(), 1, 3);
    for (int i = 0; i < 3; i++) {
      shard.allocatePair(i);
      shard.step(i)[0] = i;
      shard.gradientChange(i)[0] = 10 + i;
    }
    double[] oldest = shard.step(0);
    shard.recycleOldestPair(3);
    assertEquals(1, shard.step(0)[0], 0);
    assertEquals(12, shard.gradientChange(1)[0], 0);
    assertSame(oldest, shard.step(2), "the oldest pair's arrays are reused, not copied");
  }

  @Test
  void originalScaleWeightsDivideByTheScaleAndZeroConstantFeatures() {
    WeightShard shard = WeightShard.create(new NodeValue(), 3, 1);
    System.arraycopy(new double[] {2, 3, 5}, 0, shard.weights(), 0, 3);
    System.arraycopy(new double[] {4, 0, 0.5}, 0, shard.scales(), 0, 3);
    assertArrayEquals(new double[] {0.5, 0, 10, 0}, shard.originalScaleWeights(4), 0);
  }

  @Test
  void acceptingAStepStoresThePairAndMovesAlongTheNewDirection() {
    WeightShard shard = WeightShard.create(new NodeValue(), 2, 2);
    System.arraycopy(new double[] {1, 2}, 0, shard.weights(), 0, 2);
    System.arraycopy(new double[] {0.5, -1}, 0, shard.gradient(), 0, 2);
    System.arraycopy(new double[] {0.5, -1}, 0, shard.pseudoGradient(), 0, 2);
    Step accept = new Step();
    accept.kind = Step.Kind.ACCEPT;
    accept.addPair = true;
    accept.pairs = 1;
    accept.step = 2;
    accept.coefficients = new double[] {0, 0, -1}; // direction = -pg
    ShardUpdate.apply(accept, shard, false);
    assertArrayEquals(new double[] {1, 2}, shard.step(0), 0); // w - base (base was 0)
    assertArrayEquals(new double[] {0.5, -1}, shard.gradientChange(0), 0);
    assertArrayEquals(new double[] {1, 2}, shard.base(), 0);
    assertArrayEquals(new double[] {-0.5, 1}, shard.direction(), 0);
    assertArrayEquals(new double[] {0, 4}, shard.weights(), 0); // base + 2 * direction

    ShardUpdate.apply(Step.last(false, 1), shard, false);
    assertArrayEquals(new double[] {1, 2}, shard.weights(), 0, "back to the accepted point");
  }
}
