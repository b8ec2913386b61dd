package org.giraphml.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.DeflaterOutputStream;
import java.util.zip.GZIPOutputStream;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.io.compress.BZip2Codec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reading every kind of input a Hadoop user keeps, at the reader level. */
class InputKindsTest {
  @TempDir
  Path tmp;

  /** 600 rows "i,i/4" (about 6 kB): two splits at the smallest split size. */
  private static String rows(String eol) {
    StringBuilder b = new StringBuilder("x,y").append(eol);
    for (int i = 0; i < 600; i++) {
      b.append(i).append(',').append(i / 4.0).append(eol);
    }
    return b.toString();
  }

  private static Configuration conf(String... keyValues) {
    Configuration conf = new Configuration();
    for (int i = 0; i < keyValues.length; i += 2) {
      conf.set(keyValues[i], keyValues[i + 1]);
    }
    return conf;
  }

  private static List<double[]> load(Configuration conf, String input) throws IOException {
    InputOptions.INPUT.set(conf, input);
    InputPlan plan = InputPlan.create(conf, input, InputOptions.SPLIT_BYTES.get(conf));
    List<double[]> out = new ArrayList<>();
    for (BlockLoader.LoadedBlock b : BlockLoader.load(conf, plan, SchemaSniffer.sniff(conf,
        plan), 2).blocks()) {
      for (int r = 0; r < b.block().rows(); r++) {
        out.add(b.block().row(r));
      }
    }
    return out;
  }

  private Path write(String name, String text) throws IOException {
    return TestFiles.write(tmp, name, text);
  }

  private static void assertSameRows(List<double[]> expected, List<double[]> actual, String what) {
    assertEquals(expected.size(), actual.size(), what);
    for (int i = 0; i < expected.size(); i++) {
      assertArrayEquals(expected.get(i), actual.get(i), 0, what + " row " + i);
    }
  }

  @Test
  void crlfCrOnlyAndMixedEndingsReadTheSameRowsAcrossSplits() throws IOException {
    List<double[]> expected = new ArrayList<>();
    for (int i = 0; i < 600; i++) {
      expected.add(new double[] {i, i / 4.0});
    }
    String mixed = rows("\n").replace("7\n", "7\r\n").replace("3\n", "3\r");
    for (String[] c : new String[][] {{"lf", rows("\n")}, {"crlf", rows("\r\n")},
        {"cr", rows("\r")}, {"mixed", mixed}}) {
      Path file = write(c[0] + ".csv", c[1]);
      for (String split : new String[] {"4096", "5001", "33554432"}) {
        assertSameRows(expected, load(conf("giraphml.input.split-bytes", split),
            file.toString()), c[0] + " split " + split);
      }
    }
  }

  @Test
  void badRowInACrOnlyFileIsNamedByItsLine() throws IOException {
    Path file = write("cr.csv", rows("\r").replace("\r555,", "\r555x,"));
    InputException e = assertThrows(InputException.class, () -> load(
        conf("giraphml.input.split-bytes", "4096"), file.toString()));
    // Line 1 is the header, row i is on line i + 2.
    assertEquals(557, e.line(), e.getMessage());
    assertTrue(e.getMessage().contains("'555x' is not a number"), e.getMessage());
  }

  @Test
  void byteOrderMarkBeforeADataRowKeepsTheRow() throws IOException {
    Path data = write("bom.csv", "\uFEFF1,2\n3,4\n");
    List<double[]> rows = load(conf(), data.toString());
    assertEquals(2, rows.size());
    assertArrayEquals(new double[] {1, 2}, rows.get(0), 0);
    Path header = write("bomh.csv", "\uFEFFx,y\r\n3,4\r\n");
    assertEquals(1, load(conf(), header.toString()).size());
  }

  @Test
  void compressedFilesReadLikeThePlainFile() throws IOException {
    String text = rows("\n");
    List<double[]> plain = load(conf(), write("plain.csv", text).toString());
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    Path gz = tmp.resolve("a.csv.gz");
    try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(gz))) {
      out.write(bytes);
    }
    Path deflate = tmp.resolve("a.csv.deflate");
    try (OutputStream out = new DeflaterOutputStream(Files.newOutputStream(deflate))) {
      out.write(bytes);
    }
    Path bz2 = tmp.resolve("a.csv.bz2");
    BZip2Codec codec = new BZip2Codec();
    codec.setConf(new Configuration());
    try (OutputStream out = codec.createOutputStream(Files.newOutputStream(bz2))) {
      out.write(bytes);
    }
    for (Path p : new Path[] {gz, deflate, bz2}) {
      Configuration conf = conf("giraphml.input.split-bytes", "4096");
      InputPlan plan = InputPlan.create(conf, p.toString(), 4096);
      assertEquals(1, plan.splits().size(), p + " is one split");
      assertSameRows(plain, load(conf, p.toString()), p.toString());
    }
  }

  @Test
  void errorsInCompressedFilesNameTheDecompressedLine() throws IOException {
    Path gz = tmp.resolve("bad.csv.gz");
    try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(gz))) {
      out.write("x,y\r\n1,2\r\n\r\n3,oops\r\n".getBytes(StandardCharsets.UTF_8));
    }
    InputException e = assertThrows(InputException.class, () -> load(conf(), gz.toString()));
    assertEquals(4, e.line(), e.getMessage());
    assertTrue(e.getMessage().endsWith("bad.csv.gz:4: column 1 (0-based): 'oops' is not a number"),
        e.getMessage());
    // The error path of the training steps names a row by its key: offset 5 is "1,2".
    Configuration conf = conf();
    InputOptions.INPUT.set(conf, gz.toString());
    assertTrue(InputPlan.describeRow(conf, InputPlan.rowKey(0, 5)).endsWith("bad.csv.gz:2"));
  }

  @Test
  void aTruncatedGzipFileIsAOneLineErrorNamingIt() throws IOException {
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < 20_000; i++) {
      text.append(i).append(',').append(i % 7).append('\n');
    }
    java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
    try (OutputStream out = new GZIPOutputStream(bytes)) {
      out.write(text.toString().getBytes(StandardCharsets.UTF_8));
    }
    Path gz = tmp.resolve("cut.csv.gz");
    Files.write(gz, java.util.Arrays.copyOf(bytes.toByteArray(), bytes.size() / 2));
    InputException e = assertThrows(InputException.class, () -> load(conf(), gz.toString()));
    assertTrue(e.getMessage().endsWith("cut.csv.gz: cannot be read as .gz data (damaged or cut "
        + "short?): Unexpected end of input stream"), e.getMessage());
  }

  @Test
  void aTenKilobyteCellIsQuotedByAShortPrefix() throws IOException {
    String cell = "z".repeat(10_000);
    Path file = write("wide.csv", "1,2\n3," + cell + "\n");
    InputException e = assertThrows(InputException.class, () -> load(conf(), file.toString()));
    assertTrue(e.getMessage().endsWith(":2: column 1 (0-based): '" + "z".repeat(40)
        + "...' (10000 bytes) is not a number"), e.getMessage());
    Path libsvm = write("wide.libsvm", "1 1:2\n1 1:" + cell + "\n");
    e = assertThrows(InputException.class, () -> load(conf("giraphml.input.format", "libsvm"),
        libsvm.toString()));
    assertTrue(e.getMessage().length() < 250, e.getMessage());
    Path header = write("h.csv", "a" + cell + ",b\n1,2\n");
    InputPlan plan = InputPlan.create(conf(), header.toString(), 4096);
    Schema schema = SchemaSniffer.sniff(conf(), plan);
    assertEquals("a" + "z".repeat(39) + "...", schema.headers().get(0).text());
  }

  @Test
  void aLineLongerThanTheLimitIsNamedByFileAndLine() throws IOException {
    Path file = write("long.csv", "1,2\n\n3,4\n" + "5".repeat(5000) + ",6\n7,8\n");
    Configuration conf = conf();
    InputPlan plan = InputPlan.create(conf, file.toString(), 1 << 20);
    Schema schema = SchemaSniffer.sniff(conf, plan);
    SplitReader reader = new SplitReader(conf, schema, 1 << 20, true, 1000);
    InputException e = assertThrows(InputException.class,
        () -> reader.read(plan.splits().get(0), (id, block) -> { }));
    assertTrue(e.getMessage().endsWith("long.csv:4: line longer than 1000 bytes; is this a "
        + "text file?"), e.getMessage());
  }
}
