package org.giraphml.io;

import java.util.Locale;

/**
 * Whether a dense table of doubles (k centroids, a weight vector) of a size the data decides
 * can exist in this JVM: a LIBSVM index of two billion makes every dense vector two billion
 * long. Checked before allocating, so that the user reads the size and where it came from
 * instead of an {@link OutOfMemoryError} or an array length that overflowed.
 */
public final class DenseSize {
  /** The most elements a Java array can hold on common JVMs. */
  public static final long MAX_ARRAY = Integer.MAX_VALUE - 8;

  private DenseSize() {
  }

  /**
   * Why {@code rows} dense rows of {@code features} doubles cannot be held here, or null if
   * they may be: more elements than a Java array holds, or more bytes than the whole heap.
   *
   * @param what the table, e.g. "k = 2 dense centroids"
   */
  public static String tooLarge(String what, long rows, long features) {
    long maxHeap = Runtime.getRuntime().maxMemory();
    double bytes = 8.0 * rows * features;
    String size = what + " over " + features + " features: " + rows + " x " + features
        + " x 8 bytes = " + human(bytes);
    if ((double) rows * features > MAX_ARRAY) {
      return size + ", more than a Java array holds (" + MAX_ARRAY + " values)";
    }
    if (bytes > maxHeap) {
      return size + ", more than the whole Java heap (" + human(maxHeap) + ")";
    }
    return null;
  }

  private static String human(double bytes) {
    return bytes >= 1 << 30 ? String.format(Locale.ROOT, "%.1f GB", bytes / (1 << 30))
        : String.format(Locale.ROOT, "%.1f MB", bytes / (1 << 20));
  }
}
