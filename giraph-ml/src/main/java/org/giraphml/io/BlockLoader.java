package org.giraphml.io;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.hadoop.conf.Configuration;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import org.giraphml.graph.DataBlock;

/**
 * Reads every split of a plan into blocks on a pool of threads: the embedded engine's loader.
 * (On a cluster, Giraph's input splits do the same work through {@code BlockInputFormat},
 * with the same {@link SplitReader}, so both produce identical blocks.)
 */
public final class BlockLoader {
  /** A block with its data vertex index. */
  public static final class LoadedBlock {
    private final long id;
    private final DataBlock block;

    LoadedBlock(long id, DataBlock block) {
      this.id = id;
      this.block = block;
    }

    public long id() {
      return id;
    }

    public DataBlock block() {
      return block;
    }
  }

  /** All blocks plus what was read and skipped. */
  public static final class Loaded {
    private final List<LoadedBlock> blocks;
    private final LoadStats stats;

    Loaded(List<LoadedBlock> blocks, LoadStats stats) {
      this.blocks = blocks;
      this.stats = stats;
    }

    public List<LoadedBlock> blocks() {
      return blocks;
    }

    public LoadStats stats() {
      return stats;
    }
  }

  /** How long a failed load waits for its other loader threads to stop (one block each). */
  private static final long STOP_WAIT_SECONDS = 60;
  private static final Logger LOG = LogManager.getLogger(BlockLoader.class);

  private record SplitOutput(List<LoadedBlock> blocks, SplitReader.Result result) {
  }

  private BlockLoader() {
  }

  /**
   * Reads every split of {@code plan}.
   *
   * @throws InputException for a bad row (without skip-invalid), or if no row was read
   */
  public static Loaded load(Configuration conf, InputPlan plan, Schema schema, int threads)
      throws IOException {
    int blockBytes = InputOptions.BLOCK_BYTES.get(conf);
    boolean skip = InputOptions.SKIP_INVALID.get(conf);
    ExecutorService pool = Executors.newFixedThreadPool(
        Math.max(1, Math.min(threads, plan.splits().size())), r -> {
          Thread t = new Thread(r, "giraphml-load");
          t.setDaemon(true);
          return t;
        });
    AtomicBoolean stop = new AtomicBoolean();
    try {
      List<Future<SplitOutput>> futures = new ArrayList<>();
      for (InputPlan.Split split : plan.splits()) {
        futures.add(pool.submit(() -> {
          List<LoadedBlock> blocks = new ArrayList<>();
          SplitReader.Result r = new SplitReader(conf, schema, blockBytes, skip)
              .read(split, (id, block) -> {
                if (stop.get()) {
                  throw new CancellationException("another split failed");
                }
                blocks.add(new LoadedBlock(id, block));
              });
          return new SplitOutput(blocks, r);
        }));
      }
      return collect(plan, futures);
    } catch (IOException | RuntimeException | Error e) {
      // The other splits' readers would go on filling the heap (an OutOfMemoryError in one
      // split is usually followed by the next split's) while the caller cleans up and reports:
      // stop them at their next block and wait until no loader thread holds any.
      stop.set(true);
      throw e;
    } finally {
      // Whether the load worked or not, it returns only once its threads have ended, so no
      // loader thread outlives the load that started it.
      pool.shutdownNow();
      awaitLoaders(pool);
    }
  }

  private static Loaded collect(InputPlan plan, List<Future<SplitOutput>> futures)
      throws IOException {
    List<LoadedBlock> all = new ArrayList<>();
    LoadStats stats = new LoadStats();
    for (Future<SplitOutput> f : futures) {
      SplitOutput out = get(f);
      all.addAll(out.blocks());
      stats.add(out.result());
    }
    stats.requireRows(plan);
    all.sort(Comparator.comparingLong(LoadedBlock::id));
    return new Loaded(all, stats);
  }

  private static void awaitLoaders(ExecutorService pool) {
    try {
      if (!pool.awaitTermination(STOP_WAIT_SECONDS, TimeUnit.SECONDS)) {
        LOG.warn("Input loader threads still running {} s after the load ended",
            STOP_WAIT_SECONDS);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static <T> T get(Future<T> f) throws IOException {
    try {
      return f.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("Interrupted while loading input", e);
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof RuntimeException) {
        throw (RuntimeException) cause;
      }
      if (cause instanceof IOException) {
        throw (IOException) cause;
      }
      throw new IOException(cause);
    }
  }
}
