package org.giraphml.graph;

/**
 * How a {@link DataBlock} stores dense feature values ({@code --precision}). Arithmetic on the
 * values is in double either way: float storage halves the memory the rows take, and a job on
 * float rows computes exactly what it would on double rows holding the same float32-rounded
 * numbers (widening a float to a double is exact).
 */
public enum Precision {
  /** 64-bit values, 8 bytes each: the input's numbers as parsed. */
  DOUBLE,
  /**
   * 32-bit values, 4 bytes each: each parsed number rounded to the nearest float32 (about 7
   * significant digits), as FAISS and scikit-learn's float32 path store them.
   */
  FLOAT
}
