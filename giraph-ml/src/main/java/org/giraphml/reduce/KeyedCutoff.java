package org.giraphml.reduce;

/**
 * The admission test of a {@link KeyedRows} sample of some capacity, kept across all the
 * blocks one worker thread handles: the {@code capacity} smallest (priority, key) pairs the
 * thread has seen, in a max-heap of primitives.
 *
 * <p>A pair it refuses cannot be in the merged sample, since {@code capacity} rows of the same
 * thread already rank before it; so a block need only copy and offer the rows it admits. For
 * random priorities that is about {@code capacity * (1 + ln(rows / capacity))} rows over all of
 * the thread's rows, instead of up to {@code capacity} copied rows in every block. The merged
 * sample is the same either way: every row of the global top {@code capacity} is admitted when
 * its thread sees it. Use one per worker thread (it is not thread-safe) and per sample.
 */
public final class KeyedCutoff {
  private final double[] priority;
  private final long[] key;
  private int size;

  /**
   * @throws IllegalArgumentException if {@code capacity < 1}
   */
  public KeyedCutoff(int capacity) {
    if (capacity < 1) {
      throw new IllegalArgumentException("capacity must be >= 1, got " + capacity);
    }
    priority = new double[capacity];
    key = new long[capacity];
  }

  /**
   * Whether fewer than {@code capacity} pairs seen so far rank before ({@code p}, {@code k})
   * (by priority, then key); if so, the pair is remembered.
   */
  public boolean admit(double p, long k) {
    if (size < priority.length) {
      siftUp(size++, p, k);
      return true;
    }
    if (!before(p, k, priority[0], key[0])) {
      return false;
    }
    siftDown(p, k);
    return true;
  }

  private static boolean before(double p, long k, double q, long l) {
    int c = Double.compare(p, q);
    return c < 0 || (c == 0 && k < l);
  }

  /** The root holds the pair that ranks last; a parent never ranks before its children. */
  private void siftUp(int i, double p, long k) {
    while (i > 0) {
      int parent = (i - 1) >>> 1;
      if (!before(priority[parent], key[parent], p, k)) {
        break;
      }
      priority[i] = priority[parent];
      key[i] = key[parent];
      i = parent;
    }
    priority[i] = p;
    key[i] = k;
  }

  /** Replaces the root by (p, k) and restores the heap. */
  private void siftDown(double p, long k) {
    int i = 0;
    int half = size >>> 1;
    while (i < half) {
      int c = 2 * i + 1;
      int r = c + 1;
      if (r < size && before(priority[c], key[c], priority[r], key[r])) {
        c = r;
      }
      if (!before(p, k, priority[c], key[c])) {
        break;
      }
      priority[i] = priority[c];
      key[i] = key[c];
      i = c;
    }
    priority[i] = p;
    key[i] = k;
  }
}
