package org.giraphml.algorithms.trust;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.io.compress.BZip2Codec;
import org.giraphml.algorithms.kmeans.KMeansFiles;
import org.giraphml.testing.Cli;
import org.giraphml.testing.TreeSnapshot;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every input a Hadoop user has, through the real command line: partitioned directories,
 * compressed files, every line ending and a byte-order mark give the model of the same rows in
 * a clean LF CSV, whose centroids are the cluster means computed here directly.
 */
class InputFormatsTest {
  private static final int ROWS = 400;

  @TempDir
  Path tmp;

  /** Row i: cluster i % 2 around (0, 0) or (10, 10), offsets in tenths from i. */
  private static double[] row(int i) {
    int c = i % 2;
    return new double[] {c * 10 + (i * 37 % 11) / 10.0, c * 10 + (i * 53 % 7) / 10.0};
  }

  private static String csv(String header, String eol, int from, int to) {
    StringBuilder b = new StringBuilder(header == null ? "" : header + eol);
    for (int i = from; i < to; i++) {
      b.append(row(i)[0]).append(',').append(row(i)[1]).append(eol);
    }
    return b.toString();
  }

  /** The means of the two clusters: where Lloyd's iterations from (0,0), (10,10) end. */
  private static double[][] clusterMeans() {
    double[][] sums = new double[2][2];
    for (int i = 0; i < ROWS; i++) {
      sums[i % 2][0] += row(i)[0];
      sums[i % 2][1] += row(i)[1];
    }
    int half = ROWS / 2;
    return new double[][] {{sums[0][0] / half, sums[0][1] / half},
        {sums[1][0] / half, sums[1][1] / half}};
  }

  private Path write(String name, String text) throws IOException {
    Path p = tmp.resolve(name);
    Files.createDirectories(p.getParent());
    Files.writeString(p, text);
    return p;
  }

  private Cli kmeans(Path input, String output, String... more) throws Exception {
    Path init = tmp.resolve("init.csv");
    if (!Files.exists(init)) {
      Files.writeString(init, "0,0\n10,10\n");
    }
    List<String> args = new ArrayList<>(List.of("kmeans", "--input", input.toString(),
        "--output", tmp.resolve(output).toString(), "--k", "2", "--init-centroids",
        init.toString()));
    args.addAll(List.of(more));
    return Cli.run(args.toArray(String[]::new));
  }

  private JsonNode summary(String output) throws IOException {
    return Cli.json(tmp.resolve(output).resolve("summary.json"));
  }

  private double[][] centroids(String output) throws IOException {
    return KMeansFiles.centroids(Cli.json(tmp.resolve(output).resolve("model.json")));
  }

  private void assertMeans(String output) throws IOException {
    double[][] expected = clusterMeans();
    double[][] actual = centroids(output);
    for (int c = 0; c < 2; c++) {
      assertArrayEquals(expected[c], actual[c], 1e-12, output + " centroid " + c);
    }
    assertEquals(ROWS, summary(output).path("input").path("rows").asLong(), output);
  }

  @Test
  void partitionedDirectoryIsReadRecursivelyOnBothEngines() throws Exception {
    Path table = tmp.resolve("table");
    // A header in one file, CRLF and gzip in another: the Giraph workers must skip exactly
    // the header line the driver found and decompress as the driver did.
    write("table/part-00000", csv("x,y", "\n", 0, 150));
    write("table/year=2024/part-00001", csv(null, "\n", 150, 300));
    Path gz = tmp.resolve("table/year=2024/month=1/part-00002.gz");
    Files.createDirectories(gz.getParent());
    try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(gz))) {
      out.write(csv(null, "\r\n", 300, ROWS).getBytes(StandardCharsets.UTF_8));
    }
    write("table/_SUCCESS", "");
    write("table/year=2024/_temporary/part-00001", "not,numbers\n");
    write("table/year=2024/.part-00001.crc", "\u0000binary");
    TreeSnapshot before = TreeSnapshot.of(table);
    for (String engine : new String[] {"memory", "giraph"}) {
      Cli cli = kmeans(table, engine, "--engine", engine);
      assertEquals(0, cli.exit, cli.err);
      assertMeans(engine);
      JsonNode input = summary(engine).path("input");
      assertEquals(3, input.path("file_count").asInt());
      assertTrue(input.path("files").get(1).asText().endsWith("table/year=2024/month=1/"
          + "part-00002.gz"), input.toString());
      assertEquals(1, input.path("header").path("lines").size(), input.toString());
    }
    assertEquals(before, TreeSnapshot.of(table));
  }

  @Test
  void lineEndingsByteOrderMarksAndCodecsGiveTheCleanFilesModelBitForBit() throws Exception {
    String clean = csv("x,y", "\n", 0, ROWS);
    assertEquals(0, kmeans(write("clean.csv", clean), "clean").exit);
    assertMeans("clean");
    JsonNode model = Cli.json(tmp.resolve("clean/model.json")).path("centroids");
    double objective = summary("clean").path("objective").asDouble();
    byte[] bytes = clean.getBytes(StandardCharsets.UTF_8);
    try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(tmp.resolve("a.gz")))) {
      out.write(bytes);
    }
    BZip2Codec bzip2 = new BZip2Codec();
    bzip2.setConf(new Configuration());
    try (OutputStream out = bzip2.createOutputStream(Files.newOutputStream(
        tmp.resolve("a.csv.bz2")))) {
      out.write(bytes);
    }
    Path[] variants = {write("crlf.csv", csv("x,y", "\r\n", 0, ROWS)),
        write("cr.csv", csv("x,y", "\r", 0, ROWS)),
        write("mixed.csv", clean.replace("5\n", "5\r\n").replace("1\n", "1\r")),
        write("bomheader.csv", "\uFEFF" + clean),
        write("bomdata.csv", "\uFEFF" + csv(null, "\n", 0, ROWS)),
        tmp.resolve("a.gz"), tmp.resolve("a.csv.bz2")};
    for (Path variant : variants) {
      String name = "out-" + variant.getFileName();
      Cli cli = kmeans(variant, name);
      assertEquals(0, cli.exit, variant + ": " + cli.err);
      assertEquals(model, Cli.json(tmp.resolve(name).resolve("model.json")).path("centroids"),
          variant.toString());
      assertEquals(objective, summary(name).path("objective").asDouble(), 0, name);
      assertEquals(ROWS, summary(name).path("input").path("rows").asLong(), name);
    }
    // Split boundaries falling anywhere in CR and CRLF files: still every row, once.
    for (String name : new String[] {"cr.csv", "crlf.csv", "mixed.csv"}) {
      assertEquals(0, kmeans(tmp.resolve(name), "split-" + name, "--split-bytes", "4096")
          .exit);
      assertMeans("split-" + name);
    }
  }

  @Test
  void everyFilesHeaderDecisionIsRecordedAndNoRowIsDropped() throws Exception {
    Path dir = tmp.resolve("parts");
    write("parts/a.csv", csv("x,y", "\n", 0, 100));
    write("parts/b.csv", "\uFEFF" + csv("x,y", "\r\n", 100, 200));
    write("parts/c.csv", "\uFEFF" + csv(null, "\r", 200, ROWS));
    assertEquals(0, kmeans(dir, "out").exit);
    assertMeans("out");
    JsonNode header = summary("out").path("input").path("header");
    assertEquals("auto", header.path("mode").asText());
    assertEquals(2, header.path("lines").size(), header.toString());
    for (int f = 0; f < 2; f++) {
      JsonNode line = header.path("lines").get(f);
      assertTrue(line.path("file").asText().endsWith(f == 0 ? "/a.csv" : "/b.csv"));
      assertEquals(1, line.path("line").asInt());
      assertEquals("x,y", line.path("text").asText());
    }
  }
}
