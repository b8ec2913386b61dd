package org.giraphml.io;

import java.nio.charset.StandardCharsets;

/**
 * Parses decimal numbers straight from bytes, without a String per cell. Plain decimals with
 * at most 18 significant digits and a small exponent take Clinger's exact fast path (an exact
 * integer mantissa times an exact power of ten, one rounding), so the result is the correctly
 * rounded double, as {@link Double#parseDouble} gives; longer ones fall back to it. Only
 * {@code [+-]digits[.digits][(e|E)[+-]digits]} is accepted: no NaN, Infinity, hex or type
 * suffixes.
 */
public final class NumberParser {
  private static final double[] POW10 = {
      1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15,
      1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22};
  private static final long MAX_EXACT = 1L << 53;

  private NumberParser() {
  }

  /**
   * Parses {@code b[from, to)} (already trimmed).
   *
   * @return the value, or {@code Double.NaN} if the text is not a plain decimal number
   */
  public static double parse(byte[] b, int from, int to) {
    int i = from;
    if (i >= to) {
      return Double.NaN;
    }
    boolean negative = false;
    if (b[i] == '-' || b[i] == '+') {
      negative = b[i] == '-';
      i++;
    }
    long mantissa = 0;
    int significant = 0;
    int dropped = 0; // integer digits beyond 18 significant ones
    int fractionDigits = 0;
    int digits = 0;
    while (i < to && isDigit(b[i])) {
      if (significant < 18) {
        mantissa = mantissa * 10 + (b[i] - '0');
        if (mantissa != 0) {
          significant++;
        }
      } else {
        dropped++;
      }
      digits++;
      i++;
    }
    if (i < to && b[i] == '.') {
      i++;
      while (i < to && isDigit(b[i])) {
        if (significant < 18) {
          mantissa = mantissa * 10 + (b[i] - '0');
          if (mantissa != 0) {
            significant++;
          }
          fractionDigits++;
        }
        digits++;
        i++;
      }
    }
    if (digits == 0) {
      return Double.NaN;
    }
    int exponent = 0;
    if (i < to && (b[i] == 'e' || b[i] == 'E')) {
      i++;
      boolean expNegative = false;
      if (i < to && (b[i] == '-' || b[i] == '+')) {
        expNegative = b[i] == '-';
        i++;
      }
      int expDigits = 0;
      while (i < to && isDigit(b[i])) {
        if (exponent < 100000) {
          exponent = exponent * 10 + (b[i] - '0');
        }
        expDigits++;
        i++;
      }
      if (expDigits == 0) {
        return Double.NaN;
      }
      if (expNegative) {
        exponent = -exponent;
      }
    }
    if (i != to) {
      return Double.NaN;
    }
    int exp10 = exponent - fractionDigits + dropped;
    if (dropped == 0 && mantissa <= MAX_EXACT
        && exp10 >= -22 && exp10 <= 22) {
      double v = mantissa;
      v = exp10 >= 0 ? v * POW10[exp10] : v / POW10[-exp10];
      return negative ? -v : v;
    }
    if (mantissa == 0 && dropped == 0) {
      return negative ? -0.0 : 0.0;
    }
    // Rare: long mantissas or large exponents. The text was validated above.
    return Double.parseDouble(new String(b, from, to - from, StandardCharsets.US_ASCII));
  }

  private static boolean isDigit(byte c) {
    return c >= '0' && c <= '9';
  }
}
