package org.giraphml.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Every file and directory under a root with its bytes, so a test can assert that a failed or
 * refused job left the user's input and any existing output byte-identical, and left nothing
 * behind (no work directory, no stray parent directory).
 */
public final class TreeSnapshot {
  private final Map<String, String> entries;

  private TreeSnapshot(Map<String, String> entries) {
    this.entries = entries;
  }

  /** Snapshots {@code root} (symbolic links are recorded by target, not followed). */
  public static TreeSnapshot of(Path root) {
    Map<String, String> entries = new TreeMap<>();
    try (Stream<Path> all = Files.walk(root)) {
      all.forEach(p -> entries.put(root.relativize(p).toString(), describe(p)));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new TreeSnapshot(entries);
  }

  private static String describe(Path p) {
    try {
      if (Files.isSymbolicLink(p)) {
        return "link -> " + Files.readSymbolicLink(p);
      }
      if (Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)) {
        return "dir";
      }
      if (!Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)) {
        return "special";
      }
      return "file " + HexFormat.of().formatHex(
          MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(p)));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The entries present here and not in {@code before}, or changed since. */
  public Map<String, String> differencesFrom(TreeSnapshot before) {
    Map<String, String> diff = new TreeMap<>();
    entries.forEach((k, v) -> {
      if (!v.equals(before.entries.get(k))) {
        diff.put(k, before.entries.containsKey(k) ? "changed" : "added");
      }
    });
    before.entries.keySet().forEach(k -> {
      if (!entries.containsKey(k)) {
        diff.put(k, "removed");
      }
    });
    return diff;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof TreeSnapshot s && s.entries.equals(entries);
  }

  @Override
  public int hashCode() {
    return entries.hashCode();
  }

  @Override
  public String toString() {
    return entries.toString();
  }
}
