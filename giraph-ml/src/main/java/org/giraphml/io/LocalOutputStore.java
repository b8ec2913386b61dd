package org.giraphml.io;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Paths;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.hadoop.fs.Path;

/**
 * {@link OutputStore} on the local disk through {@code java.nio}: {@code Files.move} with
 * {@code ATOMIC_MOVE} is one rename(2), which fails on a non-empty target and never nests
 * the source inside it, and nio's exceptions carry the reason ("Permission denied").
 */
final class LocalOutputStore implements OutputStore {
  private static final int SMALL = 1 << 16;
  private Set<PosixFilePermission> published = PosixFilePermissions.fromString("rwxr-xr-x");

  /** The local path; by its decoded name, which the JVM's file-name encoding must hold. */
  static java.nio.file.Path local(Path path) {
    return Paths.get(path.toUri().getPath());
  }

  @Override
  public String show(Path path) {
    return local(path).toString();
  }

  @Override
  public boolean exists(Path path) {
    return Files.exists(local(path), LinkOption.NOFOLLOW_LINKS);
  }

  @Override
  public boolean isDirectory(Path path) {
    return Files.isDirectory(local(path));
  }

  @Override
  public boolean isSymlink(Path path) {
    return Files.isSymbolicLink(local(path));
  }

  @Override
  public List<String> list(Path dir) throws IOException {
    try (Stream<java.nio.file.Path> entries = Files.list(local(dir))) {
      return entries.map(p -> p.getFileName().toString()).toList();
    }
  }

  @Override
  public List<Path> mkdirs(Path dir) throws IOException {
    Deque<Path> missing = new ArrayDeque<>();
    for (Path p = dir; p != null && !Files.isDirectory(local(p)); p = p.getParent()) {
      missing.push(p);
    }
    List<Path> created = new ArrayList<>();
    try {
      for (Path p : missing) {
        try {
          Files.createDirectory(local(p));
          created.add(p);
        } catch (FileAlreadyExistsException e) {
          if (!Files.isDirectory(local(p))) {
            throw e;
          }
        }
      }
    } catch (IOException e) {
      for (int i = created.size() - 1; i >= 0 && deleteIfEmpty(created.get(i)); i--) {
        // undo what this call created, innermost first
      }
      throw e;
    }
    return created;
  }

  @Override
  public void mkdirPrivate(Path dir) throws IOException {
    Files.createDirectory(local(dir),
        PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
  }

  @Override
  public void probe(Path dir) throws IOException {
    java.nio.file.Path p = Files.createDirectory(local(dir));
    try {
      published = Files.getPosixFilePermissions(p);
    } finally {
      Files.delete(p);
    }
  }

  @Override
  public void publish(Path dir) throws IOException {
    Files.setPosixFilePermissions(local(dir), published);
  }

  @Override
  public void renameNoReplace(Path from, Path to) throws IOException {
    java.nio.file.Path target = local(to);
    if (Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
      throw new FileAlreadyExistsException(target.toString());
    }
    try {
      Files.move(local(from), target, StandardCopyOption.ATOMIC_MOVE);
    } catch (FileSystemException e) {
      if (!(e instanceof NoSuchFileException)
          && Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
        throw new FileAlreadyExistsException(target.toString(), null, e.getReason());
      }
      throw e;
    }
  }

  @Override
  public void renameReplacing(Path from, Path to) throws IOException {
    // On POSIX an atomic move is rename(2), which replaces a file in one step.
    Files.move(local(from), local(to), StandardCopyOption.ATOMIC_MOVE);
  }

  @Override
  public void deleteTree(Path path) throws IOException {
    java.nio.file.Path root = local(path);
    if (!Files.exists(root, LinkOption.NOFOLLOW_LINKS)) {
      return;
    }
    Files.walkFileTree(root, new SimpleFileVisitor<>() {
      @Override
      public FileVisitResult visitFile(java.nio.file.Path file, BasicFileAttributes attrs)
          throws IOException {
        Files.delete(file);
        return FileVisitResult.CONTINUE;
      }

      @Override
      public FileVisitResult postVisitDirectory(java.nio.file.Path dir, IOException e)
          throws IOException {
        if (e != null) {
          throw e;
        }
        Files.delete(dir);
        return FileVisitResult.CONTINUE;
      }
    });
  }

  @Override
  public boolean deleteIfEmpty(Path dir) {
    try {
      Files.delete(local(dir));
      return true;
    } catch (IOException e) {
      return false;
    }
  }

  @Override
  public void write(Path file, String text) throws IOException {
    Files.writeString(local(file), text, StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW);
  }

  @Override
  public Optional<String> read(Path file) {
    java.nio.file.Path p = local(file);
    try {
      if (!Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS) || Files.size(p) > SMALL) {
        return Optional.empty();
      }
      return Optional.of(Files.readString(p, StandardCharsets.UTF_8));
    } catch (IOException e) {
      return Optional.empty();
    }
  }

  @Override
  public Path realPath(Path path) {
    java.nio.file.Path p = local(path);
    Deque<String> rest = new ArrayDeque<>();
    while (p.getParent() != null && !Files.exists(p)) {
      rest.push(p.getFileName().toString());
      p = p.getParent();
    }
    try {
      p = p.toRealPath();
    } catch (IOException e) {
      return path;
    }
    for (String name : rest) {
      p = p.resolve(name);
    }
    return new Path("file", null, p.toString());
  }
}
