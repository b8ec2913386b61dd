package org.giraphml.algorithms.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.File;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.hdfs.MiniDFSCluster;
import org.apache.hadoop.mapreduce.v2.MiniMRYarnCluster;
import org.apache.hadoop.yarn.conf.YarnConfiguration;
import org.giraphml.algorithms.kmeans.KMeans;
import org.giraphml.api.JobOutput;
import org.giraphml.job.JobRunner;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The same k-means job submitted to a real in-process Hadoop cluster (HDFS and YARN, a Giraph
 * master and two workers in their own containers), with its input and output on HDFS, gives the
 * embedded engine's model.
 */
@Tag("cluster")
class MiniClusterTest {
  @TempDir
  static Path tmp;
  static MiniDFSCluster dfs;
  static MiniMRYarnCluster yarn;
  static Configuration cluster;

  @BeforeAll
  static void startClusters() throws Exception {
    Configuration conf = new Configuration();
    conf.set(MiniDFSCluster.HDFS_MINIDFS_BASEDIR, tmp.resolve("hdfs").toString());
    dfs = new MiniDFSCluster.Builder(conf).numDataNodes(1).build();
    conf.set("fs.defaultFS", dfs.getFileSystem().getUri().toString());
    // One NodeManager sized for an AM, a Giraph master and two workers on a 2-core machine.
    conf.setInt(YarnConfiguration.NM_PMEM_MB, 4096);
    conf.setInt(YarnConfiguration.NM_VCORES, 8);
    conf.setInt(YarnConfiguration.RM_SCHEDULER_MINIMUM_ALLOCATION_MB, 128);
    conf.setBoolean(YarnConfiguration.NM_PMEM_CHECK_ENABLED, false);
    conf.setBoolean(YarnConfiguration.NM_VMEM_CHECK_ENABLED, false);
    conf.setInt("yarn.app.mapreduce.am.resource.mb", 512);
    conf.set("yarn.app.mapreduce.am.command-opts", "-Xmx384m");
    conf.setInt("mapreduce.map.memory.mb", 768);
    conf.set("mapreduce.map.java.opts", "-Xmx512m");
    yarn = new MiniMRYarnCluster("giraphml", 1);
    yarn.init(conf);
    yarn.start();
    cluster = new Configuration(yarn.getConfig());
    cluster.set("fs.defaultFS", dfs.getFileSystem().getUri().toString());
  }

  @AfterAll
  static void stopClusters() {
    if (yarn != null) {
      yarn.stop();
    }
    if (dfs != null) {
      dfs.shutdown();
    }
  }

  @Test
  @Timeout(value = 5, unit = TimeUnit.MINUTES)
  void kmeansOnYarnWithHdfsGivesTheEmbeddedModel() throws Exception {
    FileSystem hdfs = dfs.getFileSystem();
    org.apache.hadoop.fs.Path input = new org.apache.hadoop.fs.Path("/data/iris.csv");
    hdfs.copyFromLocalFile(new org.apache.hadoop.fs.Path(
        new File("../datasets/iris.csv").getAbsolutePath()), input);
    Path init = Files.writeString(tmp.resolve("init.csv"), "5.1,3.5,1.4,0.2\n7,3.2,4.7,1.4\n"
        + "6.3,3.3,6,2.5\n");
    org.apache.hadoop.fs.Path hdfsInit = new org.apache.hadoop.fs.Path("/data/init.csv");
    hdfs.copyFromLocalFile(new org.apache.hadoop.fs.Path(init.toString()), hdfsInit);

    Configuration onYarn = new Configuration(cluster);
    set(onYarn, hdfs.makeQualified(input).toString(), hdfs.makeQualified(hdfsInit).toString(),
        "hdfs:///out/iris");
    onYarn.set("giraphml.job.engine", "giraph");
    onYarn.set("giraphml.job.workers", "2");
    JobRunner.run(new KMeans(), onYarn);

    Configuration local = new Configuration();
    set(local, "../datasets/iris.csv", init.toString(), tmp.resolve("local").toString());
    JobRunner.run(new KMeans(), local);

    JsonNode fromYarn;
    try (InputStream in = hdfs.open(new org.apache.hadoop.fs.Path("/out/iris/model.json"))) {
      fromYarn = JobOutput.json().readTree(in);
    }
    JsonNode fromLocal = JobOutput.json().readTree(tmp.resolve("local/model.json").toFile());
    assertEquals(fromLocal.get("centroids"), fromYarn.get("centroids"));
    assertTrue(hdfs.exists(new org.apache.hadoop.fs.Path("/out/iris/predictions.csv")));

    // Progress was visible where a cluster user looks: the job's counters.
    JsonNode summary = JobOutput.json().readTree(tmp.resolve("local/summary.json").toFile());
    long iterations = -1;
    org.apache.hadoop.mapreduce.Cluster client = new org.apache.hadoop.mapreduce.Cluster(cluster);
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
    FileSystem hdfs = dfs.getFileSystem();
    org.apache.hadoop.fs.Path input = new org.apache.hadoop.fs.Path("/data/diabetes.csv");
    hdfs.copyFromLocalFile(new org.apache.hadoop.fs.Path(
        new File("../datasets/diabetes.csv").getAbsolutePath()), input);
    JsonNode[] models = new JsonNode[2];
    for (int i = 0; i < 2; i++) {
      Configuration conf = i == 0 ? new Configuration(cluster) : new Configuration();
      conf.set("giraphml.input.path", i == 0 ? hdfs.makeQualified(input).toString()
          : "../datasets/diabetes.csv");
      conf.set("giraphml.input.label-column", "10");
      conf.set("giraphml.linreg.solver", "lbfgs");
      conf.set("giraphml.input.block-bytes", "8192");
      String out = i == 0 ? "hdfs:///out/diabetes" : tmp.resolve("diabetes").toString();
      conf.set("giraphml.output.path", out);
      if (i == 0) {
        conf.set("giraphml.job.engine", "giraph");
        conf.set("giraphml.job.workers", "2");
      }
      JobRunner.run(new org.giraphml.algorithms.regression.LinearRegression(), conf);
      org.apache.hadoop.fs.Path model = new org.apache.hadoop.fs.Path(out, "model.json");
      try (InputStream in = model.getFileSystem(conf).open(model)) {
        models[i] = JobOutput.json().readTree(in);
      }
    }
    assertEquals(models[1].get("weights"), models[0].get("weights"));
    assertEquals(models[1].get("intercept"), models[0].get("intercept"));
  }

  private static void set(Configuration conf, String input, String init, String output) {
    conf.set("giraphml.input.path", input);
    conf.set("giraphml.input.label-column", "4");
    conf.set("giraphml.kmeans.k", "3");
    conf.set("giraphml.kmeans.init-centroids", init);
    conf.set("giraphml.output.path", output);
    conf.set("giraphml.output.predictions", "true");
  }
}
