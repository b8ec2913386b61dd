package org.giraphml.algorithms.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
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
import org.giraphml.io.JobFailure;
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
  /**
   * Before which superstep the injected crashes happen: mid-training. k-means of iris from
   * {@link #INIT} runs supersteps 0 (describe), 1 (read the initial centroids), 2-5 (four Lloyd
   * iterations, one superstep each) and 6 (final assignment).
   */
  private static final int CRASH_SUPERSTEP = 5;

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
    Configuration onYarn = irisOnYarn("hdfs:///out/iris");
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
        onYarn(conf);
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

  @Test
  @Timeout(value = 8, unit = TimeUnit.MINUTES)
  void workerLostMidTrainingRestartsFromTheCheckpointWithTheSameResult() throws Exception {
    Path trace = tmp.resolve("recovery-trace.txt");
    Configuration conf = crashingWorker("hdfs:///out/recovered", 1, trace);
    JobRunner.run(new KMeans(), conf);

    assertTrue(failedAttempts(latestJob()) >= 1, "the injected crash did not happen");
    // The retried worker resumed from a checkpoint (every 2 supersteps, so 4), not from input.
    long resumedAt = Files.readAllLines(trace).stream().map(l -> l.split(" "))
        .filter(f -> f[0].equals(String.valueOf(WorkerCrash.TASK)) && !f[1].equals("0"))
        .mapToLong(f -> Long.parseLong(f[2])).min().orElse(-1);
    assertEquals(4, resumedAt, Files.readString(trace));
    JsonNode expected = embeddedIrisModel();
    assertEquals(expected.get("centroids"), hdfsJson("/out/recovered/model.json").get("centroids"));
    JsonNode local = JobOutput.json().readTree(tmp.resolve("local-iris/summary.json").toFile());
    JsonNode recovered = hdfsJson("/out/recovered/summary.json");
    assertEquals(local.get("iterations"), recovered.get("iterations"));
    assertEquals(local.get("objective_history"), recovered.get("objective_history"));
    // Every row predicted exactly once, as in the run without a failure.
    Path predictions = tmp.resolve("recovered-predictions.csv");
    cluster.hdfs().copyToLocalFile(new org.apache.hadoop.fs.Path(
        "/out/recovered/predictions.csv"), new org.apache.hadoop.fs.Path(predictions.toString()));
    assertEquals(Files.readAllLines(tmp.resolve("local-iris/predictions.csv")),
        Files.readAllLines(predictions));
  }

  @Test
  @Timeout(value = 5, unit = TimeUnit.MINUTES)
  void workerThatKeepsDyingFailsTheJobWithHadoopsDiagnosticsAndNoOutput() throws Exception {
    Configuration conf = crashingWorker("hdfs:///out/lost", Integer.MAX_VALUE,
        tmp.resolve("lost-trace.txt"));
    conf.setInt("mapreduce.map.maxattempts", 2);
    JobFailure failure = assertThrows(JobFailure.class, () -> JobRunner.run(new KMeans(), conf));
    assertTrue(failure.getMessage().matches("The Giraph job failed: task task_\\S+_m_000001 "
        + "failed \\d+ times? \\(last: container exit code -?\\d+\\).* Container logs: yarn "
        + "logs -applicationId application_\\d+_\\d+"), failure.getMessage());
    FileSystem hdfs = cluster.hdfs();
    assertFalse(hdfs.exists(new org.apache.hadoop.fs.Path("/out/lost")));
    for (org.apache.hadoop.fs.FileStatus f : hdfs.listStatus(new org.apache.hadoop.fs.Path("/out"))) {
      assertFalse(f.getPath().getName().startsWith(".giraphml-work."),
          "work directory left: " + f.getPath());
    }
  }

  @Test
  @Timeout(value = 5, unit = TimeUnit.MINUTES)
  void unreachableZooKeeperFailsTheJobInsteadOfHanging() throws Exception {
    int closedPort;
    try (java.net.ServerSocket socket = new java.net.ServerSocket(0)) {
      closedPort = socket.getLocalPort();
    }
    Configuration conf = irisOnYarn("hdfs:///out/no-zookeeper");
    conf.set("giraph.zkList", "127.0.0.1:" + closedPort);
    conf.setInt("giraph.zkSessionMsecTimeout", 10_000);
    // Bounded by giraph.waitZookeeperTimeoutMsec (3 sessions: 30 s here) per task attempt.
    JobFailure failure = assertThrows(JobFailure.class, () -> JobRunner.run(new KMeans(), conf));
    assertTrue(failure.getMessage().matches("The Giraph job failed: task \\S+ failed 1 time "
        + "\\(last: Error: java.lang.IllegalStateException: [^)]*Timeout waiting\\)\\. Hadoop: .*"),
        failure.getMessage());
    assertFalse(cluster.hdfs().exists(new org.apache.hadoop.fs.Path("/out/no-zookeeper")));
  }

  @Test
  @Timeout(value = 6, unit = TimeUnit.MINUTES)
  void lostMasterEitherRecoversWithTheSameModelOrIsEndedByTheStallWatchdog() throws Exception {
    // With checkpoints Hadoop retries the master's task, with the ZooKeeper Giraph runs inside
    // it. Giraph 1.3 then sometimes restarts from the checkpoint and sometimes leaves the
    // workers waiting forever for the next superstep (both seen here). Either way the job
    // must neither hang nor give a different model.
    Configuration conf = irisOnYarn("hdfs:///out/no-master");
    conf.setInt("giraph.checkpointFrequency", 2);
    conf.setInt("giraph.zkSessionMsecTimeout", 10_000);
    conf.setInt("giraphml.job.stall-minutes", 1);
    MasterCrash.install(conf, CRASH_SUPERSTEP);
    try {
      JobRunner.run(new KMeans(), conf);
      assertEquals(embeddedIrisModel().get("centroids"),
          hdfsJson("/out/no-master/model.json").get("centroids"));
    } catch (JobFailure failure) {
      assertTrue(failure.getMessage().matches("No superstep finished in 1 min \\(stuck at "
          + "superstep \\d+; .*so the job was killed.*yarn logs -applicationId application_.*"),
          failure.getMessage());
      assertFalse(cluster.hdfs().exists(new org.apache.hadoop.fs.Path("/out/no-master")));
    }
    assertTrue(failedAttempts(latestJob()) >= 1, "the injected master crash did not happen");
  }

  /** The most recently submitted job on the cluster. */
  private static org.apache.hadoop.mapreduce.Job latestJob() throws Exception {
    org.apache.hadoop.mapreduce.Cluster client =
        new org.apache.hadoop.mapreduce.Cluster(cluster.conf());
    org.apache.hadoop.mapreduce.JobStatus latest = null;
    for (org.apache.hadoop.mapreduce.JobStatus status : client.getAllJobStatuses()) {
      if (latest == null || status.getJobID().compareTo(latest.getJobID()) > 0) {
        latest = status;
      }
    }
    return client.getJob(latest.getJobID());
  }

  private static long failedAttempts(org.apache.hadoop.mapreduce.Job job) throws Exception {
    long failed = 0;
    for (org.apache.hadoop.mapreduce.TaskCompletionEvent event
        : job.getTaskCompletionEvents(0, 1000)) {
      if (event.getStatus() == org.apache.hadoop.mapreduce.TaskCompletionEvent.Status.FAILED) {
        failed++;
      }
    }
    return failed;
  }

  /** The cluster column of a predictions.csv. */
  private static List<String> clusters(Path predictions) throws IOException {
    List<String> lines = Files.readAllLines(predictions);
    int column = List.of(lines.get(0).split(",")).indexOf("cluster");
    assertTrue(column >= 0, "no cluster column in " + lines.get(0));
    return lines.stream().skip(1).map(l -> l.split(",")[column]).toList();
  }

  /** k-means of iris on HDFS from the fixed centroids, on YARN: a Giraph master, two workers. */
  private static Configuration irisOnYarn(String output) {
    Configuration conf = cluster.conf();
    kmeans(conf, iris, irisInit, output);
    onYarn(conf);
    return conf;
  }

  /**
   * {@link #irisOnYarn} with checkpoints every 2 supersteps, 10 s ZooKeeper sessions (how soon
   * a dead worker is noticed) and map task 1's worker crashing before superstep 5 in its first
   * {@code attempts} attempts.
   */
  private static Configuration crashingWorker(String output, int attempts, Path trace) {
    Configuration conf = irisOnYarn(output);
    conf.setInt("giraph.checkpointFrequency", 2);
    conf.setInt("giraph.zkSessionMsecTimeout", 10_000);
    WorkerCrash.install(conf, CRASH_SUPERSTEP, attempts, trace);
    return conf;
  }

  private static void onYarn(Configuration conf) {
    conf.set("giraphml.job.engine", "giraph");
    conf.set("giraphml.job.workers", "2");
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
