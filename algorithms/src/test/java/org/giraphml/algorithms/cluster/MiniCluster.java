package org.giraphml.algorithms.cluster;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.hdfs.MiniDFSCluster;
import org.apache.hadoop.mapreduce.v2.MiniMRYarnCluster;
import org.apache.hadoop.yarn.conf.YarnConfiguration;

/**
 * Hadoop's own in-process HDFS (one DataNode) and YARN (one NodeManager) clusters, sized for an
 * ApplicationMaster, a Giraph master and two Giraph workers on a 2-core machine.
 */
final class MiniCluster implements AutoCloseable {
  private final MiniDFSCluster dfs;
  private final MiniMRYarnCluster yarn;
  private final Configuration client;

  MiniCluster(Path dir) throws IOException {
    Configuration conf = new Configuration();
    conf.set(MiniDFSCluster.HDFS_MINIDFS_BASEDIR, dir.resolve("hdfs").toString());
    dfs = new MiniDFSCluster.Builder(conf).numDataNodes(1).build();
    conf.set("fs.defaultFS", dfs.getFileSystem().getUri().toString());
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
    client = new Configuration(yarn.getConfig());
    client.set("fs.defaultFS", dfs.getFileSystem().getUri().toString());
  }

  /** A client configuration for this cluster (a copy: callers may change it). */
  Configuration conf() {
    return new Configuration(client);
  }

  /** The client configuration as a file, for {@code -conf} on a command line. */
  Path writeConf(Path file) throws IOException {
    try (OutputStream out = Files.newOutputStream(file)) {
      client.writeXml(out);
    }
    return file;
  }

  FileSystem hdfs() throws IOException {
    return dfs.getFileSystem();
  }

  /** Copies a local file to HDFS and returns its fully qualified path. */
  String upload(Path local, String hdfsPath) throws IOException {
    org.apache.hadoop.fs.Path target = new org.apache.hadoop.fs.Path(hdfsPath);
    hdfs().copyFromLocalFile(new org.apache.hadoop.fs.Path(local.toAbsolutePath().toString()),
        target);
    return hdfs().makeQualified(target).toString();
  }

  @Override
  public void close() {
    yarn.stop();
    dfs.shutdown();
  }
}
