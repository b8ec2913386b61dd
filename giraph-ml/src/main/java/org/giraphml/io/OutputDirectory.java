package org.giraphml.io;

import java.io.IOException;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;

/**
 * All-or-nothing output. {@link #prepare} checks the output path before the job starts (see
 * {@link OutputRules}) and creates a private work directory beside it, named for its owner
 * process ({@link WorkOwner}); the job writes there. {@link #commit} writes the
 * {@code _GIRAPHML} marker and renames the work directory into place with a rename that
 * fails rather than replace or nest into a directory another run committed meanwhile; with
 * {@code --overwrite} the old output is moved aside first and put back if the rename fails.
 * {@link #abort} removes the work directory and the parent directories prepare created,
 * and never touches a committed output.
 */
public final class OutputDirectory {
  /** Bounds the clean-up of a failed job: at most this many deletes, this far apart. */
  private static final int ABORT_ATTEMPTS = 20;
  private static final long ABORT_SETTLE_MILLIS = 50;
  /** The file the master writes in the work directory when it fails the job, so the client
   * can show why. */
  public static final String FAILURE_FILE = "_FAILURE";

  private static final Logger LOG = LogManager.getLogger(OutputDirectory.class);
  private static final ThreadLocal<Runnable> BEFORE_RENAME = new ThreadLocal<>();

  /** A path as the user gave it, with the option that gave it ({@code --input}). */
  public record NamedPath(String option, String path) {
  }

  /** What to prepare: the output, whether it may replace one, and every path the job reads. */
  public record Request(NamedPath output, boolean overwrite, String algorithm,
      List<NamedPath> inputs) {
  }

  private enum State { WORKING, COMMITTED, KEPT, ABORTED }

  private final OutputStore store;
  private final Path output;
  private final Path work;
  private final Request request;
  private final WorkOwner owner;
  private final List<Path> createdParents;
  private State state = State.WORKING;

  private OutputDirectory(OutputStore store, Path output, Path work, Request request,
      WorkOwner owner, List<Path> createdParents) {
    this.store = store;
    this.output = output;
    this.work = work;
    this.request = request;
    this.owner = owner;
    this.createdParents = createdParents;
  }

  /**
   * Checks the output path and creates the private work directory beside it.
   *
   * @throws JobFailure with a one-line reason if the output cannot or must not be written
   */
  public static OutputDirectory prepare(Configuration conf, Request request)
      throws IOException {
    Checked checked = checked(conf, request);
    NamedPath given = request.output();
    OutputStore store = checked.store();
    Path output = checked.output();
    Path parent = checked.parent();
    WorkOwner owner = WorkOwner.current();
    StaleWork.reclaim(store, parent, output.getName(), owner);
    List<Path> created;
    try {
      created = store.mkdirs(parent);
    } catch (IOException e) {
      throw new JobFailure(given.option() + " " + given.path() + ": cannot create "
          + store.show(parent) + ": " + OutputRules.reason(e));
    }
    Path work = new Path(parent, owner.newName(StaleWork.WORK));
    OutputDirectory dir = new OutputDirectory(store, output, work, request, owner, created);
    try {
      store.mkdirPrivate(work);
    } catch (IOException e) {
      dir.abort();
      throw new JobFailure(given.option() + " " + given.path() + ": cannot write in "
          + store.show(parent) + ": " + OutputRules.reason(e));
    }
    try {
      store.probe(OutputStore.child(work, output.getName()));
    } catch (IOException e) {
      dir.abort();
      throw new JobFailure(given.option() + " " + given.path() + ": " + store.show(parent)
          + " cannot hold a directory named " + output.getName() + ": "
          + OutputRules.reason(e));
    }
    return dir;
  }

  /**
   * Makes every check {@link #prepare} makes, creating and removing nothing: a job runs it
   * before reading its input, so that a refusal for the output comes first and a refusal for
   * the input (which needs its schema) comes before anything is created beside the output.
   *
   * @throws JobFailure with a one-line reason if the output cannot or must not be written
   */
  public static void check(Configuration conf, Request request) throws IOException {
    checked(conf, request);
  }

  private record Checked(OutputStore store, Path output, Path parent) {
  }

  private static Checked checked(Configuration conf, Request request) throws IOException {
    NamedPath given = request.output();
    Path raw = OutputRules.parse(given);
    FileSystem fs;
    try {
      fs = raw.getFileSystem(conf);
    } catch (IOException e) {
      throw new JobFailure(given.option() + " " + given.path() + ": " + OutputRules.reason(e));
    }
    Path output = fs.makeQualified(raw);
    OutputRules.checkEncodable(given, fs, output);
    OutputStore store = OutputStore.of(conf, fs);
    Path parent = output.getParent();
    if (parent == null) {
      throw new JobFailure(given.option() + " " + given.path() + " is the root directory");
    }
    OutputRules.refuseOverlap(conf, given, output, store, request.inputs());
    OutputRules.checkExisting(given, output, store, request.overwrite());
    for (Path p = parent; p != null; p = p.getParent()) {
      if (store.exists(p) && !store.isDirectory(p)) {
        throw new JobFailure(given.option() + " " + given.path() + ": " + store.show(p)
            + " is a file, not a directory");
      }
    }
    return new Checked(store, output, parent);
  }

  public Path work() {
    return work;
  }

  public Path output() {
    return output;
  }

  /**
   * Runs {@code body} with {@code hook} called on this thread just before each commit
   * rename: a seam for tests that make a concurrent run commit at the worst moment.
   */
  public static <T> T withHookBeforeRename(Runnable hook, Callable<T> body) throws Exception {
    BEFORE_RENAME.set(hook);
    try {
      return body.call();
    } finally {
      BEFORE_RENAME.remove();
    }
  }

  /**
   * Moves the finished work directory into place.
   *
   * @throws JobFailure if the output cannot be placed; its message says where every
   *     directory involved (the results, a previous output) now is
   */
  public synchronized void commit() throws IOException {
    if (state != State.WORKING) {
      throw new IllegalStateException("commit after " + state);
    }
    store.deleteTree(new Path(work, FAILURE_FILE));
    store.write(new Path(work, OutputMarker.NAME),
        OutputMarker.text(request.algorithm(), OutputRules.tree(work, store)));
    store.publish(work);
    if (request.overwrite() && store.exists(output)) {
      replace();
    } else {
      place("Output directory " + store.show(output) + " appeared while the job ran "
          + "(another run?) and was left as it is");
    }
  }

  private void place(String conflict) throws IOException {
    beforeRename();
    try {
      store.renameNoReplace(work, output);
      state = State.COMMITTED;
    } catch (IOException e) {
      throw new JobFailure((OutputStore.isAlreadyExists(e) ? conflict
          : "Cannot move the results to " + store.show(output) + ": " + OutputRules.reason(e))
          + "; " + keep());
    }
  }

  private void replace() throws IOException {
    try {
      OutputRules.checkExisting(request.output(), output, store, true);
    } catch (JobFailure e) {
      throw new JobFailure(e.getMessage() + " (it changed while the job ran); " + keep());
    }
    Path aside = new Path(output.getParent(), owner.newName(StaleWork.ASIDE));
    beforeRename();
    try {
      store.renameNoReplace(output, aside);
    } catch (java.io.FileNotFoundException | java.nio.file.NoSuchFileException e) {
      place("Output directory " + store.show(output) + " was replaced by another run "
          + "while this one committed, and was left as it is");
      return;
    } catch (IOException e) {
      throw new JobFailure("Cannot move the previous " + store.show(output) + " aside: "
          + OutputRules.reason(e) + "; it is unchanged, and " + keep());
    }
    beforeRename();
    try {
      store.renameNoReplace(work, output);
      state = State.COMMITTED;
    } catch (IOException e) {
      String why = OutputStore.isAlreadyExists(e) ? "another run wrote it meanwhile"
          : OutputRules.reason(e);
      try {
        store.renameNoReplace(aside, output);
      } catch (IOException again) {
        throw new JobFailure("Cannot move the results to " + store.show(output) + " (" + why
            + "); the previous output is in " + store.show(aside) + ", and " + keep());
      }
      throw new JobFailure("Cannot move the results to " + store.show(output) + " (" + why
          + "); the previous output is back in place, and " + keep());
    }
    try {
      store.deleteTree(aside);
    } catch (IOException e) {
      LOG.warn("Cannot delete the previous output, moved aside to {}: {}", store.show(aside),
          OutputRules.reason(e));
    }
  }

  /** Keeps the results of a job that could not be placed; returns where, in words. */
  private String keep() {
    state = State.KEPT;
    Path kept = new Path(output.getParent(), owner.newName(StaleWork.KEPT));
    try {
      store.renameNoReplace(work, kept);
    } catch (IOException e) {
      kept = work;
    }
    try {
      if (!store.exists(kept)) {
        return "this run's results are lost: its work directory " + store.show(work)
            + " disappeared";
      }
    } catch (IOException e) {
      // say where they should be
    }
    return "this run's results are in " + store.show(kept);
  }

  private static void beforeRename() {
    Runnable hook = BEFORE_RENAME.get();
    if (hook != null) {
      hook.run();
    }
  }

  /** The reason a failed job recorded in the work directory, if any. */
  public Optional<String> failureMessage() {
    return store.read(new Path(work, FAILURE_FILE))
        .flatMap(text -> text.lines().findFirst());
  }

  /**
   * Removes the work directory. When Giraph ends a failed local job with {@code System.exit},
   * this runs in a shutdown hook while the job's task threads still write into the directory
   * (its {@code _giraph} scratch, a failure record): a single delete can then fail on a
   * directory that filled again, or be undone a moment later. So delete until the directory
   * is gone and stays gone for a short while, within a bounded time.
   */
  private void removeWork() {
    IOException last = null;
    for (int attempt = 0; attempt < ABORT_ATTEMPTS; attempt++) {
      try {
        store.deleteTree(work);
        last = null;
      } catch (IOException e) {
        last = e;
      }
      try {
        Thread.sleep(ABORT_SETTLE_MILLIS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        break;
      }
      try {
        if (last == null && !store.exists(work)) {
          return;
        }
      } catch (IOException e) {
        last = e;
      }
    }
    LOG.warn("Cannot remove the work directory {}{}; the next run beside it removes it",
        store.show(work), last == null ? "" : ": " + OutputRules.reason(last));
  }

  /**
   * Deletes the work directory and the parents {@link #prepare} created, if they are empty,
   * unless the output was committed or the results kept. Waits for a commit in progress.
   *
   * @return whether an unfinished job was discarded
   */
  public synchronized boolean abort() {
    if (state != State.WORKING) {
      return false;
    }
    state = State.ABORTED;
    removeWork();
    for (int i = createdParents.size() - 1; i >= 0; i--) {
      if (!store.deleteIfEmpty(createdParents.get(i))) {
        break;
      }
    }
    return true;
  }
}
