package org.giraphml.algorithms.regression;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class LabelSetTest {
  private static LabelSet of(double... labels) {
    LabelSet s = new LabelSet();
    for (int i = 0; i < labels.length; i++) {
      s.add(labels[i], 1, 100 + i);
    }
    return s;
  }

  @Test
  void mergingInAnyOrderKeepsTheSmallestValuesWithCountsAndFirstKeys() {
    LabelSet a = of(7, 1, -0.0, 1);
    a.addAll(of(3, 0, 9, 2));
    LabelSet b = of(3, 0, 9, 2);
    b.addAll(of(7, 1, -0.0, 1));
    for (LabelSet s : new LabelSet[] {a, b}) {
      // By hand: distinct {-0.0 = 0, 1, 2, 3, 7, 9}; the five smallest kept, 9 dropped.
      assertEquals(5, s.size());
      assertTrue(s.more());
      assertEquals(0, s.value(0), 0);
      assertEquals(2, s.count(0)); // -0.0 and 0 are one label
      assertEquals(101, s.firstKey(1)); // label 1 is at key 101 and 103
      assertEquals(2, s.count(1));
      assertEquals(7, s.value(4), 0);
    }
  }

  @Test
  void twoLabelsAreNotMore() {
    LabelSet s = of(1, 0, 1, 0);
    assertEquals(2, s.size());
    assertFalse(s.more());
  }
}
