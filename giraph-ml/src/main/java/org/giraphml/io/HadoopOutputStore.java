package org.giraphml.io;

import java.io.ByteArrayOutputStream;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileContext;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Options;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.permission.FsPermission;

/**
 * {@link OutputStore} on a Hadoop file system (HDFS, object stores). Renames go through
 * {@code FileContext.rename(src, dst, Options.Rename.NONE)}: on HDFS the NameNode checks
 * and renames under one lock and throws {@code FileAlreadyExistsException} when {@code dst}
 * exists ({@code FSDirRenameOp.validateOverwrite}); other file systems get
 * {@code AbstractFileSystem}'s check-then-rename, which at least never nests the source.
 */
final class HadoopOutputStore implements OutputStore {
  private static final int SMALL = 1 << 16;
  private final FileSystem fs;
  private final FileContext fc;
  private final FsPermission published;

  HadoopOutputStore(Configuration conf, FileSystem fs) throws IOException {
    this.fs = fs;
    this.fc = FileContext.getFileContext(fs.getUri(), conf);
    this.published = FsPermission.getDirDefault().applyUMask(FsPermission.getUMask(conf));
  }

  @Override
  public String show(Path path) {
    return path.toString();
  }

  @Override
  public boolean exists(Path path) throws IOException {
    try {
      fs.getFileLinkStatus(path);
      return true;
    } catch (FileNotFoundException e) {
      return false;
    }
  }

  @Override
  public boolean isDirectory(Path path) throws IOException {
    try {
      return fs.getFileStatus(path).isDirectory();
    } catch (FileNotFoundException e) {
      return false;
    }
  }

  @Override
  public boolean isSymlink(Path path) throws IOException {
    try {
      return fs.getFileLinkStatus(path).isSymlink();
    } catch (FileNotFoundException | UnsupportedOperationException e) {
      return false;
    }
  }

  @Override
  public List<String> list(Path dir) throws IOException {
    List<String> names = new ArrayList<>();
    for (FileStatus s : fs.listStatus(dir)) {
      names.add(s.getPath().getName());
    }
    return names;
  }

  @Override
  public List<Path> mkdirs(Path dir) throws IOException {
    Deque<Path> missing = new ArrayDeque<>();
    for (Path p = dir; p != null && !exists(p); p = p.getParent()) {
      missing.push(p);
    }
    if (!missing.isEmpty()) {
      fc.mkdir(dir, FsPermission.getDirDefault(), true);
    }
    return new ArrayList<>(missing);
  }

  @Override
  public void mkdirPrivate(Path dir) throws IOException {
    fc.mkdir(dir, new FsPermission((short) 0700), false);
  }

  @Override
  public void probe(Path dir) throws IOException {
    fc.mkdir(dir, FsPermission.getDirDefault(), false);
    fs.delete(dir, false);
  }

  @Override
  public void publish(Path dir) throws IOException {
    fs.setPermission(dir, published);
  }

  @Override
  public void renameNoReplace(Path from, Path to) throws IOException {
    fc.rename(from, to, Options.Rename.NONE);
  }

  @Override
  public void renameReplacing(Path from, Path to) throws IOException {
    fc.rename(from, to, Options.Rename.OVERWRITE);
  }

  @Override
  public void deleteTree(Path path) throws IOException {
    fs.delete(path, true);
  }

  @Override
  public boolean deleteIfEmpty(Path dir) {
    try {
      return fs.listStatus(dir).length == 0 && fs.delete(dir, false);
    } catch (IOException e) {
      return false;
    }
  }

  @Override
  public void write(Path file, String text) throws IOException {
    try (OutputStream out = fs.create(file, false)) {
      out.write(text.getBytes(StandardCharsets.UTF_8));
    }
  }

  @Override
  public Optional<String> read(Path file) {
    try {
      FileStatus status = fs.getFileLinkStatus(file);
      if (!status.isFile() || status.getLen() > SMALL) {
        return Optional.empty();
      }
      try (InputStream in = fs.open(file)) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        in.transferTo(bytes);
        return Optional.of(bytes.toString(StandardCharsets.UTF_8));
      }
    } catch (IOException e) {
      return Optional.empty();
    }
  }

  @Override
  public Path realPath(Path path) {
    Deque<String> rest = new ArrayDeque<>();
    Path p = path;
    try {
      while (p.getParent() != null && !fs.exists(p)) {
        rest.push(p.getName());
        p = p.getParent();
      }
      p = fs.resolvePath(p);
    } catch (IOException e) {
      return path;
    }
    for (String name : rest) {
      p = new Path(p, name);
    }
    return p;
  }
}
