package org.giraphml.math;

/**
 * Double-double ("compensated") accumulation: a sum is kept as an unevaluated pair
 * {@code hi + lo} carrying about 106 bits, using Knuth's error-free TwoSum. Partial sums
 * combined in any order then round to the same double in all but astronomically rare cases,
 * which is what makes a model independent of how many workers or threads built it (plain
 * {@code double} addition is not associative).
 *
 * <p>Reference: D. E. Knuth, TAOCP vol. 2, 4.2.2; T. J. Dekker, "A floating-point technique
 * for extending the available precision", Numer. Math. 18 (1971).
 *
 * <p>An overflowing sum stays {@code +-Infinity} with a zero low part (TwoSum's error term
 * would be {@code Infinity - Infinity}, NaN), so a reduction whose true value overflows
 * reports {@code Infinity}, never NaN.
 */
public final class DoubleDouble {
  private DoubleDouble() {
  }

  /** Adds {@code x} to the pair {@code (hi[i], lo[i])}. */
  public static void add(double[] hi, double[] lo, int i, double x) {
    double a = hi[i];
    double s = a + x;
    if (Double.isInfinite(s)) {
      hi[i] = s;
      lo[i] = 0;
      return;
    }
    double bb = s - a;
    double err = (a - (s - bb)) + (x - bb);
    hi[i] = s;
    lo[i] += err;
  }

  /** Adds the pair {@code (xhi, xlo)} to {@code (hi[i], lo[i])}. */
  public static void add(double[] hi, double[] lo, int i, double xhi, double xlo) {
    add(hi, lo, i, xhi);
    lo[i] += xlo;
    renormalize(hi, lo, i);
  }

  /** Restores {@code |lo| <= ulp(hi)/2} so that {@code hi} alone is the rounded sum. */
  public static void renormalize(double[] hi, double[] lo, int i) {
    double s = hi[i] + lo[i];
    if (Double.isInfinite(s)) {
      hi[i] = s;
      lo[i] = 0;
      return;
    }
    double err = lo[i] - (s - hi[i]);
    hi[i] = s;
    lo[i] = err;
  }

  /** The sum rounded to a double. */
  public static double value(double hi, double lo) {
    return hi + lo;
  }
}
