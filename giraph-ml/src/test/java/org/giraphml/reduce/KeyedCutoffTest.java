package org.giraphml.reduce;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class KeyedCutoffTest {
  /**
   * Rows split over threads and blocks; each thread offers only what its cutoff admits. The
   * merged sample must be the brute-force smallest (priority, key) pairs of all rows.
   */
  @Test
  void admittedRowsMergeIntoTheSameSampleAsAllRows() {
    SplittableRandom random = new SplittableRandom(3);
    for (int trial = 0; trial < 20; trial++) {
      int capacity = 1 + random.nextInt(50);
      int threads = 1 + random.nextInt(4);
      int rows = random.nextInt(3000);
      // Few distinct priorities in some trials: ties must go to the smaller key.
      int levels = random.nextBoolean() ? 7 : Integer.MAX_VALUE;
      KeyedRows all = new KeyedRows(capacity);
      KeyedRows merged = new KeyedRows(capacity);
      KeyedCutoff[] cutoffs = new KeyedCutoff[threads];
      for (int t = 0; t < threads; t++) {
        cutoffs[t] = new KeyedCutoff(capacity);
      }
      int admitted = 0;
      for (long key = 0; key < rows; key++) {
        double p = random.nextInt(levels) / (double) levels;
        KeyedRows.Entry e = new KeyedRows.Entry(p, key, new double[] {key});
        all.offer(e);
        if (cutoffs[random.nextInt(threads)].admit(p, key)) {
          merged.offer(e);
          admitted++;
        }
      }
      List<Long> expected = new ArrayList<>();
      all.entries().forEach(e -> expected.add(e.key()));
      List<Long> actual = new ArrayList<>();
      merged.entries().forEach(e -> actual.add(e.key()));
      assertEquals(expected, actual, "trial " + trial);
      assertTrue(admitted <= rows);
    }
  }

  @Test
  void randomPrioritiesAdmitAboutCapacityTimesOnePlusLogOfRowsOverCapacity() {
    SplittableRandom random = new SplittableRandom(8);
    KeyedCutoff cutoff = new KeyedCutoff(100);
    int admitted = 0;
    int rows = 100_000;
    for (long key = 0; key < rows; key++) {
      admitted += cutoff.admit(random.nextDouble(), key) ? 1 : 0;
    }
    // Expected 100 * (1 + ln 1000) = 791 (the k-th record argument); generous margins.
    assertTrue(admitted > 500 && admitted < 1200, "admitted " + admitted);
  }

  @Test
  void aFullCutoffRefusesWhatRanksAfterItsLargestAndBreaksTiesByKey() {
    KeyedCutoff cutoff = new KeyedCutoff(2);
    assertTrue(cutoff.admit(0.5, 10));
    assertTrue(cutoff.admit(0.2, 11));
    assertFalse(cutoff.admit(0.7, 1));
    assertFalse(cutoff.admit(0.5, 12));
    assertTrue(cutoff.admit(0.5, 9));
    assertFalse(cutoff.admit(0.5, 10));
    assertThrows(IllegalArgumentException.class, () -> new KeyedCutoff(0));
  }
}
