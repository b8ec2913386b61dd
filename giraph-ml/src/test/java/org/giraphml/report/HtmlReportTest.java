package org.giraphml.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** The whole page from a summary: sections in order, what is missing said, user text escaped. */
class HtmlReportTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  private static JsonNode json(String text) throws Exception {
    return JSON.readTree(text.replace('\'', '"'));
  }

  private static final String INPUT = "'input':{'files':['file:/d/<script>x.csv','file:/d/b.csv'],"
      + "'file_count':2,'header':{'mode':'auto','lines':[{'file':'file:/d/b.csv','line':1,"
      + "'text':'a<b>,c&d'}]},'rows':10,'skipped_rows':1,'load_seconds':0.25,"
      + "'skipped_row_problems':['file:/d/b.csv:3: column 2: <oops> is not a number']}";

  private static TrainingRun run(String summary, List<Setting> settings) throws Exception {
    return new TrainingRun("future", "file:/out", json(summary), null, settings, null,
        "no predictions kept");
  }

  @Test
  void frameworkSectionsSurroundTheAlgorithmsInOrder() throws Exception {
    TrainingRun run = run("{'algorithm':'future','rows':10,'iterations':3,'stop_reason':"
        + "'converged','objective_name':'loss','objective':0.5,'objective_history':[4,2,1,0.5],"
        + "'iteration_seconds':[0.1,0.2,0.1],'train_seconds':0.4,'total_seconds':1.5,"
        + "'warnings':['column <a> is constant']," + INPUT + "}",
        List.of(new Setting("k", "giraphml.k", "3", true),
            new Setting("seed", "giraphml.seed", "42", false)));
    ReportSection mine = (r, page) -> page.section("mine", "Mine").paragraph("from the author");
    Document doc = Jsoup.parse(HtmlReport.render(run, List.of(new ObjectiveSection(), mine)));
    assertEquals(List.of("overview", "training", "mine", "input", "settings", "timings"),
        doc.select("h2").stream().map(Element::id).collect(Collectors.toList()));
    assertEquals(List.of("Objective per iteration", "Seconds per iteration"),
        doc.select("img").eachAttr("alt"));
    assertEquals("column <a> is constant", doc.selectFirst("#overview ~ ul li.warn").text());
    assertTrue(doc.select("script").isEmpty());
    assertEquals(List.of("file:/d/<script>x.csv", "file:/d/b.csv"),
        doc.select("#input ~ ul").first().select("li").eachText());
    assertTrue(doc.text().contains("a<b>,c&d"), "header text shown as text");
    assertTrue(doc.text().contains("file:/d/b.csv:3: column 2: <oops> is not a number"));
    Element given = doc.selectFirst("tr.given");
    assertEquals("--k 3 giraphml.k", given.text(), "options the user gave are marked");
    assertEquals(1, doc.select("tr.given").size());
    assertTrue(doc.text().contains("load seconds 0.250"));
    assertTrue(doc.text().contains("total seconds 1.500"));
  }

  @Test
  void aSummaryWithoutHistoriesGetsNoPlotsAndNoInventedFigures() throws Exception {
    TrainingRun run = run("{'algorithm':'predict','rows':10,'warnings':[]," + INPUT + "}",
        List.of());
    String html = HtmlReport.render(run, List.of(new ObjectiveSection()));
    Document doc = Jsoup.parse(html);
    assertEquals(List.of("overview", "input", "settings", "timings"),
        doc.select("h2").eachAttr("id"));
    assertTrue(doc.select("img").isEmpty());
    assertTrue(doc.text().contains("No warnings."));
    assertFalse(html.contains("http:") || html.contains("https:"), "nothing is fetched");
  }

  @Test
  void manyInputFilesAreCountedRatherThanListed() throws Exception {
    StringBuilder files = new StringBuilder();
    for (int i = 0; i < RunSections.MAX_FILES_LISTED + 7; i++) {
      files.append(i == 0 ? "" : ",").append("'part-").append(i).append("'");
    }
    TrainingRun run = run("{'algorithm':'x','input':{'files':[" + files + "],'file_count':"
        + (RunSections.MAX_FILES_LISTED + 7) + ",'rows':1,'skipped_rows':0}}", List.of());
    Document doc = Jsoup.parse(HtmlReport.render(run, List.of()));
    assertEquals(RunSections.MAX_FILES_LISTED, doc.select("#input ~ ul").first().select("li")
        .size());
    assertTrue(doc.text().contains("... and 7 more file(s)."));
  }

  @Test
  void historiesWithOneEntryMoreThanIterationsStartAtZero() throws Exception {
    TrainingRun run = run("{'iterations':2}", List.of());
    assertEquals(List.of(0.0, 1.0, 2.0), boxed(run.iterationAxis(3)));
    assertEquals(List.of(1.0, 2.0), boxed(run.iterationAxis(2)));
  }

  @Test
  void nanAndInfinityReadBackFromTextAreNumbersAgain() throws Exception {
    TrainingRun run = run("{'h':[1,'NaN','Infinity','-Infinity','junk']}", List.of());
    double[] h = run.history("h");
    assertEquals(1, h[0]);
    assertTrue(Double.isNaN(h[1]));
    assertEquals(Double.POSITIVE_INFINITY, h[2]);
    assertEquals(Double.NEGATIVE_INFINITY, h[3]);
    assertTrue(Double.isNaN(h[4]));
  }

  private static List<Double> boxed(double[] v) {
    return java.util.Arrays.stream(v).boxed().collect(Collectors.toList());
  }
}
