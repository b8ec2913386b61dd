package org.giraphml.algorithms.trust;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The TCP sockets this JVM is listening on, from Linux's {@code /proc/net/tcp} and
 * {@code /proc/net/tcp6} (sockets in state LISTEN whose inode is one of this process's file
 * descriptors), so a test can check which addresses a job exposes.
 */
final class ListeningSockets {
  private static final String LISTEN = "0A";

  private ListeningSockets() {
  }

  /** Inode to local address ({@code 127.0.0.1 port 40123}, {@code 0:0:0:0:0:0:0:1 port 80}). */
  static Map<String, String> ofThisProcess() {
    Set<String> mine = new HashSet<>();
    try (Stream<Path> fds = Files.list(Path.of("/proc/self/fd"))) {
      fds.forEach(fd -> {
        try {
          String target = Files.readSymbolicLink(fd).toString();
          if (target.startsWith("socket:[")) {
            mine.add(target.substring(8, target.length() - 1));
          }
        } catch (IOException e) {
          // closed meanwhile
        }
      });
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Map<String, String> listening = new TreeMap<>();
    for (String table : new String[] {"/proc/net/tcp", "/proc/net/tcp6"}) {
      List<String> lines;
      try {
        lines = Files.readAllLines(Path.of(table));
      } catch (IOException e) {
        continue; // no IPv6
      }
      for (String line : lines.subList(1, lines.size())) {
        String[] f = line.trim().split("\\s+");
        if (f[3].equals(LISTEN) && mine.contains(f[9])) {
          listening.put(f[9], address(f[1]));
        }
      }
    }
    return listening;
  }

  /** {@code 0100007F:1F90} to {@code 127.0.0.1 port 8080} (32-bit little-endian words). */
  static String address(String hex) {
    String[] parts = hex.split(":");
    byte[] ip = new byte[parts[0].length() / 2];
    for (int word = 0; word < ip.length; word += 4) {
      for (int i = 0; i < 4; i++) {
        int at = 2 * (word + 3 - i);
        ip[word + i] = (byte) Integer.parseInt(parts[0].substring(at, at + 2), 16);
      }
    }
    try {
      return InetAddress.getByAddress(ip).getHostAddress() + " port "
          + Integer.parseInt(parts[1], 16);
    } catch (UnknownHostException e) {
      throw new IllegalArgumentException(hex, e);
    }
  }

  /** Whether an address from {@link #address} is loopback (IPv4-mapped IPv6 included). */
  static boolean isLoopback(String address) {
    try {
      return InetAddress.getByName(address.substring(0, address.indexOf(' '))).isLoopbackAddress();
    } catch (UnknownHostException e) {
      throw new IllegalArgumentException(address, e);
    }
  }
}
