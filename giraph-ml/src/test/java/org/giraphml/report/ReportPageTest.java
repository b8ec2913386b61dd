package org.giraphml.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.util.Base64;
import java.util.List;
import javax.imageio.ImageIO;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** The page builder: escaping, number format, and the rules for drawing a plot. */
class ReportPageTest {
  @Test
  void everyHtmlSpecialCharacterIsEscaped() {
    assertEquals("&lt;script&gt;alert(&quot;x&quot; &amp; &#39;y&#39;)&lt;/script&gt;",
        ReportPage.escape("<script>alert(\"x\" & 'y')</script>"));
  }

  @Test
  void hostileTextStaysTextInEveryKindOfElement() {
    String evil = "<script>x.csv";
    String html = new ReportPage(evil).section("s", evil).paragraph(evil).absent(evil)
        .list(List.of(evil), true).figures(List.<String[]>of(new String[] {evil, evil}))
        .table(List.of(evil), List.of(List.of(evil)), null).html();
    Document doc = Jsoup.parse(html);
    assertTrue(doc.select("script").isEmpty(), "no script element came from the text");
    assertEquals(evil, doc.title());
    assertEquals(evil, doc.selectFirst("h2").text());
    assertEquals(evil, doc.selectFirst("td").text());
    // title, h1, the contents link, h2, two paragraphs, li, th and td twice
    assertEquals(11, doc.getElementsContainingOwnText(evil).size(), html);
  }

  @Test
  void numbersKeepSixSignificantDigitsWithoutTrailingZeros() {
    assertEquals("150", ReportPage.format(150));
    assertEquals("0.123457", ReportPage.format(0.1234567));
    assertEquals("0.5", ReportPage.format(0.5));
    assertEquals("1.5e-07", ReportPage.format(1.5e-7));
    assertEquals("1e+20", ReportPage.format(1e20));
    assertEquals("NaN", ReportPage.format(Double.NaN));
    assertEquals("-Infinity", ReportPage.format(Double.NEGATIVE_INFINITY));
  }

  @Test
  void aPlotIsAnEmbeddedPngOfItsDeclaredSize() throws Exception {
    Plot plot = Plot.line("Objective per iteration", "iteration", "inertia")
        .series("inertia", new double[] {1, 2, 3}, new double[] {9, 4, 1});
    Document doc = Jsoup.parse(new ReportPage("t").plot(plot, "caption").html());
    Element img = doc.selectFirst("figure img");
    assertNotNull(img);
    assertEquals("Objective per iteration", img.attr("alt"));
    String src = img.attr("src");
    assertTrue(src.startsWith("data:image/png;base64,"), src.substring(0, 30));
    BufferedImage image = ImageIO.read(new ByteArrayInputStream(
        Base64.getDecoder().decode(src.substring(src.indexOf(',') + 1))));
    assertNotNull(image, "the data URI decodes as PNG");
    assertEquals(Plot.WIDTH, image.getWidth());
    assertEquals(Plot.HEIGHT, image.getHeight());
    assertEquals("caption", doc.selectFirst("figcaption").text());
  }

  @Test
  void aLogAxisIsUsedOnlyWhenThePositiveValuesSpanTwoDecades() {
    double[] x = {1, 2, 3, 4};
    assertTrue(Plot.line("t", "x", "y").series("s", x, new double[] {1, 0.1, 0.01, 0})
        .logYWhereHelps().logY());
    assertFalse(Plot.line("t", "x", "y").series("s", x, new double[] {1, 0.5, 0.2, 0.02})
        .logYWhereHelps().logY(), "a span of 50x reads better on a linear axis");
    assertFalse(Plot.line("t", "x", "y").series("s", x, new double[] {1, 0.1, 0.01, 0.001})
        .logY(), "not asked for");
    Plot withZero = Plot.line("t", "x", "y").series("s", x, new double[] {1, 0.1, 0.01, 0})
        .logYWhereHelps();
    assertEquals(1, withZero.notPositive());
    String caption = Jsoup.parse(new ReportPage("t").plot(withZero, "c.").html())
        .selectFirst("figcaption").text();
    assertEquals("c. Logarithmic y axis. 1 point(s) at zero or below not drawn on the log axis.",
        caption);
  }

  @Test
  void nonFinitePointsAreLeftOutAndCounted() {
    Plot plot = Plot.line("t", "x", "y").series("s", new double[] {1, 2, 3, 4},
        new double[] {1, Double.NaN, Double.POSITIVE_INFINITY, 2});
    assertEquals(2, plot.dropped());
    String caption = Jsoup.parse(new ReportPage("t").plot(plot, "c.").html())
        .selectFirst("figcaption").text();
    assertEquals("c. 2 point(s) not drawn: NaN or infinite.", caption);
    Plot nothing = Plot.line("t", "x", "y").series("s", new double[] {1},
        new double[] {Double.NaN});
    Document doc = Jsoup.parse(new ReportPage("p").plot(nothing, "c").html());
    assertTrue(doc.select("img").isEmpty());
    assertEquals("t: nothing to draw (no finite values).", doc.selectFirst(".absent").text());
  }

  @Test
  void aSampleTakesRowsAtAnEvenStrideUpToTheLimit() {
    int n = 2 * RowResults.SAMPLE_LIMIT + 1;
    double[] p = new double[n];
    double[] y = new double[n];
    for (int i = 0; i < n; i++) {
      p[i] = i;
      y[i] = -i;
    }
    RowResults sample = new RowResults("prediction", p, y).sample();
    // stride ceil(4001 / 2000) = 3: rows 0, 3, ..., 3999
    assertEquals(1334, sample.size());
    assertEquals(3999, sample.predicted()[1333]);
    assertEquals(-3, sample.actual()[1]);
    RowResults small = new RowResults("prediction", new double[] {1}, new double[] {2});
    assertEquals(1, small.sample().size());
  }
}
