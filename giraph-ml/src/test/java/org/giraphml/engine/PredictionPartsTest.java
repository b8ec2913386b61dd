package org.giraphml.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.giraphml.api.PredictionColumn;
import org.giraphml.graph.DataBlock;
import org.giraphml.io.InputPlan;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Giraph engine's predictions: per-block part files streamed into predictions.csv in input
 * order, one part open and one row held at a time, with the same bytes as the embedded
 * engine's in-memory path.
 */
class PredictionPartsTest {
  private static final PredictionColumn COLUMN =
      PredictionColumn.of("class", true, PredictionColumn.ROW_DOUBLES);

  @TempDir
  java.nio.file.Path tmp;

  /** Blocks of two files, with row keys as the input plan makes them. */
  private static List<DataBlock> blocks() {
    List<DataBlock> blocks = new ArrayList<>();
    int value = 0;
    for (int file = 0; file < 2; file++) {
      for (int block = 0; block < 3; block++) {
        double[] values = new double[4];
        long[] keys = new long[4];
        for (int r = 0; r < 4; r++) {
          values[r] = value++ / 2.0;
          keys[r] = InputPlan.rowKey(file, 100L * (block * 4 + r));
        }
        blocks.add(DataBlock.dense(1, values, null, keys));
      }
    }
    return blocks;
  }

  @Test
  void partsWrittenInAnyOrderMergeIntoTheEmbeddedEnginesFile() throws Exception {
    Configuration conf = new Configuration();
    FileSystem fs = FileSystem.getLocal(conf);
    Path parts = new Path(tmp.resolve("parts").toUri());
    List<DataBlock> blocks = blocks();
    Predictions memory = new Predictions(COLUMN);
    // Workers finish blocks in any order: write them backwards.
    for (int b = blocks.size() - 1; b >= 0; b--) {
      DataBlock block = blocks.get(b);
      try (var out = new java.io.OutputStreamWriter(fs.create(PredictionParts.part(parts,
          block.rowKeys()[0])), java.nio.charset.StandardCharsets.UTF_8)) {
        PredictionParts.writeBlock(out, block, r -> COLUMN.text(block.values()[r]));
      }
      for (int r = 0; r < block.rows(); r++) {
        memory.add(block.rowKeys()[r], COLUMN.text(block.values()[r]));
      }
    }
    // Two rows skipped as invalid: one in the first file, one between the files' blocks.
    long[] skipped = {InputPlan.rowKey(0, 150), InputPlan.rowKey(1, 50)};
    Path merged = new Path(tmp.resolve("merged").toUri());
    Path inMemory = new Path(tmp.resolve("memory").toUri());
    fs.mkdirs(merged);
    fs.mkdirs(inMemory);
    new PredictionSink(COLUMN).write(conf, merged, PredictionParts.rows(fs, parts), skipped);
    memory.write(conf, inMemory, skipped);

    String text = Files.readString(tmp.resolve("merged").resolve(PredictionSink.FILE));
    assertEquals(Files.readString(tmp.resolve("memory").resolve(PredictionSink.FILE)), text);
    String[] lines = text.split("\n");
    assertEquals(1 + 24, lines.length);
    assertEquals("row,class", lines[0]);
    assertEquals("0,0", lines[1]);
    assertEquals("1,0.5", lines[2]);
    assertEquals("3,1", lines[3], "row 2 (key 150) was skipped");
    assertEquals("13,6", lines[13], "the second file's first row follows the skipped one");
  }

  @Test
  void theMergeOpensOnePartAtATimeAndReadsItLazily() {
    Map<Path, String> parts = new TreeMap<>();
    parts.put(new Path("/p/part-1"), "1,,a\n2,,b\n");
    parts.put(new Path("/p/part-5"), "5,0.5,c\n");
    parts.put(new Path("/p/part-9"), "9,,d,1\n10,,e\n");
    List<String> events = new ArrayList<>();
    Iterator<PredictionSink.Keyed> rows = PredictionParts.rows(new ArrayList<>(parts.keySet()),
        part -> {
          events.add("open " + part.getName());
          return new BufferedReader(new StringReader(parts.get(part))) {
            @Override
            public void close() throws IOException {
              events.add("close " + part.getName());
              super.close();
            }
          };
        });
    assertTrue(events.isEmpty(), "nothing is opened before the first row is asked for");
    List<String> seen = new ArrayList<>();
    while (rows.hasNext()) {
      PredictionSink.Keyed row = rows.next();
      seen.add(row.key() + "=" + row.text() + (Double.isNaN(row.label()) ? "" : "@" + row.label()));
      events.add("row " + row.key());
    }
    assertEquals(List.of("1=a", "2=b", "5=c@0.5", "9=d,1", "10=e"), seen);
    assertEquals(List.of("open part-1", "row 1", "row 2", "close part-1", "open part-5",
        "row 5", "close part-5", "open part-9", "row 9", "row 10", "close part-9"), events);
  }

  @Test
  void closingTheRowsMidwayClosesThePartBeingRead() throws IOException {
    List<String> closed = new ArrayList<>();
    try (PredictionParts.Rows rows = PredictionParts.rows(List.of(new Path("/p/part-1"),
        new Path("/p/part-7")), part -> new BufferedReader(new StringReader("1,,a\n2,,b\n")) {
          @Override
          public void close() throws IOException {
            closed.add(part.getName());
            super.close();
          }
        })) {
      assertEquals("a", rows.next().text());
    }
    assertEquals(List.of("part-1"), closed);
  }

  @Test
  void theSinkWritesEachRowBeforeAskingForTheNextAndRefusesRowsOutOfOrder() throws Exception {
    // The source makes each row only when asked, and checks that the row before it is already
    // written: the sink holds one row at a time, however many there are.
    StringWriter out = new StringWriter();
    int[] made = {0};
    List<String> notWritten = new ArrayList<>();
    Iterator<PredictionSink.Keyed> source = new Iterator<>() {
      @Override
      public boolean hasNext() {
        return made[0] < 100_000;
      }

      @Override
      public PredictionSink.Keyed next() {
        int previous = made[0] - 1;
        StringBuffer written = out.getBuffer();
        if (previous >= 0 && !written.substring(Math.max(0, written.length() - 32)).endsWith(
            "\n" + previous + "," + previous + "\n")) {
          notWritten.add("row " + previous);
        }
        made[0]++;
        return new PredictionSink.Keyed(made[0] - 1, Integer.toString(made[0] - 1));
      }
    };
    long rows = new PredictionSink(COLUMN).write(out, source, new long[0]);
    assertEquals(100_000, rows);
    assertEquals(List.of(), notWritten.subList(0, Math.min(3, notWritten.size())));
    assertTrue(out.toString().endsWith("\n99999,99999\n"));

    Iterator<PredictionSink.Keyed> backwards = List.of(new PredictionSink.Keyed(5, "a"),
        new PredictionSink.Keyed(3, "b")).iterator();
    IllegalStateException e = assertThrows(IllegalStateException.class,
        () -> new PredictionSink(COLUMN).write(new StringWriter(), backwards, new long[0]));
    assertTrue(e.getMessage().contains("row key 3 came after row key 5"), e.getMessage());
    assertFalse(backwards.hasNext());
  }
}
