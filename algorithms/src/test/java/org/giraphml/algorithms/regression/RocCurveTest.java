package org.giraphml.algorithms.regression;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** The ROC curve against hand-counted rates and pair counts. */
class RocCurveTest {
  @Test
  void areaIsTheShareOfPositiveNegativePairsInOrder() {
    // positives score 0.9, 0.8, 0.6; negatives 0.7, 0.55, 0.4. Pairs in order: 3 + 3 + 2 = 8
    // of 9. Thresholds from the top: TP 1,2,2,3,3,3 and FP 0,0,1,1,2,3.
    RocCurve roc = RocCurve.of(new double[] {0.9, 0.8, 0.7, 0.6, 0.55, 0.4},
        new boolean[] {true, true, false, true, false, false});
    assertEquals(8.0 / 9, roc.area(), 1e-15);
    assertArrayEquals(new double[] {0, 0, 0, 1 / 3.0, 1 / 3.0, 2 / 3.0, 1},
        roc.falsePositiveRate(), 1e-15);
    assertArrayEquals(new double[] {0, 1 / 3.0, 2 / 3.0, 2 / 3.0, 1, 1, 1},
        roc.truePositiveRate(), 1e-15);
  }

  @Test
  void tiedScoresMoveTogetherAndCountHalf() {
    // One positive and one negative at 0.5, one positive above: pairs (0.9 > 0.5) = 1,
    // (0.5 = 0.5) = 1/2, so 1.5 of 2.
    RocCurve roc = RocCurve.of(new double[] {0.5, 0.9, 0.5},
        new boolean[] {true, true, false});
    assertEquals(0.75, roc.area(), 1e-15);
    assertArrayEquals(new double[] {0, 0, 1}, roc.falsePositiveRate(), 1e-15);
    assertArrayEquals(new double[] {0, 0.5, 1}, roc.truePositiveRate(), 1e-15);
  }

  @Test
  void oneClassOnlyHasNoCurve() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> RocCurve.of(new double[] {0.1, 0.2}, new boolean[] {true, true}));
    assertEquals("an ROC curve needs rows of both classes; got 2 positive and 0 negative",
        e.getMessage());
  }
}
