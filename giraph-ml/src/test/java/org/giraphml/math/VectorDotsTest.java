package org.giraphml.math;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The Vector API kernel gives the scalar kernel's dot products to the bit, for every number of
 * centres around the vector width (whole vectors, a pair plus one, padding) and short, odd and
 * wide rows. The build runs tests with {@code --add-modules jdk.incubator.vector}, as
 * bin/giraph-ml runs jobs, so the vector path is the one under test here and in
 * {@link NearestCentersTest} and {@link HamerlyBoundsTest} (assignments against a sequential
 * search, near-ties included).
 */
class VectorDotsTest {
  @Test
  void theBuildRunsTestsOnTheVectorPath() {
    assertTrue(NearestCenters.VECTORISED, "surefire's argLine lacks --add-modules "
        + "jdk.incubator.vector");
  }

  @Test
  void fourRowDotProductsEqualTheScalarKernelsToTheBit() {
    Random rnd = new Random(11);
    for (int d : new int[] {1, 3, 10, 33, 784}) {
      for (int k = 1; k <= 20; k++) {
        double[] x = new double[7 * d];
        double[] c = new double[k * d];
        for (int i = 0; i < x.length; i++) {
          x[i] = rnd.nextGaussian() * Math.pow(10, rnd.nextInt(7) - 3);
        }
        for (int i = 0; i < c.length; i++) {
          c[i] = rnd.nextGaussian() * Math.pow(10, rnd.nextInt(7) - 3);
        }
        int kp = VectorDots.padded(k);
        assertTrue(kp >= k && kp < k + 8, "padded " + kp);
        double[] ct = VectorDots.transpose(c, k, d, kp);
        double[] vec = new double[4 * kp];
        double[] scalar = new double[4 * k];
        // Rows out of order and overlapping, as Hamerly's re-checks pass them.
        int[] off = {5 * d, 0, 2 * d, 6 * d};
        VectorDots.dotsFourRows(x, off[0], off[1], off[2], off[3], d, ct, kp, vec);
        NearestCenters.dotsFourRows(x, off[0], off[1], off[2], off[3], d, c, k, scalar);
        for (int q = 0; q < 4; q++) {
          for (int j = 0; j < kp; j++) {
            double want = j < k ? scalar[q * k + j] : 0;
            assertEquals(Double.doubleToRawLongBits(want),
                Double.doubleToRawLongBits(vec[q * kp + j]),
                "d=" + d + " k=" + k + " row " + q + " centre " + j);
          }
        }
      }
    }
  }
}
