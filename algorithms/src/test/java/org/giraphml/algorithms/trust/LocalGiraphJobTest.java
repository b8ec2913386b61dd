package org.giraphml.algorithms.trust;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.BindException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.giraphml.testing.Cli;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A local {@code --engine giraph} job: it does not need Giraph's fixed ports (so jobs do not
 * collide), opens no port beyond loopback, and leaves nothing under Hadoop's temp directory.
 */
class LocalGiraphJobTest {
  /** Giraph 1.3's default ZooKeeper port. */
  private static final int GIRAPH_ZOOKEEPER_PORT = 22181;

  @TempDir
  Path tmp;
  Path data;

  @BeforeEach
  void input() throws IOException {
    data = Files.writeString(tmp.resolve("d.csv"), "0,0\n0,1\n1,0\n9,9\n9,8\n8,9\n");
  }

  /**
   * Runs k-means with Hadoop's temp directory, and its staging root (which otherwise defaults to
   * /tmp/hadoop/mapred/staging, outside hadoop.tmp.dir), in {@code hadoopTmp}.
   */
  private Cli kmeans(Path out, Path hadoopTmp) throws Exception {
    return Cli.run("-D", "hadoop.tmp.dir=" + hadoopTmp, "-D",
        "mapreduce.jobtracker.staging.root.dir=" + hadoopTmp.resolve("staging"), "kmeans",
        "--input", data.toString(), "--k", "2", "--output", out.toString(), "--engine",
        "giraph", "--workers", "1");
  }

  @Test
  void aJobSucceedsWhileGiraphsDefaultZooKeeperPortIsTaken() throws Exception {
    ServerSocket holder = null;
    try {
      holder = new ServerSocket();
      holder.bind(new InetSocketAddress(GIRAPH_ZOOKEEPER_PORT));
    } catch (BindException e) {
      holder.close(); // already taken by another process: the condition holds anyway
      holder = null;
    }
    try {
      Cli cli = kmeans(tmp.resolve("out"), Files.createDirectory(tmp.resolve("hadoop")));
      assertEquals(0, cli.exit, cli.err);
      assertEquals(2, Cli.json(tmp.resolve("out").resolve("model.json")).get("k").asInt());
    } finally {
      if (holder != null) {
        holder.close();
      }
    }
  }

  @Test
  void aLocalJobListensOnLoopbackOnlyAndLeavesNothingInHadoopsTempDir() throws Exception {
    Path hadoopTmp = Files.createDirectory(tmp.resolve("hadoop"));
    Set<String> before = ListeningSockets.ofThisProcess().keySet();
    Map<String, String> seen = new java.util.concurrent.ConcurrentHashMap<>();
    Thread poll = new Thread(() -> {
      while (!Thread.currentThread().isInterrupted()) {
        ListeningSockets.ofThisProcess().forEach((inode, address) -> {
          if (!before.contains(inode)) {
            seen.put(inode, address);
          }
        });
        try {
          Thread.sleep(20);
        } catch (InterruptedException e) {
          return;
        }
      }
    });
    poll.start();
    Cli cli;
    try {
      cli = kmeans(tmp.resolve("out"), hadoopTmp);
    } finally {
      poll.interrupt();
      poll.join();
    }
    assertEquals(0, cli.exit, cli.err);
    assertFalse(seen.isEmpty(), "the job's ZooKeeper and Netty ports were not seen listening");
    Set<String> exposed = new TreeSet<>();
    seen.values().stream().filter(a -> !ListeningSockets.isLoopback(a)).forEach(exposed::add);
    assertTrue(exposed.isEmpty(), "listening beyond loopback: " + exposed + " of " + seen);
    try (var left = Files.list(hadoopTmp)) {
      assertEquals(java.util.List.of(), left.toList(), "left under hadoop.tmp.dir");
    }
    try (var left = Files.list(tmp)) {
      assertEquals(Set.of("d.csv", "hadoop", "out"),
          left.map(p -> p.getFileName().toString()).collect(java.util.stream.Collectors.toSet()));
    }
  }

  /**
   * Hadoop fixes its counter limit once per JVM, from the first configuration it sees; block-app
   * adds counters as pieces run, so with the default 120 a local job died at about 45
   * supersteps. A fresh JVM, as the command line is, and without the test resources (their
   * mapred-site.xml, for the mini cluster, raises the limit for every job): 60 L-BFGS
   * iterations on separable rows (which never converge) run well past that.
   */
  @Test
  void aLocalGiraphJobOfHundredsOfSuperstepsIsNotEndedByHadoopsCounterLimit() throws Exception {
    Path rows = Files.writeString(tmp.resolve("separable.csv"),
        "1,0\n2,0\n3,0\n4,1\n5,1\n6,1\n");
    Path out = tmp.resolve("long");
    String classPath = java.util.Arrays.stream(System.getProperty("java.class.path")
        .split(java.io.File.pathSeparator)).filter(e -> !e.endsWith("test-classes"))
        .collect(java.util.stream.Collectors.joining(java.io.File.pathSeparator));
    java.util.List<String> command = new java.util.ArrayList<>(java.util.List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString()));
    command.addAll(org.giraphml.engine.JvmOptions.all());
    command.addAll(java.util.List.of("-cp", classPath, "org.giraphml.job.Main", "logreg",
        "--engine", "giraph", "--input", rows.toString(), "--label-column", "1",
        "--max-iterations", "60", "--tolerance", "0", "--output", out.toString()));
    Path err = tmp.resolve("child.err");
    Process child = new ProcessBuilder(command).redirectErrorStream(true)
        .redirectOutput(err.toFile()).start();
    assertTrue(child.waitFor(120, java.util.concurrent.TimeUnit.SECONDS), "child still running");
    String printed = Files.readString(err);
    assertEquals(0, child.exitValue(), printed);
    assertFalse(printed.contains("Too many counters"), printed);
    var summary = Cli.json(out.resolve("summary.json"));
    assertEquals(60, summary.get("iterations").asInt(), summary.toString());
    assertEquals("max-iterations", summary.get("stop_reason").asText());
  }

  @Test
  void procNetAddressesAreReadSoThatAWildcardListenerCounts() {
    assertEquals("127.0.0.1 port 8080", ListeningSockets.address("0100007F:1F90"));
    assertEquals("0.0.0.0 port 22181", ListeningSockets.address("00000000:56A5"));
    assertEquals("0:0:0:0:0:0:0:1 port 80",
        ListeningSockets.address("00000000000000000000000001000000:0050"));
    assertEquals("0:0:0:0:0:0:0:0 port 80",
        ListeningSockets.address("00000000000000000000000000000000:0050"));
    assertTrue(ListeningSockets.isLoopback("127.0.0.1 port 8080"));
    assertTrue(ListeningSockets.isLoopback("0:0:0:0:0:0:0:1 port 80"));
    assertTrue(ListeningSockets.isLoopback(
        ListeningSockets.address("0000000000000000FFFF00000100007F:0050")));
    assertFalse(ListeningSockets.isLoopback("0.0.0.0 port 22181"));
    assertFalse(ListeningSockets.isLoopback("0:0:0:0:0:0:0:0 port 80"));
    assertFalse(ListeningSockets.isLoopback("192.0.2.2 port 30000"));
  }
}
