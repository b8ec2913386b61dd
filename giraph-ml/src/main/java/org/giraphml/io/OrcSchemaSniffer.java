package org.giraphml.io;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.hadoop.conf.Configuration;
import org.apache.orc.Reader;
import org.apache.orc.RecordReader;
import org.apache.orc.TypeDescription;
import org.apache.orc.storage.ql.exec.vector.VectorizedRowBatch;

/**
 * What {@link ColumnarSniffer} needs to know of ORC files: their struct schema from the
 * footer, which columns hold numbers ({@link OrcColumn}), and an array column's length in the
 * first row.
 */
final class OrcSchemaSniffer implements ColumnarSniffer.Files<TypeDescription> {
  static Schema sniff(Configuration conf, InputPlan plan) throws IOException {
    return new ColumnarSniffer<>(InputFormatKind.ORC, "ORC", new OrcSchemaSniffer())
        .sniff(conf, plan);
  }

  @Override
  public TypeDescription schema(Configuration conf, InputPlan.InputFile file)
      throws IOException {
    try (Reader reader = OrcFormat.open(conf, file)) {
      TypeDescription t = reader.getSchema();
      if (t.getCategory() != TypeDescription.Category.STRUCT) {
        throw new InputException(file.path().toString(), 0, "its rows are " + t
            + ", not a struct of named columns");
      }
      return t;
    }
  }

  @Override
  public long rows(Configuration conf, InputPlan.InputFile file) throws IOException {
    try (Reader reader = OrcFormat.open(conf, file)) {
      return reader.getNumberOfRows();
    }
  }

  @Override
  public List<ColumnarSniffer.Field> fields(TypeDescription struct) {
    List<ColumnarSniffer.Field> fields = new ArrayList<>();
    for (int f = 0; f < struct.getFieldNames().size(); f++) {
      Optional<OrcColumn> c = OrcColumn.of(struct, f);
      fields.add(new ColumnarSniffer.Field(struct.getFieldNames().get(f), c.isPresent(),
          c.map(OrcColumn::isList).orElse(false), struct.getChildren().get(f).toString()));
    }
    return fields;
  }

  @Override
  public String difference(TypeDescription expected, TypeDescription found) {
    List<String> names = expected.getFieldNames();
    for (int f = 0; f < names.size(); f++) {
      int at = found.getFieldNames().indexOf(names.get(f));
      if (at < 0) {
        return "column '" + names.get(f) + "' is missing";
      }
      TypeDescription e = expected.getChildren().get(f);
      TypeDescription g = found.getChildren().get(at);
      if (!e.equals(g)) {
        return "column '" + names.get(f) + "' is " + g + " here but " + e + " there";
      }
    }
    for (String n : found.getFieldNames()) {
      if (!names.contains(n)) {
        return "column '" + n + "' is not in the other file";
      }
    }
    return "the columns are in another order";
  }

  @Override
  public int[] firstRowLengths(Configuration conf, InputPlan.InputFile file,
      TypeDescription struct, List<String> lists) throws IOException {
    int[] lengths = new int[lists.size()];
    try (Reader reader = OrcFormat.open(conf, file);
        RecordReader records = reader.rows()) {
      VectorizedRowBatch batch = struct.createRowBatch();
      while (records.nextBatch(batch) && batch.size == 0) {
        // a stripe without rows: read on
      }
      for (int i = 0; i < lengths.length; i++) {
        int field = struct.getFieldNames().indexOf(lists.get(i));
        lengths[i] = OrcColumn.of(struct, field).orElseThrow().width(batch, 0);
      }
    }
    return lengths;
  }
}
