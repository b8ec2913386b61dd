package org.giraphml.io;

import java.util.function.Supplier;

/**
 * The formats rows can be read from, each with its {@link RowFormat}: the registry of formats.
 * The constant's name, in lower case, is the value of {@code --format}.
 */
public enum InputFormatKind {
  /** Delimited dense rows, optionally with a header line and a label column. */
  CSV(CsvFormat::new),
  /** {@code label index:value ...} sparse rows, 1-based increasing indices. */
  LIBSVM(LibsvmFormat::new),
  /** Apache Parquet files; numeric columns chosen by name, one split per row group. */
  PARQUET(ParquetFormat::new),
  /** Apache ORC files; numeric columns chosen by name, one split per stripe. */
  ORC(OrcFormat::new);

  private final Supplier<RowFormat> factory;

  InputFormatKind(Supplier<RowFormat> factory) {
    this.factory = factory;
  }

  /** The format's reader (stateless: a new instance per call is as good as a shared one). */
  public RowFormat rowFormat() {
    return factory.get();
  }
}
