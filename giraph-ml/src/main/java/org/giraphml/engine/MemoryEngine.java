package org.giraphml.engine;

import java.io.IOException;
import org.apache.giraph.block_app.framework.BlockUtils;
import org.apache.giraph.block_app.framework.api.local.LocalBlockRunner;
import org.apache.giraph.conf.GiraphConfiguration;
import org.apache.giraph.utils.TestGraph;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.io.NullWritable;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import org.giraphml.api.JobOutput;
import org.giraphml.api.MlAlgorithm;
import org.giraphml.api.Progress;
import org.giraphml.graph.NodeId;
import org.giraphml.graph.NodeValue;
import org.giraphml.io.BlockLoader;
import org.giraphml.io.InputPlan;
import org.giraphml.io.LoadStats;

/**
 * The embedded engine: loads the blocks on a thread pool, then runs the algorithm's block on
 * Giraph block-app's {@link LocalBlockRunner}, which executes the same pieces, Giraph message
 * stores, combiners and reducers as a cluster job, with worker threads instead of worker tasks
 * and no ZooKeeper, Netty or task start-up.
 */
public final class MemoryEngine implements Engine {
  private static final Logger LOG = LogManager.getLogger(MemoryEngine.class);

  /** Use {@link Engine#of}. */
  MemoryEngine() {
  }

  /**
   * Loads the input on {@code job.workers()} threads, runs the block on as many, and writes
   * the predictions straight from the vertices in memory.
   */
  @Override
  public LoadStats run(EngineJob job) throws IOException {
    long t0 = System.nanoTime();
    GiraphConfiguration conf = job.conf();
    InputPlan plan = job.plan();
    BlockLoader.Loaded loaded = BlockLoader.load(conf, plan, job.schema(), job.workers());
    loaded.stats().setSeconds((System.nanoTime() - t0) / 1e9);
    LOG.info("Loaded {} rows in {} blocks from {} file(s) in {} s{}", loaded.stats().rows(),
        loaded.blocks().size(), plan.files().size(), seconds(t0),
        loaded.stats().skipped() > 0 ? " (" + loaded.stats().skipped() + " invalid rows skipped)"
            : "");
    Progress.loaded(conf, loaded.stats().rows(), loaded.stats().seconds());
    configure(job.algorithm(), conf, job.workers());
    TestGraph<NodeId, NodeValue, NullWritable> graph = new TestGraph<>(conf);
    for (BlockLoader.LoadedBlock b : loaded.blocks()) {
      graph.addVertex(NodeId.data(b.id()), NodeValue.of(b.block()));
    }
    Predictions predictions = job.predictions().map(Predictions::new).orElse(null);
    runGraph(graph, predictions);
    if (predictions != null) {
      predictions.write(conf, new Path(JobOutput.WORK_DIR.get(conf)),
          loaded.stats().skippedKeys());
    }
    return loaded.stats();
  }

  /** Sets the block factory and the in-memory runner's threading on {@code conf}. */
  public static void configure(Class<? extends MlAlgorithm> algorithm, GiraphConfiguration conf,
      int threads) {
    BlockUtils.setAndInitBlockFactoryClass(conf, algorithm);
    LocalBlockRunner.NUM_THREADS.set(conf, threads);
    // Enough partitions for the threads to share the work evenly.
    LocalBlockRunner.NUM_PARTITIONS.set(conf, Math.max(4, threads * 4));
    // Giraph's serialisation self-checks cost a copy of every message; tests turn them on.
    LocalBlockRunner.RUN_ALL_CHECKS.setIfUnset(conf, false);
  }

  /** Runs the configured algorithm on a prepared graph. */
  public static void runGraph(TestGraph<NodeId, NodeValue, NullWritable> graph,
      Predictions predictions) {
    try {
      LocalBlockRunner.runAppWithVertexOutput(graph, vertex -> {
        if (predictions != null) {
          predictions.add(vertex);
        }
      });
    } catch (RuntimeException e) {
      throw Failures.unwrap(e);
    }
  }

  static String seconds(long t0) {
    return String.format(java.util.Locale.ROOT, "%.3f", (System.nanoTime() - t0) / 1e9);
  }
}
