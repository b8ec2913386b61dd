package org.giraphml.bench;

import java.nio.charset.StandardCharsets;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.giraphml.io.NumberParser;
import org.giraphml.math.NearestCenters;
import org.giraphml.math.Vectors;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * The k-means assignment kernel on one 4096-row block, in the shapes of the benchmark data sets
 * (d x k: 10 x 8 blobs-150k, 20 x 16 blobs-1m, 784 x 10 Fashion-MNIST), reported per row; and
 * the CSV number parser, per number.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
@State(Scope.Thread)
public class KernelBenchmark {
  static final int ROWS = 4096;

  @Param({"10x8", "20x16", "784x10"})
  public String shape;

  double[] x;
  double[] xNorms;
  double[] c;
  double[] cNorms;
  int d;
  int k;
  int[] assign = new int[ROWS];
  double[] dist = new double[ROWS];
  double[] scratch;
  double[] sums;
  byte[][] numbers;

  @Setup
  public void setUp() {
    d = Integer.parseInt(shape.split("x")[0]);
    k = Integer.parseInt(shape.split("x")[1]);
    SplittableRandom random = new SplittableRandom(1);
    x = new double[ROWS * d];
    c = new double[k * d];
    for (int i = 0; i < x.length; i++) {
      x[i] = random.nextGaussian() * 10;
    }
    for (int i = 0; i < c.length; i++) {
      c[i] = random.nextGaussian() * 10;
    }
    xNorms = norms(x, ROWS);
    cNorms = norms(c, k);
    scratch = new double[4 * k];
    sums = new double[k * d];
    numbers = new byte[1024][];
    for (int i = 0; i < numbers.length; i++) {
      numbers[i] = String.format("%.6f", random.nextGaussian() * 100)
          .getBytes(StandardCharsets.US_ASCII);
    }
  }

  private double[] norms(double[] a, int n) {
    double[] out = new double[n];
    for (int i = 0; i < n; i++) {
      out[i] = Vectors.squaredNorm(a, i * d, d);
    }
    return out;
  }

  /** Assign and sum one block; divide the score by 4096 for nanoseconds per row. */
  @Benchmark
  public void assignBlock(Blackhole bh) {
    java.util.Arrays.fill(sums, 0);
    NearestCenters.assignDense(x, xNorms, ROWS, d, c, cNorms, k, assign, dist, scratch, sums);
    bh.consume(sums);
  }

  /** Parse 1024 decimal numbers; divide by 1024 for nanoseconds per number. */
  @Benchmark
  public void parseNumbers(Blackhole bh) {
    double s = 0;
    for (byte[] n : numbers) {
      s += NumberParser.parse(n, 0, n.length);
    }
    bh.consume(s);
  }
}
