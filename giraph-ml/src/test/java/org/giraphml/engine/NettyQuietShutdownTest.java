package org.giraphml.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.netty.channel.DefaultEventLoopGroup;
import io.netty.util.concurrent.EventExecutor;
import io.netty.util.concurrent.SingleThreadEventExecutor;
import java.lang.reflect.Field;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class NettyQuietShutdownTest {
  private static long quietPeriod(EventExecutor loop) throws Exception {
    Field f = SingleThreadEventExecutor.class.getDeclaredField("gracefulShutdownQuietPeriod");
    f.setAccessible(true);
    return f.getLong(loop);
  }

  @Test
  void loopAskedToShutDownGracefullyHasItsQuietPeriodEndedAndStillTerminates() throws Exception {
    DefaultEventLoopGroup group = new DefaultEventLoopGroup(2);
    EventExecutor first = group.next();
    // Start the loops' threads (Netty starts them on the first task).
    for (EventExecutor loop : group) {
      loop.submit(() -> { }).get(30, TimeUnit.SECONDS);
    }
    try (NettyQuietShutdown watch = NettyQuietShutdown.start()) {
      group.shutdownGracefully(); // Netty's default: a 2 s quiet period
      assertTrue(group.terminationFuture().await(60, TimeUnit.SECONDS), "loops did not end");
    }
    assertTrue(group.isTerminated());
    for (EventExecutor loop : group) {
      assertEquals(0, quietPeriod(loop), "quiet period of " + loop);
    }
    assertTrue(first.isTerminated());
  }

  @Test
  void loopThatIsNotShuttingDownIsLeftAlone() throws Exception {
    DefaultEventLoopGroup group = new DefaultEventLoopGroup(1);
    EventExecutor loop = group.next();
    loop.submit(() -> { }).get(30, TimeUnit.SECONDS);
    try (NettyQuietShutdown watch = NettyQuietShutdown.start()) {
      // Tasks keep running on a loop nobody asked to stop, while the watcher looks at it.
      for (int i = 0; i < 20; i++) {
        assertEquals(i, loop.submit(() -> 0).get(30, TimeUnit.SECONDS) + i);
        Thread.sleep(5);
      }
      assertTrue(!loop.isShuttingDown());
    } finally {
      group.shutdownGracefully(0, 10, TimeUnit.SECONDS).await(60, TimeUnit.SECONDS);
    }
  }
}
