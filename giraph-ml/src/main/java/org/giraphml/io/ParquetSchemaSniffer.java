package org.giraphml.io;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.hadoop.conf.Configuration;
import org.apache.parquet.column.page.PageReadStore;
import org.apache.parquet.example.data.Group;
import org.apache.parquet.example.data.simple.convert.GroupRecordConverter;
import org.apache.parquet.hadoop.ParquetFileReader;
import org.apache.parquet.io.ColumnIOFactory;
import org.apache.parquet.schema.MessageType;
import org.apache.parquet.schema.Type;

/**
 * What {@link ColumnarSniffer} needs to know of Parquet files: their schema from the footer,
 * which columns hold numbers ({@link ParquetColumn}), and an array column's length in the
 * first row.
 */
final class ParquetSchemaSniffer implements ColumnarSniffer.Files<MessageType> {
  static Schema sniff(Configuration conf, InputPlan plan) throws IOException {
    return new ColumnarSniffer<>(InputFormatKind.PARQUET, "Parquet", new ParquetSchemaSniffer())
        .sniff(conf, plan);
  }

  @Override
  public MessageType schema(Configuration conf, InputPlan.InputFile file) throws IOException {
    try (ParquetFileReader reader = ParquetFormat.open(conf, file)) {
      return reader.getFileMetaData().getSchema();
    }
  }

  @Override
  public long rows(Configuration conf, InputPlan.InputFile file) throws IOException {
    try (ParquetFileReader reader = ParquetFormat.open(conf, file)) {
      return reader.getRecordCount();
    }
  }

  @Override
  public List<ColumnarSniffer.Field> fields(MessageType schema) {
    List<ColumnarSniffer.Field> fields = new ArrayList<>();
    for (Type t : schema.getFields()) {
      Optional<ParquetColumn> c = ParquetColumn.of(t);
      fields.add(new ColumnarSniffer.Field(t.getName(), c.isPresent(),
          c.map(ParquetColumn::isList).orElse(false), ParquetColumn.describe(t)));
    }
    return fields;
  }

  @Override
  public String difference(MessageType expected, MessageType found) {
    for (Type e : expected.getFields()) {
      if (!found.containsField(e.getName())) {
        return "column '" + e.getName() + "' is missing";
      }
      Type f = found.getType(e.getName());
      if (!f.equals(e)) {
        return "column '" + e.getName() + "' is " + f + " here but " + e + " there";
      }
    }
    for (Type f : found.getFields()) {
      if (!expected.containsField(f.getName())) {
        return "column '" + f.getName() + "' is not in the other file";
      }
    }
    return "the columns are in another order";
  }

  @Override
  public int[] firstRowLengths(Configuration conf, InputPlan.InputFile file, MessageType schema,
      List<String> lists) throws IOException {
    List<Type> fields = new ArrayList<>();
    lists.forEach(n -> fields.add(schema.getType(n)));
    MessageType projection = new MessageType(schema.getName(), fields);
    Group first;
    try (ParquetFileReader reader = ParquetFormat.open(conf, file)) {
      reader.setRequestedSchema(projection);
      int g = 0;
      while (reader.getRowGroups().get(g).getRowCount() == 0) {
        g++;
      }
      PageReadStore pages = reader.readRowGroup(g);
      first = new ColumnIOFactory().getColumnIO(projection)
          .getRecordReader(pages, new GroupRecordConverter(projection)).read();
    }
    int[] lengths = new int[lists.size()];
    for (int i = 0; i < lengths.length; i++) {
      lengths[i] = ParquetColumn.of(fields.get(i)).orElseThrow().width(first, i);
    }
    return lengths;
  }
}
