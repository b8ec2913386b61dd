package org.giraphml.algorithms.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.giraph.block_app.framework.block.Block;
import org.apache.giraph.conf.GiraphConfiguration;
import org.apache.hadoop.conf.Configuration;
import org.giraphml.algorithms.kmeans.KMeans;
import org.giraphml.api.JobOptions;
import org.giraphml.api.MlAlgorithm;
import org.giraphml.api.ResultSink;
import org.giraphml.api.PredictionColumn;
import org.giraphml.conf.ConfOption;
import org.giraphml.io.InputOptions;
import org.giraphml.io.Schema;
import org.giraphml.job.JobRunner;
import org.giraphml.report.ReportSection;
import org.giraphml.testing.Cli;
import org.giraphml.testing.TreeSnapshot;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** report.html as the runner writes it: beside the summary, escaped, optional, all or nothing. */
class ReportFilesTest {
  @TempDir
  Path tmp;

  /** Two groups of rows, under a name and a header that would be markup if not escaped. */
  private Path hostileCsv() throws Exception {
    return Files.writeString(tmp.resolve("<script>x.csv"),
        "len<i>,width&\n1,1\n1.2,0.9\n0.8,1.1\n9,9\n9.3,8.8\n8.9,9.2\n");
  }

  @Test
  void kmeansReportHasItsPlotsAndShowsHostileNamesAsText() throws Exception {
    Path out = tmp.resolve("out");
    Cli cli = Cli.run("kmeans", "--input", hostileCsv().toString(), "--k", "2",
        "--output", out.toString());
    assertEquals(0, cli.exit, cli.err);
    Document doc = ReportHtml.open(out.resolve("report.html"));
    assertEquals(List.of("overview", "kmeans", "input", "settings", "timings"),
        ReportHtml.sections(doc));
    assertEquals(List.of("Objective per iteration", "Largest centroid shift per iteration",
        "Rows that changed cluster per iteration", "Cluster sizes", "Seconds per iteration"),
        ReportHtml.plots(doc));
    assertTrue(doc.select("i").isEmpty(), "the header's <i> stayed text");
    Element file = doc.selectFirst("#input ~ ul li");
    assertTrue(file.text().endsWith("/<script>x.csv"), file.text());
    assertTrue(doc.text().contains("len<i>,width&"), "the header line is shown as it is");
    JsonNode summary = Cli.json(out.resolve("summary.json"));
    assertTrue(doc.text().contains("clusters with rows "
        + summary.get("distinct_clusters").asInt()));
    assertEquals("--k 2 giraphml.kmeans.k", doc.selectFirst("tr.given").text());
    assertTrue(Files.readString(out.resolve("_GIRAPHML")).contains("report.html"),
        "the marker lists the report, so --overwrite may replace it");
  }

  @Test
  void reportFalseWritesNoReport() throws Exception {
    Path out = tmp.resolve("out");
    Cli cli = Cli.run("kmeans", "--input", hostileCsv().toString(), "--k", "2",
        "--output", out.toString(), "--report=false");
    assertEquals(0, cli.exit, cli.err);
    assertTrue(Files.exists(out.resolve("summary.json")));
    assertFalse(Files.exists(out.resolve("report.html")));
  }

  @Test
  void aJobRefusedForBadInputLeavesNoReport() throws Exception {
    Path bad = Files.writeString(tmp.resolve("bad.csv"), "1,2\n3,x\n");
    TreeSnapshot before = TreeSnapshot.of(tmp);
    Cli cli = Cli.run("kmeans", "--input", bad.toString(), "--k", "2",
        "--output", tmp.resolve("out").toString());
    assertEquals(1, cli.exit);
    assertEquals(before, TreeSnapshot.of(tmp));
  }

  @Test
  void aReportThatCannotBeWrittenFailsTheJobAndLeavesNothing() throws Exception {
    Path data = hostileCsv();
    TreeSnapshot before = TreeSnapshot.of(tmp);
    Configuration conf = new Configuration();
    InputOptions.INPUT.set(conf, data.toString());
    JobOptions.OUTPUT.set(conf, tmp.resolve("out").toString());
    conf.set("giraphml.kmeans.k", "2");
    IllegalStateException e = assertThrows(IllegalStateException.class,
        () -> JobRunner.run(new BrokenReportKMeans(), conf));
    assertEquals("the section failed", e.getMessage());
    assertEquals(before, TreeSnapshot.of(tmp), "no output, no work directory");
  }

  /** k-means whose report section fails after training, summary and model are written. */
  public static final class BrokenReportKMeans extends MlAlgorithm {
    private static final KMeans KMEANS = new KMeans();

    @Override
    public String name() {
      return KMEANS.name();
    }

    @Override
    public String description() {
      return KMEANS.description();
    }

    @Override
    public List<ConfOption<?>> options() {
      return KMEANS.options();
    }

    @Override
    public void validate(Configuration conf) {
      KMEANS.validate(conf);
    }

    @Override
    public void checkInput(Configuration conf, Schema schema) {
      KMEANS.checkInput(conf, schema);
    }

    @Override
    public PredictionColumn predictions(Configuration conf) {
      return KMEANS.predictions(conf);
    }

    @Override
    protected Block train(GiraphConfiguration conf, ResultSink result) {
      return KMEANS.createBlock(conf);
    }

    @Override
    public List<ReportSection> reportSections() {
      return List.of((run, page) -> {
        throw new IllegalStateException("the section failed");
      });
    }
  }
}
