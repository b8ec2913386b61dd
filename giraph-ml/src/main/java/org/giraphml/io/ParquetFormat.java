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

/**
 * Apache Parquet files, read with Parquet's own Hadoop reader ({@link ParquetFileReader}) and
 * only the columns the {@link Schema} names. Every row group is a split, so a large file is
 * read in parallel on every engine. Rows are dense; a row's key is its index in its file, and
 * a row is named "file: row group G, row R" (both 0-based, as Parquet's tools count).
 */
final class ParquetFormat extends ColumnarFormat {
  @Override
  ColumnarUnits units(Configuration conf, InputPlan.InputFile file) throws IOException {
    try (ParquetFileReader reader = open(conf, file)) {
      return units(reader);
    }
  }

  private static ColumnarUnits units(ParquetFileReader reader) {
    return new ColumnarUnits("row group",
        reader.getRowGroups().stream().mapToLong(BlockMetaData::getRowCount).toArray());
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
      if (label != null) {
        features.add(label);
      }
      if (schema.weightName().isPresent()) {
        ParquetColumn weight = column(fileSchema, schema.weightName().get(), file);
        fields.add(fileSchema.getType(weight.name));
        features.add(weight);
      }
      MessageType projection = new MessageType(fileSchema.getName(), fields);
      reader.setRequestedSchema(projection);
      ColumnarUnits units = units(reader);
      long firstRow = units.firstRow(split.start());
      DenseRows rows = new DenseRows(settings, split, result, sink);
      for (int g = (int) split.start(); g < split.end(); g++) {
        PageReadStore pages = reader.readRowGroup(g);
        RecordReader<Group> records = new ColumnIOFactory().getColumnIO(projection)
            .getRecordReader(pages, new GroupRecordConverter(projection));
        for (long r = 0; r < pages.getRowCount(); r++) {
          Group record = records.read();
          rows.accept(firstRow + r, units.where(g, r),
              (column, width, out, at) -> features.get(column).read(record, column, width,
                  out, at));
        }
        firstRow += pages.getRowCount();
      }
      rows.flush();
    }
    return result;
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
}
