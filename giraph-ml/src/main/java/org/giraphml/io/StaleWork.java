package org.giraphml.io;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.hadoop.fs.Path;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;

/**
 * Reclaims what killed runs left beside an output: a work directory whose owner process is
 * gone from this host is deleted; one of another host, or whose owner cannot be judged, and
 * a previous output that a killed commit had moved aside, are reported and left alone.
 * Nothing here can fail a job: a directory that cannot be listed is simply not examined.
 */
final class StaleWork {
  private static final Logger LOG = LogManager.getLogger(StaleWork.class);
  static final String WORK = ".giraphml-work";
  static final String ASIDE = ".giraphml-old";
  static final String KEPT = ".giraphml-results";

  /** What {@link #reclaim} did: directories removed, and lines reported instead. */
  record Outcome(List<Path> removed, List<String> reports) {
  }

  private StaleWork() {
  }

  /** Examines the hidden entries of {@code parent}, the directory that holds the output. */
  static Outcome reclaim(OutputStore store, Path parent, String outputName, WorkOwner self) {
    Outcome outcome = new Outcome(new ArrayList<>(), new ArrayList<>());
    List<String> names;
    try {
      names = store.list(parent);
    } catch (IOException e) {
      return outcome;
    }
    for (String name : names) {
      Path dir = OutputStore.child(parent, name);
      if (name.startsWith(WORK + ".")) {
        examineWork(store, dir, WorkOwner.parse(WORK, name), self, outcome);
      } else if (name.startsWith(ASIDE + ".")) {
        Optional<WorkOwner> owner = WorkOwner.parse(ASIDE, name);
        if (owner.map(o -> o.judgeFrom(self) != WorkOwner.Liveness.RUNNING).orElse(true)) {
          outcome.reports.add(store.show(dir) + " holds an output that a run (process "
              + owner.map(o -> o.pid() + " on " + o.host()).orElse("unknown")
              + ") moved aside to replace it and never finished replacing; it was left for "
              + "you to check: move it back or delete it");
        }
      } else if (name.startsWith("." + outputName + ".giraphml-")) {
        outcome.reports.add(store.show(dir) + " was left by an older giraph-ml run; it was "
            + "left alone: delete it if no job is writing " + outputName);
      }
    }
    outcome.removed.forEach(p -> LOG.info("Removed {}, the work directory of a run that no "
        + "longer exists", store.show(p)));
    outcome.reports.forEach(LOG::warn);
    return outcome;
  }

  private static void examineWork(OutputStore store, Path dir, Optional<WorkOwner> owner,
      WorkOwner self, Outcome outcome) {
    WorkOwner.Liveness liveness = owner.map(o -> o.judgeFrom(self))
        .orElse(WorkOwner.Liveness.UNKNOWN);
    if (liveness == WorkOwner.Liveness.GONE) {
      try {
        store.deleteTree(dir);
        outcome.removed.add(dir);
      } catch (IOException e) {
        outcome.reports.add("Cannot remove " + store.show(dir) + ", left by a run that no "
            + "longer exists: " + OutputRules.reason(e));
      }
    } else if (liveness == WorkOwner.Liveness.UNKNOWN) {
      outcome.reports.add(store.show(dir) + " is the work directory of "
          + owner.map(o -> "process " + o.pid() + " on host " + o.host())
              .orElse("a run this one cannot identify")
          + ", which this run cannot check; it was left alone: delete it if no job there is "
          + "still running");
    }
  }
}
