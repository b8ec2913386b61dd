package org.giraphml.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.mllib.clustering.KMeans;
import org.apache.spark.mllib.clustering.KMeansModel;
import org.apache.spark.mllib.linalg.Vector;
import org.apache.spark.mllib.linalg.Vectors;
import org.apache.spark.sql.SparkSession;

/**
 * Spark MLlib (RDD API) Lloyd k-means, local[2], from the given initial centroids, tolerance 0.
 * A command-line harness for {@code bench/run.sh}: its one line on standard output is the
 * result.
 * Prints: load_s fit_s iterations inertia, where iterations is the cap (the RDD API does not
 * report how many ran; on the 20-iteration benchmark sets all 20 run).
 *
 *   SparkKMeans DATA.csv INIT.csv K ITERATIONS
 */
public final class SparkKMeans {
  private SparkKMeans() {
  }

  public static void main(String[] args) throws Exception {
    String data = args[0];
    List<String> initLines = Files.readAllLines(Path.of(args[1]));
    int k = Integer.parseInt(args[2]);
    int iterations = Integer.parseInt(args[3]);
    SparkSession spark = SparkSession.builder().master("local[2]").appName("kmeans-bench")
        .config("spark.ui.enabled", "false").getOrCreate();
    spark.sparkContext().setLogLevel("ERROR");
    JavaSparkContext sc = new JavaSparkContext(spark.sparkContext());
    long t0 = System.nanoTime();
    JavaRDD<Vector> rows = sc.textFile(data).map(line -> {
      String[] cells = line.split(",");
      double[] v = new double[cells.length];
      for (int i = 0; i < v.length; i++) {
        v[i] = Double.parseDouble(cells[i]);
      }
      return Vectors.dense(v);
    }).cache();
    rows.count(); // materialise the cached rows, so loading is timed apart from fitting
    long t1 = System.nanoTime();
    Vector[] init = new Vector[k];
    for (int j = 0; j < k; j++) {
      String[] cells = initLines.get(j).split(",");
      double[] v = new double[cells.length];
      for (int i = 0; i < v.length; i++) {
        v[i] = Double.parseDouble(cells[i]);
      }
      init[j] = Vectors.dense(v);
    }
    KMeansModel model = new KMeans().setK(k).setMaxIterations(iterations).setEpsilon(0)
        .setInitialModel(new KMeansModel(init)).run(rows.rdd());
    long t2 = System.nanoTime();
    double cost = model.computeCost(rows.rdd());
    System.out.printf("%.3f %.3f %d %.10g%n", (t1 - t0) / 1e9, (t2 - t1) / 1e9, iterations,
        cost);
    spark.stop();
  }
}
