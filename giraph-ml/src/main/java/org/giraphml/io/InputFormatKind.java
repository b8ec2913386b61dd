package org.giraphml.io;

/** The text formats rows can be read from. */
public enum InputFormatKind {
  /** Delimited dense rows, optionally with a header line and a label column. */
  CSV,
  /** {@code label index:value ...} sparse rows, 1-based increasing indices. */
  LIBSVM
}
