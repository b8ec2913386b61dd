package org.giraphml.algorithms.kmeans;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.giraphml.conf.InvalidOptionException;
import org.junit.jupiter.api.Test;

/** {@code --k}: a single k as before, a range or a list for a sweep, the largest k as value. */
class ClusterCountOptionTest {
  private static Configuration with(String k) {
    Configuration conf = new Configuration(false);
    conf.set(KMeansSettings.K.key(), k);
    return conf;
  }

  @Test
  void singleKIsUnchangedAndNotASweep() {
    Configuration conf = with("7");
    assertEquals(7, KMeansSettings.K.get(conf));
    assertEquals(List.of(7), KMeansSettings.K.values(conf));
    assertFalse(KMeansSettings.K.isSweep(conf));
  }

  @Test
  void rangeAndListGiveEveryKAscendingAndTheLargestAsValue() {
    Configuration range = with("2..6");
    assertEquals(List.of(2, 3, 4, 5, 6), KMeansSettings.K.values(range));
    assertEquals(6, KMeansSettings.K.get(range));
    assertTrue(KMeansSettings.K.isSweep(range));
    Configuration list = with(" 2, 4,8 ");
    assertEquals(List.of(2, 4, 8), KMeansSettings.K.values(list));
    assertEquals(8, KMeansSettings.K.get(list));
  }

  @Test
  void sixtyFourValuesAreAllowedAndSixtyFiveAreNot() {
    assertEquals(64, KMeansSettings.K.values(with("2..65")).size());
    InvalidOptionException e = assertThrows(InvalidOptionException.class,
        () -> KMeansSettings.K.get(with("2..66")));
    assertEquals("--k: a sweep has at most 64 values, this range has 65, got 2..66 "
        + "(giraphml.kmeans.k)", e.getMessage());
  }

  @Test
  void aSweepOutsideTheBoundsNamesThem() {
    InvalidOptionException e = assertThrows(InvalidOptionException.class,
        () -> KMeansSettings.K.get(with("1,3")));
    assertEquals("--k: every k of a sweep must be in [2, 1000000], got 1,3 (giraphml.kmeans.k)",
        e.getMessage());
  }
}
