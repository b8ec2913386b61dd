package org.giraphml.job;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.giraphml.api.JobOptions;
import org.giraphml.conf.ConfOption;
import org.giraphml.conf.InvalidOptionException;
import org.giraphml.io.InputOptions;
import org.junit.jupiter.api.Test;

/**
 * A boolean option is written like every other option, {@code --name value} or
 * {@code --name=value}, and may stand alone for true; a value that is not a boolean gets the
 * same message whichever way it was written.
 */
class BooleanFlagsTest {
  private static final List<ConfOption<?>> OPTIONS = List.of(JobOptions.REPORT,
      InputOptions.SKIP_INVALID, InputOptions.INPUT);

  private static Configuration apply(String... args) {
    Configuration conf = new Configuration(false);
    CommandLine.apply(args, OPTIONS, conf);
    return conf;
  }

  @Test
  void aBooleanTakesItsValueAfterItLikeAnyOtherOption() {
    Configuration conf = apply("--report", "false", "--input", "x.csv");
    assertFalse(JobOptions.REPORT.get(conf));
    assertEquals("x.csv", InputOptions.INPUT.get(conf));
    assertFalse(JobOptions.REPORT.get(apply("--report=false")));
    assertTrue(InputOptions.SKIP_INVALID.get(apply("--skip-invalid", "true")));
  }

  @Test
  void aBareBooleanIsTrueAndLeavesTheNextOptionAlone() {
    Configuration conf = apply("--skip-invalid", "--input", "x.csv");
    assertTrue(InputOptions.SKIP_INVALID.get(conf));
    assertEquals("x.csv", InputOptions.INPUT.get(conf));
    assertTrue(InputOptions.SKIP_INVALID.get(apply("--skip-invalid")));
  }

  @Test
  void aValueThatIsNotABooleanIsRefusedTheSameWayWrittenEitherWay() {
    String spaced = assertThrows(InvalidOptionException.class,
        () -> apply("--report", "no")).getMessage();
    String joined = assertThrows(InvalidOptionException.class,
        () -> apply("--report=no")).getMessage();
    assertEquals("--report: must be true or false, got no (giraphml.output.report)", spaced);
    assertEquals(spaced, joined);
  }

  @Test
  void theHelpShowsTheOptionalValue() {
    String usage = CommandLine.usage("x", "X.", OPTIONS);
    assertTrue(usage.contains("\n  --report [true|false]\n"), usage);
    assertTrue(usage.contains("--report false skips it"), usage);
  }
}
