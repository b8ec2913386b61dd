package org.giraphml.io;

import java.util.Arrays;

/** Growable primitive arrays for {@link SplitReader}, handed over without a copy when full. */
final class Growables {
  private Growables() {
  }

  /** A growable primitive array, handed over without a copy when it fits exactly. */
  static final class Doubles {
    private double[] a = new double[1024];
    private int n;

    void add(double v) {
      if (n == a.length) {
        a = Arrays.copyOf(a, a.length * 2);
      }
      a[n++] = v;
    }

    int size() {
      return n;
    }

    void truncate(int size) {
      n = size;
    }

    void clear() {
      n = 0;
    }

    double[] take() {
      double[] out = Arrays.copyOf(a, n);
      n = 0;
      return out;
    }
  }

  static final class Ints {
    private int[] a = new int[1024];
    private int n;

    void add(int v) {
      if (n == a.length) {
        a = Arrays.copyOf(a, a.length * 2);
      }
      a[n++] = v;
    }

    void truncate(int size) {
      n = size;
    }

    int[] take() {
      int[] out = Arrays.copyOf(a, n);
      n = 0;
      return out;
    }
  }

  static final class Longs {
    private long[] a = new long[256];
    private int n;

    void add(long v) {
      if (n == a.length) {
        a = Arrays.copyOf(a, a.length * 2);
      }
      a[n++] = v;
    }

    int size() {
      return n;
    }

    long[] take() {
      long[] out = Arrays.copyOf(a, n);
      n = 0;
      return out;
    }
  }
}
