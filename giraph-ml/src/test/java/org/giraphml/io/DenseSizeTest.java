package org.giraphml.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class DenseSizeTest {
  @Test
  void moreValuesThanAJavaArrayHoldsIsRefusedWhateverTheHeap() {
    // 2 x 2e9 overflows an int: the product is judged in floating point, never wrapped.
    assertEquals("k = 2 centroids over 2000000000 features: 2 x 2000000000 x 8 bytes = 29.8 GB,"
        + " more than a Java array holds (2147483639 values)",
        DenseSize.tooLarge("k = 2 centroids", 2, 2_000_000_000L));
  }

  @Test
  void aSmallTableFits() {
    assertNull(DenseSize.tooLarge("k = 10 centroids", 10, 1000));
  }
}
