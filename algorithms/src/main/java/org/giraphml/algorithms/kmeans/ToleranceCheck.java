package org.giraphml.algorithms.kmeans;

import java.util.Locale;
import java.util.Optional;
import org.giraphml.math.Vectors;

/**
 * {@code --tolerance} is an absolute distance in the data's units, as Spark's k-means
 * tolerance is: a run converges once no centroid moves farther than it. On data far below unit
 * scale (values near 1e-3, or 1e-250) the default then stops a run while centroids still move,
 * short of Lloyd's fixed point. This check notices that from the centroids themselves, which
 * carry the data's scale, and words the warning.
 */
final class ToleranceCheck {
  /**
   * A tolerance at least this fraction of the centroids' spread is "large": at ordinary scale
   * (spread about 1 and up) the default 1e-4 stays well below it, so ordinary runs never warn.
   */
  static final double LARGE_FRACTION_OF_SPREAD = 1e-3;
  /** The suggested tolerance, as a fraction of the spread: the default's ratio at unit scale. */
  static final double SUGGESTED_FRACTION_OF_SPREAD = 1e-4;

  private ToleranceCheck() {
  }

  /**
   * The warning for a run that converged with centroids that still moved {@code shift} (0 at
   * Lloyd's fixed point) when the tolerance is large for the spread of {@code centroids}
   * (k rows of d values, row-major): the largest distance of a centroid from the first.
   */
  static Optional<String> warning(double tolerance, double shift, int iterations,
      double[] centroids, int k, int d) {
    if (shift == 0) {
      return Optional.empty();
    }
    double spread = 0;
    for (int j = 1; j < k; j++) {
      spread = Math.max(spread, Vectors.distance(centroids, j * d, centroids, 0, d));
    }
    if (spread == 0 || tolerance < LARGE_FRACTION_OF_SPREAD * spread) {
      return Optional.empty();
    }
    return Optional.of(String.format(Locale.ROOT, "converged by --tolerance %.3g after %d "
        + "iteration(s) while centroids still moved %.3g, but the centroids lie only %.3g "
        + "apart: --tolerance is an absolute distance in the data's units, so the model may be "
        + "short of Lloyd's fixed point; pass a tolerance scaled to the data (e.g. %.1g) or 0",
        tolerance, iterations, shift, spread, SUGGESTED_FRACTION_OF_SPREAD * spread));
  }
}
