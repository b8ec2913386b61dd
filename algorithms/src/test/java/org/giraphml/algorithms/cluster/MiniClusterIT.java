package org.giraphml.algorithms.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.giraphml.algorithms.kmeans.KMeans;
import org.giraphml.algorithms.regression.LinearRegression;
import org.giraphml.api.JobOutput;
import org.giraphml.job.JobRunner;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Jobs submitted to a real in-process Hadoop cluster (HDFS and YARN; an ApplicationMaster, a
 * Giraph master and two workers in their own containers), with input and output on HDFS, give
 * the embedded engine's models — both from the test's JVM and through {@code hadoop jar} with
 * the shaded job jar.
 */
@Tag("cluster")
class MiniClusterIT {
  private static final String INIT = "5.1,3.5,1.4,0.2\n7,3.2,4.7,1.4\n6.3,3.3,6,2.5\n";

  @TempDir
  static Path tmp;
  static MiniCluster cluster;
  static String iris;
  static String irisInit;
  static Path localInit;

  @BeforeAll
  static void startClusters() throws Exception {
    cluster = new MiniCluster(tmp);
    iris = cluster.upload(Path.of("../datasets/iris.csv"), "/data/iris.csv");
    localInit = Files.writeString(tmp.resolve("init.csv"), INIT);
    irisInit = cluster.upload(localInit, "/data/init.csv");
  }

  @AfterAll
  static void stopClusters() {
    if (cluster != null) {
      cluster.close();
    }
  }

  /** k-means of iris from fixed centroids, run embedded; the reference for cluster runs. */
  private static JsonNode embeddedIrisModel() throws Exception {
    Path out = tmp.resolve("local-iris");
    if (!Files.exists(out)) {
      Configuration local = new Configuration();
      kmeans(local, "../datasets/iris.csv", localInit.toString(), out.toString());
      JobRunner.run(new KMeans(), local);
    }
    return JobOutput.json().readTree(out.resolve("model.json").toFile());
  }

  private static JsonNode hdfsJson(String path) throws IOException {
    try (InputStream in = cluster.hdfs().open(new org.apache.hadoop.fs.Path(path))) {
      return JobOutput.json().readTree(in);
    }
  }

  @Test
  @Timeout(value = 5, unit = TimeUnit.MINUTES)
  void kmeansOnYarnWithHdfsGivesTheEmbeddedModel() throws Exception {
    Configuration onYarn = cluster.conf();
    kmeans(onYarn, iris, irisInit, "hdfs:///out/iris");
    onYarn.set("giraphml.job.engine", "giraph");
    onYarn.set("giraphml.job.workers", "2");
    JobRunner.run(new KMeans(), onYarn);

    assertEquals(embeddedIrisModel().get("centroids"),
        hdfsJson("/out/iris/model.json").get("centroids"));
    assertTrue(cluster.hdfs().exists(new org.apache.hadoop.fs.Path("/out/iris/predictions.csv")));

    // Progress was visible where a cluster user looks: the job's counters.
    JsonNode summary = hdfsJson("/out/iris/summary.json");
    long iterations = -1;
    org.apache.hadoop.mapreduce.Cluster client =
        new org.apache.hadoop.mapreduce.Cluster(cluster.conf());
    for (org.apache.hadoop.mapreduce.JobStatus status : client.getAllJobStatuses()) {
      org.apache.hadoop.mapreduce.Job job = client.getJob(status.getJobID());
      long value = job.getCounters().findCounter("giraph-ml", "iterations").getValue();
      iterations = Math.max(iterations, value);
    }
    assertEquals(summary.get("iterations").asLong(), iterations);
  }

  @Test
  @Timeout(value = 5, unit = TimeUnit.MINUTES)
  void linearRegressionOnYarnGivesTheEmbeddedModel() throws Exception {
    String diabetes = cluster.upload(Path.of("../datasets/diabetes.csv"), "/data/diabetes.csv");
    JsonNode[] models = new JsonNode[2];
    for (int i = 0; i < 2; i++) {
      Configuration conf = i == 0 ? cluster.conf() : new Configuration();
      conf.set("giraphml.input.path", i == 0 ? diabetes : "../datasets/diabetes.csv");
      conf.set("giraphml.input.label-column", "10");
      conf.set("giraphml.linreg.solver", "lbfgs");
      conf.set("giraphml.input.block-bytes", "8192");
      String out = i == 0 ? "hdfs:///out/diabetes" : tmp.resolve("diabetes").toString();
      conf.set("giraphml.output.path", out);
      if (i == 0) {
        conf.set("giraphml.job.engine", "giraph");
        conf.set("giraphml.job.workers", "2");
      }
      JobRunner.run(new LinearRegression(), conf);
      org.apache.hadoop.fs.Path model = new org.apache.hadoop.fs.Path(out, "model.json");
      try (InputStream in = model.getFileSystem(conf).open(model)) {
        models[i] = JobOutput.json().readTree(in);
      }
    }
    assertEquals(models[1].get("weights"), models[0].get("weights"));
    assertEquals(models[1].get("intercept"), models[0].get("intercept"));
  }

  @Test
  @Timeout(value = 6, unit = TimeUnit.MINUTES)
  void hadoopJarSubmitsTheJobJarAndPredictsFromTheSavedModel() throws Exception {
    assertFalse(HadoopJar.hadoopClasspath().contains("giraph-core"),
        "the submitter must get Giraph from the job jar alone");
    Path conf = cluster.writeConf(tmp.resolve("cluster.xml"));
    HadoopJar.Result train = HadoopJar.run(tmp, HadoopJar.clientOpts(), List.of(
        "-conf", conf.toString(), "-D", "mapreduce.map.memory.mb=768",
        "kmeans", "--engine", "giraph", "--workers", "2", "--input", iris,
        "--label-column", "4", "--k", "3", "--init-centroids", irisInit,
        "--output", "hdfs:///out/jar-iris"), 5);
    assertEquals(0, train.exitCode(), train.output());
    assertEquals(embeddedIrisModel().get("centroids"),
        hdfsJson("/out/jar-iris/model.json").get("centroids"));

    // The saved model, read back from HDFS by the same jar, predicts the training clusters.
    HadoopJar.Result predict = HadoopJar.run(tmp, HadoopJar.clientOpts(), List.of(
        "-conf", conf.toString(), "predict", "--model", "hdfs:///out/jar-iris",
        "--input", iris, "--label-column", "4", "--output", "hdfs:///out/jar-iris-predict",
        "--predictions"), 2);
    assertEquals(0, predict.exitCode(), predict.output());
    FileSystem hdfs = cluster.hdfs();
    Path predicted = tmp.resolve("jar-iris-predict.csv");
    hdfs.copyToLocalFile(new org.apache.hadoop.fs.Path("/out/jar-iris-predict/predictions.csv"),
        new org.apache.hadoop.fs.Path(predicted.toString()));
    embeddedIrisModel();
    assertEquals(clusters(tmp.resolve("local-iris/predictions.csv")), clusters(predicted));
  }

  @Test
  @Timeout(value = 2, unit = TimeUnit.MINUTES)
  void hadoopJarWithoutTheJavaFlagsSaysWhichToSet() throws Exception {
    HadoopJar.Result r = HadoopJar.run(tmp, List.of(), List.of("kmeans", "--input", iris,
        "--k", "3", "--output", "hdfs:///out/never"), 1);
    assertEquals(2, r.exitCode(), r.output());
    assertTrue(r.output().contains("export HADOOP_CLIENT_OPTS=\"--add-opens="), r.output());
    assertFalse(cluster.hdfs().exists(new org.apache.hadoop.fs.Path("/out/never")));
  }

  /** The cluster column of a predictions.csv. */
  private static List<String> clusters(Path predictions) throws IOException {
    List<String> lines = Files.readAllLines(predictions);
    int column = List.of(lines.get(0).split(",")).indexOf("cluster");
    assertTrue(column >= 0, "no cluster column in " + lines.get(0));
    return lines.stream().skip(1).map(l -> l.split(",")[column]).toList();
  }

  private static void kmeans(Configuration conf, String input, String init, String output) {
    conf.set("giraphml.input.path", input);
    conf.set("giraphml.input.label-column", "4");
    conf.set("giraphml.kmeans.k", "3");
    conf.set("giraphml.kmeans.init-centroids", init);
    conf.set("giraphml.output.path", output);
    conf.set("giraphml.output.predictions", "true");
  }
}
