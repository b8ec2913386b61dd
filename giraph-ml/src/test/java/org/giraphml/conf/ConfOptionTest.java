package org.giraphml.conf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.OptionalInt;
import org.apache.hadoop.conf.Configuration;
import org.giraphml.io.InputFormatKind;
import org.junit.jupiter.api.Test;

class ConfOptionTest {
  static final IntOption K = new IntOption("test.k", "k", null, 2, 100, "clusters");
  static final DoubleOption TOL = new DoubleOption("test.tol", "tolerance", 1e-4, 0, "tol");
  static final EnumOption<InputFormatKind> FORMAT = new EnumOption<>("test.format", "format",
      InputFormatKind.class, InputFormatKind.CSV, "format");
  static final IterationLimitOption ITER = new IterationLimitOption("test.iter",
      "max-iterations", 20, "cap");

  @Test
  void messagesNameTheOptionTheValueAndWhatIsAllowed() {
    Configuration conf = new Configuration();
    conf.set("test.k", "1");
    InvalidOptionException e = assertThrows(InvalidOptionException.class, () -> K.get(conf));
    assertEquals("--k: must be >= 2, got 1 (test.k)", e.getMessage());
    conf.set("test.k", "two");
    e = assertThrows(InvalidOptionException.class, () -> K.get(conf));
    assertEquals("--k: must be a whole number, got two (test.k)", e.getMessage());
    conf.unset("test.k");
    e = assertThrows(InvalidOptionException.class, () -> K.get(conf));
    assertEquals("--k: is required (test.k)", e.getMessage());
    conf.set("test.tol", "NaN");
    e = assertThrows(InvalidOptionException.class, () -> TOL.get(conf));
    assertEquals("--tolerance: must be a finite number, got NaN (test.tol)", e.getMessage());
    conf.set("test.format", "xlsx");
    e = assertThrows(InvalidOptionException.class, () -> FORMAT.get(conf));
    assertEquals("--format: must be one of csv|libsvm|parquet|orc, got xlsx (test.format)",
        e.getMessage());
  }

  @Test
  void defaultsAndParsing() {
    Configuration conf = new Configuration();
    assertEquals(1e-4, TOL.get(conf));
    assertEquals(InputFormatKind.CSV, FORMAT.get(conf));
    assertEquals(OptionalInt.of(20), ITER.get(conf));
    conf.set("test.iter", "unlimited");
    assertEquals(OptionalInt.empty(), ITER.get(conf));
    conf.set("test.format", "LIBSVM");
    assertEquals(InputFormatKind.LIBSVM, FORMAT.get(conf));
    K.set(conf, 5);
    assertEquals(5, K.get(conf));
    assertThrows(InvalidOptionException.class, () -> K.set(conf, 500));
  }
}
