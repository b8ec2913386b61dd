package org.giraphml.io;

/** Whether each CSV file starts with a header line. */
public enum HeaderMode {
  /** The first line is a header when any of its cells is not a number. */
  AUTO,
  /** The first line of every file is a header. */
  PRESENT,
  /** Every line is data. */
  ABSENT
}
