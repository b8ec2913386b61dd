package org.giraphml.algorithms.regression;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.SplittableRandom;
import org.giraphml.algorithms.report.ReportHtml;
import org.giraphml.report.ReportPage;
import org.giraphml.testing.Cli;
import org.giraphml.testing.DataFiles;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The regression section of report.html, checked against the rows the run predicted. */
class RegressionReportTest {
  @TempDir
  Path tmp;

  /** y = 3x - 1 plus noise, 60 rows. */
  private Path line() throws Exception {
    SplittableRandom random = new SplittableRandom(5);
    double[][] x = new double[60][1];
    double[] y = new double[60];
    for (int i = 0; i < 60; i++) {
      x[i][0] = i / 10.0;
      y[i] = 3 * x[i][0] - 1 + random.nextGaussian() * 0.5;
    }
    return DataFiles.writeLabelledCsv(tmp.resolve("line.csv"), x, y);
  }

  @Test
  void linregWithPredictionsPlotsPredictedAgainstActualAndResiduals() throws Exception {
    Path out = tmp.resolve("out");
    Cli cli = Cli.run("linreg", "--input", line().toString(), "--label-column", "1",
        "--solver", "lbfgs", "--predictions", "--output", out.toString());
    assertEquals(0, cli.exit, cli.err);
    Document doc = ReportHtml.open(out.resolve("report.html"));
    assertEquals(List.of("overview", "regression", "input", "settings", "timings"),
        ReportHtml.sections(doc));
    assertEquals(List.of("Objective per iteration", "Gradient norm per iteration",
        "Predicted against actual", "Residuals", "Seconds per iteration"),
        ReportHtml.plots(doc));
    assertTrue(doc.select("figcaption").get(2).text().endsWith("All 60 rows."));
    assertTrue(doc.select(".absent").isEmpty());
  }

  @Test
  void withoutPredictionsTheReportSaysWhatIsMissingInsteadOfDrawingIt() throws Exception {
    Path out = tmp.resolve("out");
    Cli cli = Cli.run("linreg", "--input", line().toString(), "--label-column", "1",
        "--output", out.toString());
    assertEquals(0, cli.exit, cli.err);
    Document doc = ReportHtml.open(out.resolve("report.html"));
    assertEquals(List.of(), ReportHtml.plots(doc), "the normal equations have no history");
    assertTrue(doc.text().contains("Solved in one step (normal)"), doc.text());
    assertTrue(doc.selectFirst(".absent").text().contains("Run with --predictions"));
  }

  private static final int CLASS_ROWS = 300;

  /** Two overlapping classes, labels 0 and 1, the features in columns 0 and 1. */
  private static double[] classes(double[][] x) {
    SplittableRandom random = new SplittableRandom(11);
    double[] y = new double[x.length];
    for (int i = 0; i < x.length; i++) {
      x[i][0] = random.nextGaussian();
      x[i][1] = random.nextGaussian();
      double p = 1 / (1 + Math.exp(-(2 * x[i][0] - x[i][1])));
      y[i] = random.nextDouble() < p ? 1 : 0;
    }
    return y;
  }

  private Document logreg(Path data, String engine) throws Exception {
    Path out = tmp.resolve(engine);
    Cli cli = Cli.run("logreg", "--input", data.toString(), "--label-column", "2",
        "--predictions", "--engine", engine, "--output", out.toString());
    assertEquals(0, cli.exit, cli.err);
    return ReportHtml.open(out.resolve("report.html"));
  }

  @Test
  void logregConfusionMatrixAndRocComeFromEveryPredictedRow() throws Exception {
    int n = CLASS_ROWS;
    double[][] x = new double[n][2];
    double[] y = classes(x);
    Path data = DataFiles.writeLabelledCsv(tmp.resolve("classes.csv"), x, y);
    Document doc = logreg(data, "memory");
    Path out = tmp.resolve("memory");
    double[] p = column(DataFiles.readCsv(out.resolve("predictions.csv")), 1);
    assertEquals(n, p.length);
    long[][] counts = new long[2][2];
    double pairs = 0;
    long positives = 0;
    for (int i = 0; i < n; i++) {
      counts[(int) y[i]][p[i] >= 0.5 ? 1 : 0]++;
      if (y[i] == 1) {
        positives++;
        for (int j = 0; j < n; j++) {
          if (y[j] == 0) {
            pairs += p[i] > p[j] ? 1 : p[i] == p[j] ? 0.5 : 0;
          }
        }
      }
    }
    double auc = pairs / (positives * (n - positives));
    assertEquals(List.of("Objective per iteration", "Gradient norm per iteration", "ROC curve",
        "Seconds per iteration"), ReportHtml.plots(doc));
    Element matrix = doc.select("#regression ~ table").get(1);
    assertEquals("actual \\ predicted class 0 class 1", matrix.selectFirst("tr").text());
    assertEquals("class 0 " + counts[0][0] + " " + counts[0][1], matrix.select("tr").get(1).text());
    assertEquals("class 1 " + counts[1][0] + " " + counts[1][1], matrix.select("tr").get(2).text());
    String caption = doc.select("figcaption").get(2).text();
    assertTrue(caption.contains("from all " + n + " rows. Area under the curve "
        + ReportPage.format(auc) + " "), caption);
    assertFalse(doc.text().contains("Predicted against actual"));
  }

  @Test
  void theGiraphEngineBringsEachRowsLabelToTheReportToo() throws Exception {
    double[][] x = new double[CLASS_ROWS][2];
    Path data = DataFiles.writeLabelledCsv(tmp.resolve("classes.csv"), x, classes(x));
    Document memory = logreg(data, "memory");
    Document giraph = logreg(data, "giraph");
    assertEquals(memory.select("#regression ~ table").get(1).text(),
        giraph.select("#regression ~ table").get(1).text(), "the confusion matrix");
    assertEquals(memory.select("figcaption").get(2).text(),
        giraph.select("figcaption").get(2).text(), "the ROC curve's caption, with its area");
  }

  private static double[] column(double[][] rows, int c) {
    double[] out = new double[rows.length];
    for (int i = 0; i < rows.length; i++) {
      out[i] = rows[i][c];
    }
    return out;
  }
}
