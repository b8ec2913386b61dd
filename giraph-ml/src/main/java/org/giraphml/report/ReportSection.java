package org.giraphml.report;

/**
 * One part of {@code report.html}. An algorithm registers its own through
 * {@code MlAlgorithm.reportSections()}; the framework calls {@link #write} once per report, in
 * the driver, after training has finished and {@code summary.json} is complete, and before the
 * output directory is committed. Sections must draw only from {@link TrainingRun} (what the run
 * really produced) and say so on the page when something they would show is absent.
 */
@FunctionalInterface
public interface ReportSection {
  /**
   * Adds this section to {@code page}.
   *
   * @throws RuntimeException fails the job like any other output error (nothing is committed)
   */
  void write(TrainingRun run, ReportPage page);
}
