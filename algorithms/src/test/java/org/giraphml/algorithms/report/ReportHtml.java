package org.giraphml.algorithms.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import javax.imageio.ImageIO;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Opens a written {@code report.html} as a browser would and checks what every report owes its
 * reader: it is self-contained (no script, no external style sheet, frame or object, no http or
 * https URL anywhere) and every image is a PNG data URI that decodes to a picture.
 */
public final class ReportHtml {
  private ReportHtml() {
  }

  /** The parsed page, after the checks above. */
  public static Document open(Path report) throws Exception {
    String html = Files.readString(report);
    assertFalse(html.contains("http:") || html.contains("https:"),
        "report.html names an http(s) URL");
    Document doc = Jsoup.parse(html);
    assertTrue(doc.select("script, link, iframe, object, embed").isEmpty(),
        "report.html loads or runs something: " + doc.select("script, link, iframe, object"));
    for (Element img : doc.select("img")) {
      String src = img.attr("src");
      assertTrue(src.startsWith("data:image/png;base64,"), "not an embedded PNG: "
          + src.substring(0, Math.min(40, src.length())));
      BufferedImage image = ImageIO.read(new ByteArrayInputStream(
          Base64.getDecoder().decode(src.substring(src.indexOf(',') + 1))));
      assertNotNull(image, img.attr("alt") + " does not decode as PNG");
      assertEquals(img.attr("width"), Integer.toString(image.getWidth()), img.attr("alt"));
    }
    return doc;
  }

  /** The alt texts (titles) of the page's plots, in page order. */
  public static List<String> plots(Document doc) {
    return doc.select("figure img").eachAttr("alt");
  }

  /** The ids of the page's sections, in page order. */
  public static List<String> sections(Document doc) {
    return doc.select("h2").eachAttr("id");
  }
}
