package org.giraphml.job;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.OptionalInt;
import java.util.concurrent.atomic.AtomicLong;
import org.giraphml.job.ProgressLine.Phase;
import org.giraphml.job.ProgressLine.Snapshot;
import org.junit.jupiter.api.Test;

/**
 * The live progress line's text, for fixed terminal widths and a fake clock: what each phase
 * shows, which fields go first when the terminal is narrow, and the rates and time left
 * {@link LiveProgress} derives from the times of the engine's calls.
 */
class ProgressLineTest {
  private static final Snapshot ITERATING = new Snapshot("kmeans", Phase.ITERATING, 14,
      OptionalInt.of(40), 1.494937e7, 300_000, 5_934_000, 3.4, 5.2);

  @Test
  void aWideTerminalShowsEveryField() {
    assertEquals("kmeans: iteration 14 of 40 | objective 1.49494e+07 | 5.93M rows/s | "
        + "0:03 elapsed | <= 0:05 left", ProgressLine.render(ITERATING, 120));
  }

  @Test
  void aNarrowTerminalDropsRowsPerSecondFirstThenTimeLeftThenElapsed() {
    assertEquals("kmeans: iteration 14 of 40 | objective 1.49494e+07 | 0:03 elapsed | "
        + "<= 0:05 left", ProgressLine.render(ITERATING, 80));
    assertEquals("kmeans: iteration 14 of 40 | objective 1.49494e+07 | 0:03 elapsed",
        ProgressLine.render(ITERATING, 79));
    assertEquals("kmeans: iteration 14 of 40 | objective 1.49494e+07",
        ProgressLine.render(ITERATING, 64));
    assertEquals("kmeans: iteration 14 of 40", ProgressLine.render(ITERATING, 49));
    assertEquals("kmeans: it", ProgressLine.render(ITERATING, 10));
  }

  @Test
  void loadingAndPreparingShowWhatIsKnownBeforeTheFirstIteration() {
    assertEquals("linreg: loading | 1:15 elapsed", ProgressLine.render(new Snapshot("linreg",
        Phase.LOADING, 0, OptionalInt.of(100), Double.NaN, -1, Double.NaN, 75.0, Double.NaN),
        80));
    assertEquals("kmeans: preparing (150 rows read) | 6.82k rows/s | 0:00 elapsed",
        ProgressLine.render(new Snapshot("kmeans", Phase.PREPARING, 0, OptionalInt.of(20),
            Double.NaN, 150, 6818.18, 0.4, Double.NaN), 80));
    assertEquals("kmeans: starting | 1:02:03 elapsed", ProgressLine.render(new Snapshot(
        "kmeans", Phase.STARTING, 0, OptionalInt.empty(), Double.NaN, -1, Double.NaN, 3723,
        Double.NaN), 80));
  }

  @Test
  void withoutAnIterationCapThereIsNoTimeLeft() {
    assertEquals("logreg: iteration 7 | objective 0.693147 | 0:09 elapsed",
        ProgressLine.render(new Snapshot("logreg", Phase.ITERATING, 7, OptionalInt.empty(),
            Math.log(2), -1, Double.NaN, 9.4, Double.NaN), 80));
  }

  @Test
  void countsHaveThreeSignificantDigits() {
    assertEquals("950", ProgressLine.count(950));
    assertEquals("1.00k", ProgressLine.count(999.6));
    assertEquals("12.3k", ProgressLine.count(12_345));
    assertEquals("457M", ProgressLine.count(456_789_000));
  }

  @Test
  void ratesAndTimeLeftFollowTheEngineCallsOnTheClock() {
    AtomicLong nanos = new AtomicLong();
    LiveProgress p = new LiveProgress("kmeans", OptionalInt.of(10), true, nanos::get);
    assertEquals("kmeans: loading | 0:00 elapsed", ProgressLine.render(p.snapshot(), 80));
    nanos.set(2_000_000_000L);
    p.loaded(1000, 1.0);
    assertEquals("kmeans: preparing (1000 rows read) | 1.00k rows/s | 0:02 elapsed",
        ProgressLine.render(p.snapshot(), 80));
    // The first iteration is timed from the end of loading: 1 s for 1000 rows, 9 to go.
    nanos.set(3_000_000_000L);
    p.iteration("kmeans", 1, 8.0);
    assertEquals("kmeans: iteration 1 of 10 | objective 8.00000 | 1.00k rows/s | 0:03 elapsed "
        + "| <= 0:09 left", ProgressLine.render(p.snapshot(), 100));
    // Later ones from the first's end: 0.5 s each, 8 to go.
    nanos.set(3_500_000_000L);
    p.iteration("kmeans", 2, 5.0);
    nanos.set(4_000_000_000L);
    assertEquals("kmeans: iteration 2 of 10 | objective 5.00000 | 2.00k rows/s | 0:04 elapsed "
        + "| <= 0:04 left", ProgressLine.render(p.snapshot(), 100));
  }

  @Test
  void theGiraphEngineStartsWithoutRowCountsOrRates() {
    AtomicLong nanos = new AtomicLong();
    LiveProgress p = new LiveProgress("linreg", OptionalInt.empty(), false, nanos::get);
    assertEquals("linreg: starting | 0:00 elapsed", ProgressLine.render(p.snapshot(), 80));
    nanos.set(5_000_000_000L);
    p.iteration("linreg", 1, 0.5);
    assertEquals("linreg: iteration 1 | objective 0.500000 | 0:05 elapsed",
        ProgressLine.render(p.snapshot(), 80));
  }
}
