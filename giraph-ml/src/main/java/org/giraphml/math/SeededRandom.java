package org.giraphml.math;

/**
 * Randomness derived from the job seed, a stream number and a row or vertex key, never from
 * shared generator state: the same seed gives the same draws whatever the number of workers,
 * threads or the order rows are visited in. Mixing is SplitMix64's finaliser (Steele, Lea and
 * Flood, "Fast splittable pseudorandom number generators", OOPSLA 2014).
 */
public final class SeededRandom {
  private SeededRandom() {
  }

  public static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }

  /** A 64-bit hash of (seed, stream, key). */
  public static long hash(long seed, long stream, long key) {
    return mix(mix(mix(seed + 0x9E3779B97F4A7C15L) ^ stream) + key);
  }

  /** A uniform double in the open interval (0, 1). */
  public static double uniform(long seed, long stream, long key) {
    return ((hash(seed, stream, key) >>> 11) + 0.5) * 0x1.0p-53;
  }
}
