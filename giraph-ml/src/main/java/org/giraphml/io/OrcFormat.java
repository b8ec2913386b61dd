package org.giraphml.io;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.apache.orc.OrcFile;
import org.apache.orc.Reader;
import org.apache.orc.RecordReader;
import org.apache.orc.StripeInformation;
import org.apache.orc.TypeDescription;
import org.apache.orc.storage.ql.exec.vector.VectorizedRowBatch;

/**
 * Apache ORC files, read with ORC's own Hadoop reader ({@link OrcFile#createReader}) and only
 * the columns the {@link Schema} names. Every stripe is a split, so a large file is read in
 * parallel on every engine. Rows are dense; a row's key is its index in its file, and a row is
 * named "file: stripe S, row R" (both 0-based, as ORC's tools count).
 */
final class OrcFormat extends ColumnarFormat {
  @Override
  ColumnarUnits units(Configuration conf, InputPlan.InputFile file) throws IOException {
    try (Reader reader = open(conf, file)) {
      return units(reader);
    }
  }

  private static ColumnarUnits units(Reader reader) {
    return new ColumnarUnits("stripe",
        reader.getStripes().stream().mapToLong(StripeInformation::getNumberOfRows).toArray());
  }

  @Override
  public Schema sniff(Configuration conf, InputPlan plan) throws IOException {
    return OrcSchemaSniffer.sniff(conf, plan);
  }

  @Override
  public SplitReader.Result read(SplitReader settings, InputPlan.Split split,
      SplitReader.BlockSink sink) throws IOException {
    Schema schema = settings.schema();
    SplitReader.Result result = new SplitReader.Result();
    try (Reader reader = open(settings.conf(), split.file())) {
      TypeDescription struct = reader.getSchema();
      boolean[] include = new boolean[struct.getMaximumId() + 1];
      include[0] = true;
      List<OrcColumn> features = new ArrayList<>();
      for (Schema.NamedColumn c : schema.featureColumns()) {
        features.add(column(struct, c.name(), include, split.file()));
      }
      if (schema.labelName().isPresent()) {
        features.add(column(struct, schema.labelName().get(), include, split.file()));
      }
      if (schema.weightName().isPresent()) {
        features.add(column(struct, schema.weightName().get(), include, split.file()));
      }
      List<StripeInformation> stripes = reader.getStripes();
      ColumnarUnits units = units(reader);
      long firstRow = units.firstRow(split.start());
      DenseRows rows = new DenseRows(settings, split, result, sink);
      VectorizedRowBatch batch = struct.createRowBatch();
      for (int s = (int) split.start(); s < split.end(); s++) {
        StripeInformation stripe = stripes.get(s);
        long r = 0;
        try (RecordReader records = reader.rows(reader.options().include(include)
            .range(stripe.getOffset(), stripe.getLength()))) {
          while (records.nextBatch(batch)) {
            for (int b = 0; b < batch.size; b++, r++) {
              int inBatch = b;
              rows.accept(firstRow + r, units.where(s, r),
                  (column, width, out, at) -> features.get(column).read(batch, inBatch, width,
                      out, at));
            }
          }
        }
        firstRow += stripe.getNumberOfRows();
      }
      rows.flush();
    }
    return result;
  }

  /** Opens a file's footer; a file that is not ORC is bad input naming it. */
  static Reader open(Configuration conf, InputPlan.InputFile file) throws IOException {
    try {
      return OrcFile.createReader(file.path(), OrcFile.readerOptions(conf));
    } catch (org.apache.orc.FileFormatException | IllegalArgumentException
        | IndexOutOfBoundsException e) {
      throw new InputException(file.path().toString(), 0, "not an ORC file (" + e.getMessage()
          + ")");
    }
  }

  /** A column the sniffer chose, marked for reading in {@code include}. */
  private static OrcColumn column(TypeDescription struct, String name, boolean[] include,
      InputPlan.InputFile file) {
    int field = struct.getFieldNames().indexOf(name);
    if (field < 0) {
      throw new InputException(file.path().toString(), 0, "no column '" + name + "'");
    }
    TypeDescription t = struct.getChildren().get(field);
    for (int id = t.getId(); id <= t.getMaximumId(); id++) {
      include[id] = true;
    }
    return OrcColumn.of(struct, field).orElseThrow(() -> new InputException(
        file.path().toString(), 0, "column '" + name + "' is " + t + ", not a number"));
  }
}
