package org.giraphml.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StaleWorkTest {
  @TempDir
  Path tmp;

  private final WorkOwner self = WorkOwner.current();

  /** The id of a process that has ended. */
  private static long deadPid() throws Exception {
    Process p = new ProcessBuilder("true").start();
    p.waitFor();
    return p.pid();
  }

  private Path dir(String prefix, WorkOwner owner) throws Exception {
    Path d = Files.createDirectory(tmp.resolve(owner.newName(prefix)));
    Files.writeString(d.resolve("model.json"), "{}");
    return d;
  }

  private StaleWork.Outcome reclaim() {
    return StaleWork.reclaim(new LocalOutputStore(), new org.apache.hadoop.fs.Path(tmp.toUri()),
        "out", self);
  }

  @Test
  void workDirectoryOfADeadProcessOnThisHostIsRemoved() throws Exception {
    Path stale = dir(StaleWork.WORK, new WorkOwner(deadPid(), self.startMillis(), self.host()));
    StaleWork.Outcome outcome = reclaim();
    assertTrue(Files.notExists(stale));
    assertEquals(1, outcome.removed().size());
    assertEquals(List.of(), outcome.reports());
  }

  @Test
  void workDirectoryOfAReusedProcessIdIsRemoved() throws Exception {
    long anHourEarlier = self.startMillis() - 3_600_000;
    Path stale = dir(StaleWork.WORK, new WorkOwner(self.pid(), anHourEarlier, self.host()));
    reclaim();
    assertTrue(Files.notExists(stale));
  }

  @Test
  void workDirectoryOfARunningProcessIsLeftAloneSilently() throws Exception {
    Path live = dir(StaleWork.WORK, self);
    StaleWork.Outcome outcome = reclaim();
    assertTrue(Files.exists(live.resolve("model.json")));
    assertEquals(List.of(), outcome.removed());
    assertEquals(List.of(), outcome.reports());
  }

  @Test
  void workDirectoryOfAnotherHostIsReportedNotDeleted() throws Exception {
    Path remote = dir(StaleWork.WORK, new WorkOwner(deadPid(), 1, "elsewhere.example"));
    StaleWork.Outcome outcome = reclaim();
    assertTrue(Files.exists(remote.resolve("model.json")));
    assertEquals(1, outcome.reports().size());
    assertTrue(outcome.reports().get(0).contains("on host elsewhere.example, which this run "
        + "cannot check; it was left alone"), outcome.reports().get(0));
  }

  @Test
  void previousOutputMovedAsideByAKilledCommitIsReportedNotDeleted() throws Exception {
    Path aside = dir(StaleWork.ASIDE, new WorkOwner(deadPid(), 1, self.host()));
    StaleWork.Outcome outcome = reclaim();
    assertTrue(Files.exists(aside.resolve("model.json")));
    assertTrue(outcome.reports().get(0).contains("holds an output that a run"),
        outcome.reports().get(0));
  }

  @Test
  void olderWorkDirectoryNamedAfterTheOutputIsReportedNotDeleted() throws Exception {
    Path old = Files.createDirectory(tmp.resolve(".out.giraphml-1234-abcd"));
    StaleWork.Outcome outcome = reclaim();
    assertTrue(Files.exists(old));
    assertTrue(outcome.reports().get(0).contains("was left by an older giraph-ml run"),
        outcome.reports().get(0));
  }

  @Test
  void ownerRoundTripsThroughTheDirectoryName() {
    WorkOwner owner = new WorkOwner(4711, 1764505200123L, "node-7.cluster.example");
    assertEquals(owner, WorkOwner.parse(StaleWork.WORK, owner.newName(StaleWork.WORK))
        .orElseThrow());
    assertTrue(WorkOwner.parse(StaleWork.WORK, ".giraphml-work.x.y.z.h").isEmpty());
  }
}
