package org.giraphml.io;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.giraphml.graph.DataBlock;

/** Loading a columnar input in tests, as the embedded engine does, and reading back its rows. */
final class ColumnarLoads {
  private ColumnarLoads() {
  }

  /** Options to read {@code input} in {@code format}, plus key-value pairs. */
  static Configuration conf(String format, Path input, String... keyValues) {
    Configuration conf = new Configuration();
    InputOptions.INPUT.set(conf, input.toString());
    conf.set("giraphml.input.format", format);
    for (int i = 0; i < keyValues.length; i += 2) {
      conf.set(keyValues[i], keyValues[i + 1]);
    }
    return conf;
  }

  /** A local file as the input lister names it. */
  static String uri(Path file) {
    return "file:" + file.toAbsolutePath();
  }

  static BlockLoader.Loaded load(Configuration conf) throws IOException {
    InputPlan plan = InputPlan.create(conf, InputOptions.INPUT.get(conf),
        InputOptions.SPLIT_BYTES.get(conf));
    return BlockLoader.load(conf, plan, SchemaSniffer.sniff(conf, plan), 2);
  }

  /** Every row, in block order; each row's label is added to {@code labels} unless null. */
  static List<double[]> rows(BlockLoader.Loaded loaded, List<Double> labels) {
    List<double[]> rows = new ArrayList<>();
    for (BlockLoader.LoadedBlock b : loaded.blocks()) {
      DataBlock block = b.block();
      for (int r = 0; r < block.rows(); r++) {
        rows.add(block.row(r));
        if (labels != null) {
          labels.add(block.labels()[r]);
        }
      }
    }
    return rows;
  }
}
