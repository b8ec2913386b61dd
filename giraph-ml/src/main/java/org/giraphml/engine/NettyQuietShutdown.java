package org.giraphml.engine;

import io.netty.util.concurrent.SingleThreadEventExecutor;
import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;

/**
 * Ends the quiet period of Giraph's Netty event loops once Giraph has asked them to shut down,
 * for a Giraph job run in this JVM (Hadoop's local job runner).
 *
 * <p>Giraph stops its Netty client and server with {@code shutdownGracefully()}, whose quiet
 * period is Netty's default of 2 s: the loop waits until nothing was submitted for 2 s before
 * it ends, and Giraph waits for it, client and server one after the other, on the worker and
 * on the master. That was 6 of the 9 s an iris job took. In a local job nothing arrives in
 * those seconds (every peer is this JVM, already past its last superstep), so this watcher
 * sets the quiet period of each loop that is shutting down to zero, which is what
 * {@code shutdownGracefully(0, timeout, unit)} would have asked for: tasks already queued
 * still run, and the loop still closes its channels and releases its ports before it ends.
 * Loops that are not shutting down are never touched.
 *
 * <p>Giraph's loops are reached through their threads: Netty starts each loop thread with a
 * runnable that holds the loop. That needs {@code java.lang} opened to this code
 * ({@code --add-opens java.base/java.lang=ALL-UNNAMED}, in conf/jvm.options); without it, or
 * with a Netty whose fields differ, the watcher logs once at debug level and does nothing,
 * and the job only takes the old time.
 */
final class NettyQuietShutdown implements AutoCloseable {
  private static final Logger LOG = LogManager.getLogger(NettyQuietShutdown.class);
  /** How often the threads are looked at; a loop re-checks its quiet period every 100 ms. */
  private static final long PERIOD_MILLIS = 20;

  private final Thread watcher;
  private volatile boolean stopped;

  private NettyQuietShutdown(Field target, Field quietPeriod) {
    watcher = new Thread(() -> watch(target, quietPeriod), "giraph-ml-netty-quiet-shutdown");
    watcher.setDaemon(true);
    watcher.start();
  }

  /** Starts watching; a no-op watcher if this JVM's Netty or access rules do not allow it. */
  static NettyQuietShutdown start() {
    try {
      Field target = Thread.class.getDeclaredField("target");
      target.setAccessible(true);
      Field quiet = SingleThreadEventExecutor.class.getDeclaredField("gracefulShutdownQuietPeriod");
      quiet.setAccessible(true);
      return new NettyQuietShutdown(target, quiet);
    } catch (ReflectiveOperationException | RuntimeException e) {
      LOG.debug("Netty event loops keep their 2 s shutdown quiet period: {}", e.toString());
      return new NettyQuietShutdown();
    }
  }

  private NettyQuietShutdown() {
    watcher = null;
  }

  private void watch(Field target, Field quietPeriod) {
    try {
      while (!stopped) {
        for (SingleThreadEventExecutor loop : shuttingDownLoops(target)) {
          quietPeriod.setLong(loop, 0);
        }
        TimeUnit.MILLISECONDS.sleep(PERIOD_MILLIS);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (ReflectiveOperationException | RuntimeException e) {
      LOG.debug("Stopped shortening Netty's shutdown quiet period: {}", e.toString());
    }
  }

  /** The event loops, among this JVM's threads, that have been asked to shut down. */
  private static List<SingleThreadEventExecutor> shuttingDownLoops(Field target)
      throws IllegalAccessException {
    ThreadGroup root = Thread.currentThread().getThreadGroup();
    while (root.getParent() != null) {
      root = root.getParent();
    }
    Thread[] threads = new Thread[root.activeCount() + 16];
    int count = root.enumerate(threads, true);
    List<SingleThreadEventExecutor> loops = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      addLoop(target.get(threads[i]), 0, loops);
    }
    return loops;
  }

  /**
   * Adds the loop a Netty thread runnable holds, if it is shutting down. Netty wraps the loop's
   * task ({@code ThreadExecutorMap}) and, with its own thread factory, wraps that again
   * ({@code FastThreadLocalRunnable}): look two wrappers deep.
   */
  private static void addLoop(Object runnable, int depth, List<SingleThreadEventExecutor> loops)
      throws IllegalAccessException {
    if (runnable == null || depth > 2 || !runnable.getClass().getName().contains("netty")) {
      return;
    }
    for (Field f : runnable.getClass().getDeclaredFields()) {
      if (java.lang.reflect.Modifier.isStatic(f.getModifiers()) || f.getType().isPrimitive()) {
        continue;
      }
      f.setAccessible(true);
      Object value = f.get(runnable);
      if (value instanceof SingleThreadEventExecutor) {
        if (((SingleThreadEventExecutor) value).isShuttingDown()) {
          loops.add((SingleThreadEventExecutor) value);
        }
      } else if (value instanceof Runnable) {
        addLoop(value, depth + 1, loops);
      }
    }
  }

  /** Stops watching (the loops of a finished job have ended by then). */
  @Override
  public void close() {
    stopped = true;
    if (watcher != null) {
      watcher.interrupt();
      try {
        watcher.join(1000);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }
}
