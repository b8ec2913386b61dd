package org.giraphml.algorithms.trust;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A LIBSVM feature index so large that the dense vectors it implies cannot exist is refused
 * before anything of that size is allocated, naming the index and the bytes needed, instead of
 * an OutOfMemoryError. The CLI runs in this JVM, so its heap is the one the message cites.
 */
class HugeFeatureIndexTest {
  @TempDir
  Path tmp;

  private static String gb(double bytes) {
    return String.format(Locale.ROOT, "%.1f GB", bytes / (1 << 30));
  }

  private String refused(String rows, String... more) throws Exception {
    Path data = Files.writeString(tmp.resolve("big.libsvm"), rows);
    String[] args = {"kmeans", "--format", "libsvm", "--input", data.toString(), "--output",
        tmp.resolve("out").toString(), "--seed", "1"};
    String[] all = new String[args.length + more.length];
    System.arraycopy(args, 0, all, 0, args.length);
    System.arraycopy(more, 0, all, args.length, more.length);
    return Refusal.lastLine(tmp, all);
  }

  @Test
  void anIndexWhoseOneVectorExceedsTheHeapIsRefusedAtItsLine() throws Exception {
    org.junit.jupiter.api.Assumptions.assumeTrue(
        Runtime.getRuntime().maxMemory() < 8.0 * 2147483000L, "a heap over 16 GB");
    String line = refused("1 1:1\n0 1:3 2147483000:2\n", "--k", "2");
    assertTrue(line.contains("big.libsvm:2: index 2147483000: a dense vector over 2147483000"
        + " features: 1 x 2147483000 x 8 bytes = " + gb(8.0 * 2147483000L) + ", more than the"
        + " whole Java heap ("), line);
    assertTrue(line.endsWith("); renumber the features densely from 1"), line);
  }

  @Test
  void kCentroidsThatExceedTheHeapAreRefusedBeforeAllocation() throws Exception {
    long heap = Runtime.getRuntime().maxMemory();
    long d = heap / 8 / 4; // one vector a quarter of the heap: the rows load
    int k = 5; // five such centroids: more than the heap
    assumeArrayFits(k, d);
    StringBuilder rows = new StringBuilder();
    for (int i = 0; i < k; i++) {
      rows.append("0 ").append(i + 1).append(":1 ").append(d).append(":2\n");
    }
    String line = refused(rows.toString(), "--k", String.valueOf(k));
    assertTrue(line.contains("kmeans: k = 5 dense centroids over " + d + " features: 5 x " + d
        + " x 8 bytes = " + gb(8.0 * k * d) + ", more than the whole Java heap"), line);
    assertTrue(line.endsWith("(the largest LIBSVM feature index is " + d + "; renumber the"
        + " features densely from 1)"), line);
  }

  private static void assumeArrayFits(int k, long d) {
    org.junit.jupiter.api.Assumptions.assumeTrue((double) k * d <= Integer.MAX_VALUE - 8,
        "a heap this large hits the array limit first");
  }
}
