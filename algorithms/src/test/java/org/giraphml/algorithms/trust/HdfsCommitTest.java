package org.giraphml.algorithms.trust;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.hdfs.MiniDFSCluster;
import org.giraphml.io.JobFailure;
import org.giraphml.io.OutputDirectory;
import org.giraphml.io.OutputDirectory.NamedPath;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The committer on real HDFS (one in-process NameNode and DataNode, a few seconds), where it
 * renames through {@code FileContext} with {@code Rename.NONE} instead of java.nio: commit,
 * overwrite, a concurrent commit, the overlap check across URI spellings, and reclaiming a
 * dead run's work directory.
 */
class HdfsCommitTest {
  @TempDir
  static java.nio.file.Path base;

  private static MiniDFSCluster dfs;
  private static FileSystem fs;
  private static Configuration conf;

  @BeforeAll
  static void start() throws IOException {
    conf = new Configuration();
    conf.set(MiniDFSCluster.HDFS_MINIDFS_BASEDIR, base.resolve("hdfs").toString());
    dfs = new MiniDFSCluster.Builder(conf).numDataNodes(1).build();
    fs = dfs.getFileSystem();
    conf.set("fs.defaultFS", fs.getUri().toString());
  }

  @AfterAll
  static void stop() {
    if (dfs != null) {
      dfs.shutdown();
    }
  }

  private static OutputDirectory prepare(String out, boolean overwrite, String... inputs)
      throws IOException {
    return OutputDirectory.prepare(conf, new OutputDirectory.Request(
        new NamedPath("--output", out), overwrite, "test",
        Arrays.stream(inputs).map(p -> new NamedPath("--input", p)).toList()));
  }

  private static void write(Path file, String text) {
    try (OutputStream out = fs.create(file, false)) {
      out.write(text.getBytes(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String read(Path file) throws IOException {
    try (InputStream in = fs.open(file)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  private static List<String> names(String dir) throws IOException {
    return Arrays.stream(fs.listStatus(new Path(dir))).map(FileStatus::getPath)
        .map(Path::getName).sorted().toList();
  }

  @Test
  void commitThenOverwriteReplaceTheOutputAndLeaveNothingBeside() throws IOException {
    OutputDirectory first = prepare("/a/out", false);
    write(new Path(first.work(), "model.json"), "first");
    first.commit();
    assertEquals(List.of("_GIRAPHML", "model.json"), names("/a/out"));
    OutputDirectory second = prepare(fs.getUri() + "/a/out", true);
    write(new Path(second.work(), "model.json"), "second");
    second.commit();
    assertEquals("second", read(new Path("/a/out/model.json")));
    assertEquals(List.of("out"), names("/a"));
  }

  @Test
  void concurrentCommitIsNeitherReplacedNorNestedInto() throws Exception {
    OutputDirectory dir = prepare("/b/out", false);
    write(new Path(dir.work(), "model.json"), "ours");
    JobFailure e = assertThrows(JobFailure.class, () -> OutputDirectory.withHookBeforeRename(
        () -> write(new Path("/b/out/model.json"), "theirs"), () -> {
          dir.commit();
          return null;
        }));
    assertTrue(e.getMessage().contains("appeared while the job ran"), e.getMessage());
    assertEquals(List.of("model.json"), names("/b/out"), "nothing nested");
    String kept = e.getMessage().substring(e.getMessage().lastIndexOf(' ') + 1);
    assertEquals("ours", read(new Path(kept, "model.json")));
    assertFalse(dir.abort());
  }

  @Test
  void outputOverTheInputIsRefusedHoweverTheUriIsSpelt() throws IOException {
    write(new Path("/c/data.csv"), "1,2\n");
    JobFailure e = assertThrows(JobFailure.class,
        () -> prepare(fs.getUri() + "/c", true, "/c/data.csv"));
    assertTrue(e.getMessage().contains(" contains --input /c/data.csv"), e.getMessage());
    e = assertThrows(JobFailure.class, () -> prepare("/c/x/../out", true, "hdfs:///c"));
    assertTrue(e.getMessage().contains(" lies inside --input hdfs:///c"), e.getMessage());
    assertEquals(List.of("data.csv"), names("/c"));
  }

  @Test
  void workDirectoryOfADeadRunIsReclaimed() throws Exception {
    Process killed = new ProcessBuilder("true").start();
    killed.waitFor();
    Path stale = new Path("/d/.giraphml-work." + killed.pid() + ".1700000000000.0badc0de."
        + OutputLeftoversTest.ownerHost(base));
    write(new Path(stale, "model.json"), "{}");
    OutputDirectory dir = prepare("/d/out", false);
    assertFalse(fs.exists(stale));
    dir.abort();
    assertEquals(List.of(), names("/d"));
  }
}
