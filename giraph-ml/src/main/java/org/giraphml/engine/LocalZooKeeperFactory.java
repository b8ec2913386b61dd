package org.giraphml.engine;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import org.apache.zookeeper.server.NIOServerCnxnFactory;

/**
 * ZooKeeper's connection factory for the server Giraph starts inside a local job. Giraph 1.3's
 * {@code ZooKeeperManager} asks for its client port on every interface
 * ({@code new InetSocketAddress(port)}) and offers no setting for the address, so an
 * unauthenticated ZooKeeper holding the job's coordination state would be reachable from the
 * network for the whole job. This factory, which ZooKeeper instantiates by name from the
 * {@code zookeeper.serverCnxnFactory} system property, binds such a wildcard request to the one
 * address the job itself connects to instead: the address of this machine's name, as Giraph
 * resolves it (loopback on a machine whose name maps to 127.0.0.1 or 127.0.1.1).
 *
 * <p>Set for local jobs only, by {@link LocalJobSettings}; cluster jobs run ZooKeeper in a
 * container of their own (or use {@code giraph.zkList}).
 */
public final class LocalZooKeeperFactory extends NIOServerCnxnFactory {
  /** System property holding the address to bind a wildcard request to. */
  static final String BIND_PROPERTY = "giraphml.zookeeper.bind-address";

  public LocalZooKeeperFactory() throws IOException {
    super();
  }

  @Override
  public void configure(InetSocketAddress address, int maxClientConnections) throws IOException {
    InetSocketAddress bind = address;
    if (address.getAddress() == null || address.getAddress().isAnyLocalAddress()) {
      String host = System.getProperty(BIND_PROPERTY);
      InetAddress to = host == null ? InetAddress.getLoopbackAddress()
          : InetAddress.getByName(host);
      bind = new InetSocketAddress(to, address.getPort());
    }
    super.configure(bind, maxClientConnections);
  }
}
