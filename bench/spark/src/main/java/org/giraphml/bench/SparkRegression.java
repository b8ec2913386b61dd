package org.giraphml.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.ml.classification.LogisticRegression;
import org.apache.spark.ml.classification.LogisticRegressionModel;
import org.apache.spark.ml.linalg.Matrix;
import org.apache.spark.ml.linalg.SQLDataTypes;
import org.apache.spark.ml.linalg.Vector;
import org.apache.spark.ml.linalg.Vectors;
import org.apache.spark.ml.regression.LinearRegression;
import org.apache.spark.ml.regression.LinearRegressionModel;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * Spark ML (DataFrame API) linear and logistic regression, local[2], on giraph-ml's regression
 * objectives. A command-line harness for {@code bench/run.sh}.
 *
 * <pre>SparkRegression MODE DATA.csv L2 MAX_ITER OUT.json</pre>
 *
 * <p>DATA.csv has the label in its last column. MODE: {@code normal} or {@code lbfgs}
 * (LinearRegression with that solver; L2 must be 0, since Spark scales its least-squares
 * penalty by the label's standard deviation, glmnet's convention, and the benchmark's linreg
 * rows are unpenalised) or {@code logreg} (LogisticRegression, binomial or multinomial by the
 * number of classes, regParam = L2: Spark's objective, mean log-loss + regParam/2 |w|^2 on
 * standardised features, is giraph-ml's with --standardize). Elastic-net 0, standardization on,
 * intercept on, tol 1e-9 (relative objective decrease, as giraph-ml's default tolerance), at most
 * MAX_ITER iterations. Writes OUT.json (load_s, fit_s, iterations, intercept, weights on the
 * original scale) and prints: load_s fit_s iterations
 */
public final class SparkRegression {
  private static final double TOLERANCE = 1e-9;

  private SparkRegression() {
  }

  public static void main(String[] args) throws IOException {
    String mode = args[0];
    double l2 = Double.parseDouble(args[2]);
    int maxIter = Integer.parseInt(args[3]);
    if (!mode.equals("logreg") && l2 != 0) {
      throw new IllegalArgumentException("least squares rows are unpenalised: L2 must be 0");
    }
    SparkSession spark = SparkSession.builder().master("local[2]").appName("regression-bench")
        .config("spark.ui.enabled", "false").getOrCreate();
    spark.sparkContext().setLogLevel("ERROR");
    JavaSparkContext sc = new JavaSparkContext(spark.sparkContext());
    long t0 = System.nanoTime();
    JavaRDD<Row> rows = sc.textFile(args[1]).map(line -> {
      String[] cells = line.split(",");
      double[] v = new double[cells.length - 1];
      for (int i = 0; i < v.length; i++) {
        v[i] = Double.parseDouble(cells[i]);
      }
      return RowFactory.create(Double.parseDouble(cells[v.length]), Vectors.dense(v));
    });
    StructType schema = new StructType(new StructField[] {
        DataTypes.createStructField("label", DataTypes.DoubleType, false),
        DataTypes.createStructField("features", SQLDataTypes.VectorType(), false)});
    Dataset<Row> data = spark.createDataFrame(rows, schema).cache();
    data.count(); // materialise the cache, so loading is timed apart from fitting
    long t1 = System.nanoTime();
    String result;
    if (mode.equals("logreg")) {
      LogisticRegressionModel m = new LogisticRegression().setRegParam(l2).setElasticNetParam(0)
          .setStandardization(true).setFitIntercept(true).setTol(TOLERANCE).setMaxIter(maxIter)
          .fit(data);
      int iterations = m.summary().totalIterations();
      result = m.numClasses() > 2
          ? json(t1 - t0, System.nanoTime() - t1, iterations, m.interceptVector().toArray(),
              m.coefficientMatrix())
          : json(t1 - t0, System.nanoTime() - t1, iterations, m.intercept(),
              m.coefficients());
    } else {
      LinearRegressionModel m = new LinearRegression()
          .setSolver(mode.equals("normal") ? "normal" : "l-bfgs").setRegParam(0)
          .setElasticNetParam(0).setStandardization(true).setFitIntercept(true)
          .setTol(TOLERANCE).setMaxIter(maxIter).fit(data);
      result = json(t1 - t0, System.nanoTime() - t1, m.summary().totalIterations(),
          m.intercept(), m.coefficients());
    }
    Files.writeString(Path.of(args[4]), result);
    System.out.println(result.substring(1, result.indexOf(", \"intercept\""))
        .replaceAll("\"[a-z_]+\": ", "").replace(",", ""));
    spark.stop();
  }

  private static String json(long loadNanos, long fitNanos, int iterations, double intercept,
      Vector weights) {
    return head(loadNanos, fitNanos, iterations) + ", \"intercept\": " + intercept
        + ", \"weights\": " + list(weights.toArray()) + "}";
  }

  private static String json(long loadNanos, long fitNanos, int iterations, double[] intercepts,
      Matrix weights) {
    StringBuilder w = new StringBuilder("[");
    for (int c = 0; c < weights.numRows(); c++) {
      double[] row = new double[weights.numCols()];
      for (int j = 0; j < row.length; j++) {
        row[j] = weights.apply(c, j);
      }
      w.append(c > 0 ? ", " : "").append(list(row));
    }
    return head(loadNanos, fitNanos, iterations) + ", \"intercept\": " + list(intercepts)
        + ", \"weights\": " + w + "]}";
  }

  private static String head(long loadNanos, long fitNanos, int iterations) {
    return String.format(Locale.ROOT, "{\"load_s\": %.3f, \"fit_s\": %.3f, \"iterations\": %d",
        loadNanos / 1e9, fitNanos / 1e9, iterations);
  }

  private static String list(double[] values) {
    StringBuilder s = new StringBuilder("[");
    for (int i = 0; i < values.length; i++) {
      s.append(i > 0 ? ", " : "").append(values[i]);
    }
    return s.append(']').toString();
  }
}
