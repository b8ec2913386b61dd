package org.giraphml.engine;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import org.apache.giraph.conf.GiraphConfiguration;
import org.apache.giraph.conf.GiraphConstants;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.LocalFileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;

/**
 * What a Giraph job under Hadoop's local job runner needs so that it neither collides with
 * another job on the machine, nor listens where the network can reach it, nor leaves files
 * behind:
 * <ul>
 * <li>ZooKeeper binds a port the system picks (port 0) instead of Giraph's fixed 22181, so two
 *     jobs at once do not fight over it. (Netty already moves on to the next port when
 *     {@code giraph.ipcInitialPort} is taken; port 0 does not work for it in Giraph 1.3, whose
 *     workers then announce port 0 to the master.)</li>
 * <li>ZooKeeper binds the address the job connects to, not every interface
 *     ({@link LocalZooKeeperFactory}); Netty already binds that address;</li>
 * <li>the local runner's directories (its staging area, by default under
 *     {@code /tmp/hadoop/mapred/staging}, and {@code localRunner/<user>/<job>} under
 *     {@code hadoop.tmp.dir}, by default {@code /tmp/hadoop-<user>}) live in the job's scratch
 *     directory and go with it; the runner left both behind after every job.</li>
 * </ul>
 */
final class LocalJobSettings {
  private static final Logger LOG = LogManager.getLogger(LocalJobSettings.class);
  private static final String FACTORY_PROPERTY = "zookeeper.serverCnxnFactory";

  private LocalJobSettings() {
  }

  /** Applies the settings; {@code scratch} is the job's private scratch directory. */
  static void apply(GiraphConfiguration conf, Path scratch) {
    GiraphConstants.ZOOKEEPER_SERVER_PORT.setIfUnset(conf, 0);
    bindZooKeeper(conf);
    try {
      FileSystem fs = scratch.getFileSystem(conf);
      if (fs instanceof LocalFileSystem) {
        // The local runner writes through java.io.File: a plain path, on this machine.
        String local = new Path(scratch, "hadoop").toUri().getPath();
        conf.set("hadoop.tmp.dir", local);
        conf.set("mapreduce.jobtracker.staging.root.dir", local + "/staging");
        conf.set("mapreduce.cluster.local.dir", local + "/local");
      } else {
        LOG.warn("The work directory {} is not on the local file system: Hadoop's local job "
            + "runner keeps its files under {}", scratch, conf.get("hadoop.tmp.dir"));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void bindZooKeeper(GiraphConfiguration conf) {
    if (!GiraphConstants.ZOOKEEPER_LIST.get(conf).isEmpty()) {
      return; // an external quorum: Giraph starts no server
    }
    String host;
    InetAddress address;
    try {
      host = conf.getLocalHostname();
      address = InetAddress.getByName(host);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot resolve this machine's name", e);
    }
    if (!address.isLoopbackAddress()) {
      LOG.warn("This machine's name {} resolves to {}, not a loopback address: the local Giraph "
          + "job's ZooKeeper and Netty ports listen there, where the network can reach them. "
          + "Map the name to 127.0.0.1 in /etc/hosts to keep them on this machine", host,
          address.getHostAddress());
    }
    // JVM-wide: ZooKeeper reads these when Giraph starts its server in this JVM.
    System.setProperty(LocalZooKeeperFactory.BIND_PROPERTY, address.getHostAddress());
    if (System.getProperty(FACTORY_PROPERTY) == null) {
      System.setProperty(FACTORY_PROPERTY, LocalZooKeeperFactory.class.getName());
    }
  }
}
