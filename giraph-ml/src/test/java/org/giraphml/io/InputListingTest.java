package org.giraphml.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.apache.hadoop.conf.Configuration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Which files a job reads, and the inputs it refuses before loading, with their messages. */
class InputListingTest {
  @TempDir
  Path tmp;

  private Path write(String name, String text) throws IOException {
    return TestFiles.write(tmp, name, text);
  }

  private static InputPlan plan(Path input) throws IOException {
    return InputPlan.create(new Configuration(), input.toString(), 4096);
  }

  private static Schema sniff(Path input, String... keyValues) throws IOException {
    Configuration conf = new Configuration();
    for (int i = 0; i < keyValues.length; i += 2) {
      conf.set(keyValues[i], keyValues[i + 1]);
    }
    return SchemaSniffer.sniff(conf, InputPlan.create(conf, input.toString(), 4096));
  }

  private static String refusal(Path input, String... keyValues) {
    return assertThrows(InputException.class, () -> sniff(input, keyValues)).getMessage();
  }

  @Test
  void directoriesAreReadRecursivelyInSortedOrderSkippingHiddenNamesAtEveryLevel()
      throws IOException {
    Path dir = tmp.resolve("table");
    write("table/part-00000", "1,2\n");
    write("table/year=2024/part-00001", "3,4\n");
    write("table/year=2024/month=1/part-00002", "5,6\n");
    write("table/year=2023/part-00003", "7,8\n");
    write("table/year=2024/_temporary/part-00009", "9,9\n");
    write("table/.hive-staging/part-00009", "9,9\n");
    write("table/year=2024/.part-00001.crc", "x");
    write("table/_SUCCESS", "");
    write("table/year=2023/empty", "");
    List<String> files = plan(dir).files().stream()
        .map(f -> dir.toUri().relativize(f.path().toUri()).toString()).toList();
    assertEquals(List.of("part-00000", "year=2023/part-00003", "year=2024/month=1/part-00002",
        "year=2024/part-00001"), files);
  }

  @Test
  void aFileMetTwiceIsRefusedRatherThanCountedTwice() throws IOException {
    Path data = write("loop/part-00000", "1,2\n");
    Files.createSymbolicLink(tmp.resolve("loop/again"), tmp.resolve("loop"));
    InputException e = assertThrows(InputException.class, () -> plan(tmp.resolve("loop")));
    assertTrue(e.getMessage().endsWith("loop/again: is a symbolic link loop back to "
        + tmp.resolve("loop").toUri().toString().replace("file:///", "file:/")
        .replaceAll("/$", "")), e.getMessage());
    write("two/a/part-00000", "3,4\n");
    Files.createSymbolicLink(tmp.resolve("two/b"), tmp.resolve("two/a"));
    e = assertThrows(InputException.class, () -> plan(tmp.resolve("two")));
    assertTrue(e.getMessage().contains("two/b/part-00000: is the same file as "),
        e.getMessage());
    e = assertThrows(InputException.class, () -> InputPlan.create(new Configuration(),
        data + "," + data, 4096));
    // Not "X is the same file as X": the same name met twice says so.
    assertTrue(e.getMessage().endsWith("loop/part-00000: is read twice (named twice, or inside"
        + " two of the input paths); each file is read once"), e.getMessage());
  }

  @Test
  void aFifoIsRefusedAsNotARegularFile() throws Exception {
    Path fifo = tmp.resolve("dir/pipe.csv");
    Files.createDirectories(fifo.getParent());
    assertEquals(0, new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor());
    for (Path input : new Path[] {fifo, fifo.getParent()}) {
      InputException e = assertThrows(InputException.class, () -> plan(input));
      assertTrue(e.getMessage().endsWith("pipe.csv: not a regular file (a FIFO)"),
          e.getMessage());
    }
  }

  @Test
  void inputsWithoutADataRowAreRefusedByName() throws IOException {
    assertTrue(refusal(write("h.csv", "x,y\r\n\r\n")).endsWith(
        "h.csv: no data rows (only the header line 'x,y')"));
    assertTrue(refusal(write("b.csv", "\n \n\t\n")).endsWith("b.csv: no data rows (blank lines "
        + "only)"));
    assertTrue(refusal(write("b.libsvm", "\n\n"), "giraphml.input.format", "libsvm")
        .endsWith("b.libsvm: no data rows (blank lines only)"));
    assertTrue(refusal(write("p.csv", "1,2\n"), "giraphml.input.header", "present")
        .endsWith("p.csv: no data rows (only the header line '1,2')"));
    assertTrue(refusal(write("e.csv", "")).endsWith("e.csv: no data rows (the file is empty)"));
    write("empties/a.csv", "");
    write("empties/sub/b.csv", "");
    assertTrue(refusal(tmp.resolve("empties")).endsWith("empties: no data rows (the "
        + "directory's 2 file(s) are all empty: a.csv, b.csv)"));
    write("two/a.csv", "x,y\n");
    write("two/b.csv", "\n");
    String both = refusal(tmp.resolve("two"));
    assertTrue(both.endsWith("a.csv, b.csv: no data rows (a.csv: only the header line 'x,y'; "
        + "b.csv: blank lines only)"), both);
  }

  @Test
  void aLeadingFileWithoutLinesDoesNotSetTheColumnCount() throws IOException {
    // Spark and Hive write empty partitions as compressed part files of a few bytes.
    Path empty = tmp.resolve("parts/part-00000.gz");
    Files.createDirectories(empty.getParent());
    new java.util.zip.GZIPOutputStream(Files.newOutputStream(empty)).close();
    write("parts/part-00001", "\n\n");
    write("parts/part-00002", "1,2,3\n4,5,6\n");
    Schema schema = sniff(tmp.resolve("parts"), "giraphml.input.label-column", "0");
    assertEquals(3, schema.columns());
  }

  @Test
  void everyFilesHeaderIsDecidedAndRecorded() throws IOException {
    write("m/a.csv", "x,y\n1,2\n");
    write("m/b.csv", "\uFEFF\nx,y\n3,4\n");
    write("m/c.csv", "5,6\n");
    Schema schema = sniff(tmp.resolve("m"));
    assertEquals(List.of(new Schema.HeaderLine(0, 0, 1, "x,y"),
        new Schema.HeaderLine(1, 4, 2, "x,y")), schema.headers());
    assertEquals(-1, schema.headerOffset(2));
    Schema shipped = Schema.decode(schema.encode());
    assertEquals(schema.headers(), shipped.headers());
    assertEquals(4, shipped.headerOffset(1));
  }

  @Test
  void aFirstLineMixingNumbersAndTextIsNeitherDroppedNorTakenSilently() throws IOException {
    Path typo = write("typo.csv", "1.5,2x,3\n4,5,6\n");
    assertTrue(refusal(typo).endsWith("typo.csv:1: the first line mixes numbers and text "
        + "(column 1 (0-based): '2x' is not a number): if it is a header, pass --header "
        + "present; if it is data, fix the cell (or pass --skip-invalid to skip it)"),
        refusal(typo));
    assertEquals(List.of(), sniff(typo, "giraphml.input.skip-invalid", "true").headers());
    assertEquals(1, sniff(typo, "giraphml.input.header", "present").headers().size());
    write("cols/a.csv", "x,y\n1,2\n");
    write("cols/b.csv", "x,y,z\n1,2\n");
    assertTrue(refusal(tmp.resolve("cols")).endsWith("b.csv:1: header has 3 columns, but the "
        + "first line of " + tmp.resolve("cols/a.csv").toUri().toString().replace("file:///",
        "file:/") + " has 2"), refusal(tmp.resolve("cols")));
  }

  @Test
  void binaryAndMisnamedFilesAreRefusedBeforeParsing() throws IOException {
    Path gz = tmp.resolve("data.csv");
    try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(gz))) {
      out.write("1,2\n".getBytes());
    }
    assertTrue(refusal(gz).endsWith("data.csv: not text but gzip-compressed data (name it *.gz "
        + "to have it decompressed)"), refusal(gz));
    Path parquet = write("t.parquet", "PAR1\0\0garbage");
    assertTrue(refusal(parquet).contains("not text but a Parquet file: read it with --format "
        + "parquet"), refusal(parquet));
    Path fake = write("fake.csv.gz", "1,2\n");
    assertTrue(refusal(fake).contains("fake.csv.gz: cannot be read as .gz data (damaged or cut "
        + "short?): "), refusal(fake));
    Path zst = write("a.csv.zst", "1,2\n");
    InputException e = assertThrows(InputException.class, () -> plan(zst));
    assertTrue(e.getMessage().contains("a.csv.zst: Hadoop's ZStandardCodec cannot run here ("),
        e.getMessage());
  }
}
