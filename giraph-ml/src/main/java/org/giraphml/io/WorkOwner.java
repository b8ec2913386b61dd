package org.giraphml.io;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The owner record of a hidden directory a job keeps beside its output (its work directory,
 * or the previous output moved aside while committing): host, process id and process start
 * time, written into the directory's name so that it exists as soon as the directory does.
 * A later run on the same host can then tell a directory of a dead process (killed with
 * SIGKILL, say) from one of a job still running, even after the process id was reused.
 *
 * <p>Names look like {@code .giraphml-work.4711.1764505200123.1f2e3d4c.myhost}; they do not
 * contain the output's name, so an output name near the file system's limit still works.
 */
record WorkOwner(long pid, long startMillis, String host) {
  /** The inode of Linux's initial process-id namespace ({@code PROC_PID_INIT_INO}). */
  private static final String INITIAL_PID_NAMESPACE = "4026531836";
  /** Start times read for the same process may differ by clock-tick rounding. */
  private static final long SAME_START_MILLIS = 2_000;

  /** What a later run may conclude about a directory's owner. */
  enum Liveness {
    /** The owning process still runs: leave the directory alone. */
    RUNNING,
    /** The owning process is gone from this host: the directory can be reclaimed. */
    GONE,
    /** Another host, or no way to tell: report it, never delete it. */
    UNKNOWN
  }

  /** The current JVM. */
  static WorkOwner current() {
    ProcessHandle self = ProcessHandle.current();
    long start = self.info().startInstant().map(Instant::toEpochMilli).orElse(0L);
    return new WorkOwner(self.pid(), start, hostName());
  }

  /** A fresh directory name with this owner and {@code prefix} ({@code .giraphml-work}). */
  String newName(String prefix) {
    String nonce = HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextInt());
    return prefix + "." + pid + "." + startMillis + "." + nonce + "." + host;
  }

  /** The owner recorded in a name made by {@link #newName} with {@code prefix}. */
  static Optional<WorkOwner> parse(String prefix, String name) {
    if (!name.startsWith(prefix + ".")) {
      return Optional.empty();
    }
    String[] parts = name.substring(prefix.length() + 1).split("\\.", 4);
    if (parts.length != 4 || parts[3].isEmpty()) {
      return Optional.empty();
    }
    try {
      return Optional.of(new WorkOwner(Long.parseLong(parts[0]), Long.parseLong(parts[1]),
          parts[3]));
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }

  /** Judges this owner from the point of view of {@code self} (the running JVM). */
  Liveness judgeFrom(WorkOwner self) {
    if (!host.equals(self.host) || startMillis == 0) {
      return Liveness.UNKNOWN;
    }
    Optional<ProcessHandle> process = ProcessHandle.of(pid);
    if (process.isEmpty() || !process.get().isAlive()) {
      return Liveness.GONE;
    }
    Optional<Instant> started = process.get().info().startInstant();
    if (started.isEmpty()) {
      return Liveness.UNKNOWN;
    }
    return Math.abs(started.get().toEpochMilli() - startMillis) <= SAME_START_MILLIS
        ? Liveness.RUNNING : Liveness.GONE;
  }

  /**
   * This machine's name, kept to letters, digits, '-' and '.' so that it can be part of a
   * file name; a name with other characters, or a very long one, is replaced by its hash.
   */
  static String hostName() {
    return Host.NAME;
  }

  /** Looked up once: the lookup may ask a name server. */
  private static final class Host {
    static final String NAME = lookUp();

    private Host() {
    }
  }

  private static String lookUp() {
    String name;
    try {
      name = InetAddress.getLocalHost().getHostName();
    } catch (UnknownHostException e) {
      name = System.getenv().getOrDefault("HOSTNAME", "unknown-host");
    }
    if (!name.matches("[A-Za-z0-9.-]{1,64}")) {
      name = "h" + Integer.toHexString(name.hashCode());
    }
    return name + pidNamespace();
  }

  /**
   * Containers that share a host name (Kubernetes pods on the host network, say) see each
   * other's files but not each other's processes: outside the machine's first process-id
   * namespace, the namespace is part of the host, so a run never judges a process it cannot
   * see as gone.
   */
  private static String pidNamespace() {
    try {
      String link = java.nio.file.Files.readSymbolicLink(
          java.nio.file.Path.of("/proc/self/ns/pid")).toString(); // pid:[4026531836]
      String id = link.replaceAll("[^0-9]", "");
      return id.isEmpty() || INITIAL_PID_NAMESPACE.equals(id) ? "" : "-pidns" + id;
    } catch (java.io.IOException | UnsupportedOperationException e) {
      return "";
    }
  }
}
