package org.giraphml.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class NumberParserTest {
  static double parse(String s) {
    byte[] b = s.getBytes(StandardCharsets.US_ASCII);
    return NumberParser.parse(b, 0, b.length);
  }

  @Test
  void parsesPlainDecimals() {
    assertEquals(5.1, parse("5.1"), 0);
    assertEquals(-0.25, parse("-.25"), 0);
    assertEquals(3, parse("+3."), 0);
    assertEquals(1.5e-7, parse("1.5E-7"), 0);
    assertEquals(12345678901234567890.0, parse("12345678901234567890"), 0);
    assertEquals(0.1, parse("0.1000000000000000000000000001"), 0);
    assertEquals(-0.0, parse("-0"), 0);
    assertEquals(1e300, parse("1e300"), 0);
  }

  @Test
  void agreesWithParseDoubleOnRandomDecimals() {
    SplittableRandom random = new SplittableRandom(11);
    for (int i = 0; i < 200_000; i++) {
      double v = Double.longBitsToDouble(random.nextLong());
      if (!Double.isFinite(v)) {
        continue;
      }
      String[] forms = {Double.toString(v), String.format("%.6f", random.nextDouble() * 1000),
          Long.toString(random.nextLong() >> random.nextInt(60))};
      for (String s : forms) {
        assertEquals(Double.parseDouble(s), parse(s), 0, s);
      }
    }
  }

  @Test
  void rejectsAnythingButPlainDecimals() {
    for (String s : new String[] {"", "-", ".", "abc", "1.2.3", "1e", "NaN", "Infinity",
        "0x1p3", "1.0d", "1f", "1,5", "1 2", "e5"}) {
      assertTrue(Double.isNaN(parse(s)), s);
    }
    assertTrue(Double.isInfinite(parse("1e400")));
  }
}
