package org.giraphml.io;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.hadoop.conf.Configuration;
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
    try {
      List<Future<SplitOutput>> futures = new ArrayList<>();
      for (InputPlan.Split split : plan.splits()) {
        futures.add(pool.submit(() -> {
          List<LoadedBlock> blocks = new ArrayList<>();
          SplitReader.Result r = new SplitReader(conf, schema, blockBytes, skip)
              .read(split, (id, block) -> blocks.add(new LoadedBlock(id, block)));
          return new SplitOutput(blocks, r);
        }));
      }
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
    } finally {
      pool.shutdownNow();
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
