package org.giraphml.io;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.apache.parquet.column.page.PageReadStore;
import org.apache.parquet.example.data.Group;
import org.apache.parquet.example.data.simple.convert.GroupRecordConverter;
import org.apache.parquet.hadoop.ParquetFileReader;
import org.apache.parquet.hadoop.metadata.BlockMetaData;
import org.apache.parquet.hadoop.util.HadoopInputFile;
import org.apache.parquet.io.ColumnIOFactory;
import org.apache.parquet.io.RecordReader;
import org.apache.parquet.schema.MessageType;
import org.apache.parquet.schema.Type;
import org.giraphml.graph.DataBlock;

/**
 * Apache Parquet files, read with Parquet's own Hadoop reader ({@link ParquetFileReader}) and
 * only the columns the {@link Schema} names. Every row group is a split, so a large file is
 * read in parallel on every engine. Rows are dense; a row's key is its index in its file, and
 * a row is named "file: row group G, row R" (both 0-based, as Parquet's tools count).
 */
final class ParquetFormat implements RowFormat {
  @Override
  public boolean decompressesByName() {
    return false;
  }

  @Override
  public List<long[]> splitRanges(Configuration conf, InputPlan.InputFile file,
      long splitBytes) throws IOException {
    try (ParquetFileReader reader = open(conf, file)) {
      List<long[]> ranges = new ArrayList<>();
      List<BlockMetaData> groups = reader.getRowGroups();
      for (int g = 0; g < groups.size(); g++) {
        if (groups.get(g).getRowCount() > 0) {
          ranges.add(new long[] {g, g + 1});
        }
      }
      return ranges;
    }
  }

  @Override
  public Schema sniff(Configuration conf, InputPlan plan) throws IOException {
    return ParquetSchemaSniffer.sniff(conf, plan);
  }

  @Override
  public SplitReader.Result read(SplitReader settings, InputPlan.Split split,
      SplitReader.BlockSink sink) throws IOException {
    Schema schema = settings.schema();
    InputPlan.InputFile file = split.file();
    SplitReader.Result result = new SplitReader.Result();
    try (ParquetFileReader reader = open(settings.conf(), file)) {
      MessageType fileSchema = reader.getFileMetaData().getSchema();
      List<Type> fields = new ArrayList<>();
      List<ParquetColumn> features = new ArrayList<>();
      for (Schema.NamedColumn c : schema.featureColumns()) {
        features.add(column(fileSchema, c.name(), file));
        fields.add(fileSchema.getType(c.name()));
      }
      ParquetColumn label = null;
      if (schema.labelName().isPresent()) {
        label = column(fileSchema, schema.labelName().get(), file);
        fields.add(fileSchema.getType(label.name));
      }
      MessageType projection = new MessageType(fileSchema.getName(), fields);
      reader.setRequestedSchema(projection);
      List<BlockMetaData> groups = reader.getRowGroups();
      long firstRow = 0;
      for (int g = 0; g < split.start(); g++) {
        firstRow += groups.get(g).getRowCount();
      }
      Rows rows = new Rows(settings, split, features, label, result, sink);
      for (int g = (int) split.start(); g < split.end(); g++) {
        PageReadStore pages = reader.readRowGroup(g);
        RecordReader<Group> records = new ColumnIOFactory().getColumnIO(projection)
            .getRecordReader(pages, new GroupRecordConverter(projection));
        for (long r = 0; r < pages.getRowCount(); r++) {
          rows.add(records.read(), firstRow + r, g, r);
        }
        firstRow += pages.getRowCount();
      }
      rows.flush();
    }
    return result;
  }

  @Override
  public String describeRow(Configuration conf, InputPlan.InputFile file, long position)
      throws IOException {
    try (ParquetFileReader reader = open(conf, file)) {
      long row = position;
      List<BlockMetaData> groups = reader.getRowGroups();
      for (int g = 0; g < groups.size(); g++) {
        if (row < groups.get(g).getRowCount()) {
          return file.path() + ": " + where(g, row);
        }
        row -= groups.get(g).getRowCount();
      }
      return file.path() + ": row " + position;
    }
  }

  @Override
  public boolean featureCountKnownBeforeLoad() {
    return true;
  }

  @Override
  public boolean hasHeaderLines() {
    return false;
  }

  static String where(int group, long row) {
    return "row group " + group + ", row " + row;
  }

  /** Opens a file's footer; a file that is not Parquet is bad input naming it. */
  static ParquetFileReader open(Configuration conf, InputPlan.InputFile file) throws IOException {
    try {
      return ParquetFileReader.open(HadoopInputFile.fromPath(file.path(), conf));
    } catch (RuntimeException e) {
      // Parquet reports a missing magic number or a truncated footer this way.
      throw new InputException(file.path().toString(), 0, "not a Parquet file ("
          + e.getMessage() + ")");
    }
  }

  /** A column the sniffer chose, as this file stores it (the sniffer checked they agree). */
  private static ParquetColumn column(MessageType fileSchema, String name,
      InputPlan.InputFile file) {
    if (!fileSchema.containsField(name)) {
      throw new InputException(file.path().toString(), 0, "no column '" + name + "'");
    }
    return ParquetColumn.of(fileSchema.getType(name)).orElseThrow(() -> new InputException(
        file.path().toString(), 0, "column '" + name + "' is "
            + ParquetColumn.describe(fileSchema.getType(name)) + ", not a number"));
  }

  /** Rows of one split into dense blocks, under the bad-row policy. */
  private static final class Rows {
    private final InputPlan.Split split;
    private final List<ParquetColumn> features;
    private final int[] widths;
    private final ParquetColumn label;
    private final SplitReader.Result result;
    private final SplitReader.BlockSink sink;
    private final boolean skipInvalid;
    private final int blockBytes;
    private final int dims;
    private final double[] row;
    private final Growables.Doubles values = new Growables.Doubles();
    private final Growables.Doubles labels = new Growables.Doubles();
    private final Growables.Longs keys = new Growables.Longs();
    private int blockInSplit;

    Rows(SplitReader settings, InputPlan.Split split, List<ParquetColumn> features,
        ParquetColumn label, SplitReader.Result result, SplitReader.BlockSink sink) {
      this.split = split;
      this.features = features;
      this.label = label;
      this.result = result;
      this.sink = sink;
      this.skipInvalid = settings.skipInvalid();
      this.blockBytes = settings.blockBytes();
      List<Schema.NamedColumn> named = settings.schema().featureColumns();
      this.widths = named.stream().mapToInt(Schema.NamedColumn::width).toArray();
      this.dims = settings.schema().featureCount();
      this.row = new double[dims + 1];
    }

    void add(Group record, long rowInFile, int group, long rowInGroup) throws IOException {
      String problem = null;
      int at = 0;
      for (int f = 0; f < features.size() && problem == null; f++) {
        problem = features.get(f).read(record, f, widths[f], row, at);
        at += widths[f];
      }
      if (problem == null && label != null) {
        problem = label.read(record, features.size(), 1, row, dims);
        if (problem != null) {
          problem += " (the label)";
        }
      }
      long key = InputPlan.rowKey(split.file().index(), rowInFile);
      if (problem != null) {
        String path = split.file().path().toString();
        if (!skipInvalid) {
          throw new InputException(path, 0, where(group, rowInGroup) + ": " + problem);
        }
        result.skip(key, path + ": " + where(group, rowInGroup) + ": " + problem);
        return;
      }
      for (int j = 0; j < dims; j++) {
        values.add(row[j]);
      }
      if (label != null) {
        labels.add(row[dims]);
      }
      keys.add(key);
      result.countRow();
      if ((long) values.size() * Double.BYTES >= blockBytes) {
        flush();
      }
    }

    void flush() throws IOException {
      if (keys.size() == 0) {
        return;
      }
      DataBlock block = DataBlock.dense(dims, values.take(),
          label != null ? labels.take() : null, keys.take());
      labels.clear();
      sink.accept(InputPlan.blockId(split.ordinal(), blockInSplit++), block);
    }
  }
}
