package org.giraphml.engine;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.lang.reflect.Field;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import org.apache.giraph.block_app.framework.BlockUtils;
import org.apache.giraph.conf.GiraphConfiguration;
import org.apache.giraph.conf.GiraphConstants;
import org.apache.giraph.graph.GraphTaskManager;
import org.apache.giraph.job.GiraphJob;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.mapreduce.counters.Limits;
import org.apache.hadoop.security.UserGroupInformation;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import org.giraphml.api.JobOutput;
import org.giraphml.api.MlAlgorithm;
import org.giraphml.conf.InvalidOptionException;
import org.giraphml.io.JobFailure;
import org.giraphml.io.LoadStats;
import org.giraphml.io.OutputDirectory;

/**
 * Runs the algorithm as a full Giraph job: Giraph reads the input splits through
 * {@link BlockInputFormat}, starts ZooKeeper, Netty, master and worker, runs the same block of
 * pieces as the embedded engine and writes predictions through
 * {@link PredictionOutputFormat}. {@code --workers} is the number of Giraph workers on a
 * cluster; under Hadoop's local job runner (no cluster configured), which runs one Giraph
 * worker, it is that worker's compute and input threads.
 */
public final class GiraphEngine implements Engine {
  private static final Logger LOG = LogManager.getLogger(GiraphEngine.class);
  /** Giraph's ZooKeeper and checkpoint directories, inside the work directory. */
  private static final String SCRATCH = "_giraph";
  /** Hadoop's limit on the counters of one job. */
  static final String COUNTERS_MAX = "mapreduce.job.counters.max";
  /** Counters a long job needs: block-app adds timer counters as pieces run (about 2.5 per
   *  k-means iteration), so Hadoop's default of 120 ends a job at about 45 supersteps. */
  static final int MIN_COUNTERS = 2000;

  /** Use {@link Engine#of}. */
  GiraphEngine() {
  }

  /**
   * Runs the job through Giraph's job client. The workers read the input splits themselves
   * (the driver's plan is not shipped), write their predictions in parallel, and the driver
   * streams those into {@code predictions.csv}.
   */
  @Override
  public LoadStats run(EngineJob job) throws IOException {
    long t0 = System.nanoTime();
    GiraphConfiguration conf = job.conf();
    configure(job.algorithm(), conf, job.workers(), job.predictions().isPresent());
    boolean ok;
    // In a local job, Giraph's Netty loops need not wait out their 2 s quiet periods.
    try (NettyQuietShutdown quiet = isLocal(conf) ? NettyQuietShutdown.start() : null) {
      GiraphJob giraphJob = new GiraphJob(conf,
          "giraph-ml " + conf.get(BlockUtils.BLOCK_FACTORY_CLASS.getKey()));
      ok = giraphJob.run(false);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("Interrupted while the Giraph job ran", e);
    } catch (ClassNotFoundException e) {
      throw new IOException(e);
    }
    Path work = new Path(JobOutput.WORK_DIR.get(conf));
    FileSystem fs = work.getFileSystem(conf);
    fs.delete(new Path(work, SCRATCH), true);
    if (!ok) {
      Path failure = new Path(work, OutputDirectory.FAILURE_FILE);
      if (fs.exists(failure)) {
        try (BufferedReader in = new BufferedReader(new InputStreamReader(fs.open(failure),
            StandardCharsets.UTF_8))) {
          String recorded = in.readLine();
          // Empty when its writer ran out of heap between creating and writing it.
          if (recorded != null && !recorded.isBlank()) {
            throwRecorded(conf, recorded);
          }
        }
      }
      throw new JobFailure("The Giraph job failed; its log above says why");
    }
    LoadStats stats = SplitStats.readAll(conf);
    if (job.predictions().isPresent()) {
      mergePredictions(conf, fs, work, job.predictions().get(), stats.skippedKeys());
    }
    LOG.info("Giraph job finished in {} s", MemoryEngine.seconds(t0));
    return stats;
  }

  /**
   * Streams the workers' part files into {@code predictions.csv} in input order, one line in
   * memory at a time, then removes them. A job without data rows (every block empty) has no
   * parts and gets a file with just the header.
   */
  private static void mergePredictions(Configuration conf, FileSystem fs, Path work,
      PredictionSink sink, long[] skippedKeys) throws IOException {
    Path parts = new Path(work, PredictionParts.DIR);
    if (!fs.exists(parts)) {
      sink.write(conf, work, Collections.emptyIterator(), skippedKeys);
      return;
    }
    try (PredictionParts.Rows rows = PredictionParts.rows(fs, parts)) {
      sink.write(conf, work, rows, skippedKeys);
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
    fs.delete(parts, true);
  }

  /**
   * Throws the recorded reason of a failed job. A task that ran out of heap recorded the error
   * itself: in a local job that was this JVM's heap, so the error is thrown again for the
   * command line's out-of-memory message; on a cluster it was a container's.
   */
  private static void throwRecorded(Configuration conf, String recorded) {
    String oom = OutOfMemoryError.class.getName();
    if (recorded == null || !recorded.startsWith(oom)) {
      throw new JobFailure(recorded);
    }
    String what = recorded.substring(oom.length()).replaceFirst("^: ", "");
    if (isLocal(conf)) {
      throw new OutOfMemoryError(what);
    }
    throw new JobFailure("A Giraph task ran out of memory (" + what + "). Give the workers "
        + "more: -D mapreduce.map.memory.mb=... with -D mapreduce.map.java.opts=-Xmx... at "
        + "about 80% of it, or spread the rows over more of them with --workers");
  }

  /**
   * Makes the job's counter limit the one Hadoop enforces. Hadoop reads its counter limits
   * ({@link Limits}) once per JVM, from the first configuration it sees, and the local job
   * runner never shows it the job's: without this the limit stays mapred-default.xml's 120
   * whatever the job says. On YARN each task JVM reads the job's configuration itself.
   * If an earlier job in this JVM fixed a lower limit, it is raised in place (Limits has no
   * reset).
   */
  static void raiseCounterLimit(Configuration conf) {
    Limits.init(conf);
    int wanted = conf.getInt(COUNTERS_MAX, MIN_COUNTERS);
    if (Limits.getCountersMax() >= wanted) {
      return;
    }
    try {
      Field max = Limits.class.getDeclaredField("COUNTERS_MAX");
      max.setAccessible(true);
      synchronized (Limits.class) {
        max.setInt(null, wanted);
      }
    } catch (ReflectiveOperationException | RuntimeException e) {
      LOG.warn("Hadoop's counter limit in this JVM stays {} (cannot raise it to {}: {}); a long "
          + "local job may fail with 'Too many counters'", Limits.getCountersMax(), wanted,
          e.toString());
    }
  }

  /** Whether jobs run in Hadoop's local job runner (no cluster configured). */
  static boolean isLocal(Configuration conf) {
    return "local".equals(conf.get("mapreduce.framework.name", "local"));
  }

  /** Refuses Giraph's channel authentication, and an unauthenticated job on a secure cluster. */
  @Override
  public void check(Configuration conf) {
    checkSecurity(conf, UserGroupInformation.isSecurityEnabled());
  }

  /**
   * Giraph 1.3's SASL authentication of its Netty channels ({@code giraph.authenticate}) cannot
   * work: workers authenticate, the master's client never does (NettyMasterClient has no
   * handshake), so workers refuse the master's requests and the job hangs (seen on the mini
   * cluster). Refuse it before launch. On a Kerberos cluster, where users expect every channel
   * authenticated, Giraph's worker ports are not: run only when the submitter says so with an
   * explicit {@code giraph.authenticate=false}.
   */
  public static void checkSecurity(Configuration conf, boolean secureCluster) {
    String key = GiraphConstants.AUTHENTICATE.getKey();
    if (GiraphConstants.AUTHENTICATE.get(conf)) {
      throw new InvalidOptionException(key + "=true cannot work with Giraph 1.3: its master never "
          + "authenticates, so the workers refuse its requests and the job hangs. Remove it; "
          + "README 'Security' says what protects a giraph job instead");
    }
    if (secureCluster && conf.get(key) == null) {
      throw new InvalidOptionException("Hadoop security is on, but Giraph 1.3 cannot "
          + "authenticate its Netty channels: the workers' ports would accept requests from "
          + "anyone who can reach them. On a network only the cluster can reach, accept that "
          + "with -D " + key + "=false; otherwise use --engine memory");
    }
  }

  /** The Giraph settings of a giraph-ml job; tuned for short supersteps. */
  static void configure(Class<? extends MlAlgorithm> algorithm, GiraphConfiguration conf,
      int workers, boolean predictions) {
    BlockUtils.setAndInitBlockFactoryClass(conf, algorithm);
    conf.setVertexInputFormatClass(BlockInputFormat.class);
    if (predictions) {
      conf.setVertexOutputFormatClass(PredictionOutputFormat.class);
    }
    GraphTaskManager.CHECKER_IF_WORKER_SHOULD_FAIL_AFTER_EXCEPTION_CLASS.set(conf,
        FailureRecorder.class);
    GiraphConstants.JOB_OBSERVER_CLASS.set(conf, JobDiagnostics.class);
    boolean local = isLocal(conf);
    if (local) {
      // Hadoop 3 no longer sets this, and Giraph reads it to recognise the local job runner.
      conf.set("mapred.job.tracker", "local");
      conf.setWorkerConfiguration(1, 1, 100f);
      GiraphConstants.SPLIT_MASTER_WORKER.set(conf, false);
      GiraphConstants.LOCAL_TEST_MODE.set(conf, true);
      conf.setNumComputeThreads(workers);
      GiraphConstants.NUM_INPUT_THREADS.set(conf, workers);
      LocalJobSettings.apply(conf, new Path(JobOutput.WORK_DIR.get(conf), SCRATCH));
    } else {
      conf.setWorkerConfiguration(workers, workers, 100f);
      // Giraph's Kryo and Netty need the same opened packages in every container JVM.
      String opens = JvmOptions.line();
      for (String key : new String[] {"mapreduce.map.java.opts",
          "yarn.app.mapreduce.am.command-opts"}) {
        String current = conf.get(key, "");
        if (!current.contains("--add-opens")) {
          conf.set(key, (current + " " + opens).trim());
        }
      }
    }
    // Giraph's own ZooKeeper grants sessions of 10 to 15 minutes whatever its clients ask for,
    // so a worker whose machine dies keeps its health node, and stalls the superstep, for 10
    // minutes. Grant the session timeout Giraph's clients ask for (giraph.zkSessionMsecTimeout,
    // 1 minute by default): a lost worker is then noticed within it, and the job restarts from
    // its last checkpoint or fails.
    int session = GiraphConstants.ZOOKEEPER_SESSION_TIMEOUT.get(conf);
    GiraphConstants.ZOOKEEPER_MIN_SESSION_TIMEOUT.setIfUnset(conf, session);
    GiraphConstants.ZOOKEEPER_MAX_SESSION_TIMEOUT.setIfUnset(conf,
        Math.max(session, GiraphConstants.ZOOKEEPER_MAX_SESSION_TIMEOUT.get(conf)));
    // Giraph waits this long for ZooKeeper to answer (connecting, or a restarted worker waiting
    // for the master to notice its predecessor is gone) before failing the task: 15 minutes by
    // default, per task attempt. Three session timeouts cover both; an unreachable ZooKeeper
    // then fails the job in minutes instead of an hour of retried attempts.
    GiraphConstants.WAIT_ZOOKEEPER_TIMEOUT_MSEC.setIfUnset(conf, 3L * session);
    // ZooKeeper and checkpoints live inside the job's private (0700) work directory.
    Path scratch = new Path(JobOutput.WORK_DIR.get(conf), SCRATCH);
    conf.setIfUnset(GiraphConstants.ZOOKEEPER_DIR, new Path(scratch, "zk").toUri().getPath());
    GiraphConstants.ZOOKEEPER_MANAGER_DIRECTORY.setIfUnset(conf,
        new Path(scratch, "zkManager").toString());
    GiraphConstants.CHECKPOINT_DIRECTORY.setIfUnset(conf,
        new Path(scratch, "checkpoints").toString());
    // With superstep counters on, a 100-superstep job exceeds Hadoop's 120-counter limit.
    GiraphConstants.USE_SUPERSTEP_COUNTERS.setIfUnset(conf, false);
    // Block-app adds timer counters per piece on the master; a long job passes 120 anyway.
    // (mapred-default.xml defines both keys, so "if unset" would never apply: compare values.)
    if (conf.getInt(COUNTERS_MAX, 120) < MIN_COUNTERS) {
      conf.setInt(COUNTERS_MAX, MIN_COUNTERS);
    }
    raiseCounterLimit(conf);
    GiraphConstants.NETTY_SERVER_USE_EXECUTION_HANDLER.setIfUnset(conf, false);
    GiraphConstants.NETTY_CLIENT_USE_EXECUTION_HANDLER.setIfUnset(conf, false);
    GiraphConstants.LOG_LEVEL.setIfUnset(conf, "warn");
    if (conf.getInt("mapreduce.client.progressmonitor.pollinterval", 1000) > 100) {
      conf.setInt("mapreduce.client.progressmonitor.pollinterval", 100);
    }
    if (System.getProperty("zookeeper.forceSync") == null) {
      System.setProperty("zookeeper.forceSync", "no");
    }
    // ZooKeeper's server registers log4j's loggers as MBeans, which logs a DEBUG line through
    // the root logger whatever its level; nothing reads those MBeans.
    if (System.getProperty("zookeeper.jmx.log4j.disable") == null) {
      System.setProperty("zookeeper.jmx.log4j.disable", "true");
    }
  }
}
