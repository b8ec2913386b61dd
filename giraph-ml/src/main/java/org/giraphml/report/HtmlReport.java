package org.giraphml.report;

import java.util.List;

/**
 * Puts {@code report.html} together: the overview, then the algorithm's sections, then the
 * input, settings and timings. Where the page is written, and whether, is the runner's
 * business.
 */
public final class HtmlReport {
  /** The file name, beside {@code summary.json}. */
  public static final String FILE = "report.html";

  private HtmlReport() {
  }

  /**
   * The page of {@code run}.
   *
   * @param algorithmSections the algorithm's own sections, in order (may be empty)
   */
  public static String render(TrainingRun run, List<ReportSection> algorithmSections) {
    headless();
    ReportPage page = new ReportPage("giraph-ml " + run.algorithm() + ": " + run.output());
    RunSections.overview(run, page);
    for (ReportSection section : algorithmSections) {
      section.write(run, page);
    }
    RunSections.input(run, page);
    RunSections.settings(run, page);
    RunSections.timings(run, page);
    return page.html();
  }

  /**
   * Charts are drawn with Java2D, which must not look for a display: a driver started by
   * {@code hadoop jar} or a test runner may lack the flag {@code conf/jvm.options} gives. Only
   * an explicit choice by whoever started the JVM is kept.
   */
  static void headless() {
    if (System.getProperty("java.awt.headless") == null) {
      System.setProperty("java.awt.headless", "true");
    }
  }
}
