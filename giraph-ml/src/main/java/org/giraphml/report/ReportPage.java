package org.giraphml.report;

import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;

/**
 * The HTML of {@code report.html}, written section by section. Every string given to it is
 * escaped (file names, header text and warnings come from user data), every plot is embedded
 * as a PNG data URI, and the style sheet is inline: the page fetches nothing.
 */
public final class ReportPage {
  private static final String STYLE = String.join("\n",
      "body{font-family:system-ui,-apple-system,'Segoe UI',Roboto,'DejaVu Sans',sans-serif;",
      "  margin:0 auto;max-width:64rem;padding:1rem 2rem;color:#1d232a;line-height:1.45}",
      "h1{font-size:1.6rem;margin-bottom:.2rem}h2{font-size:1.25rem;margin-top:2rem;",
      "  border-bottom:1px solid #d0d7de;padding-bottom:.2rem}",
      "nav a{margin-right:1rem}table{border-collapse:collapse;margin:.6rem 0}",
      "th,td{border:1px solid #d0d7de;padding:.2rem .6rem;text-align:left;vertical-align:top}",
      "td.num{text-align:right;font-variant-numeric:tabular-nums}th{background:#f3f5f7}",
      "figure{margin:1rem 0}figure img{max-width:100%;height:auto;border:1px solid #eaeef2}",
      "figcaption{font-size:.9rem;color:#57606a}.absent{color:#6e4c00;background:#fff8e5;",
      "  padding:.4rem .7rem;border-left:3px solid #d4a72c}",
      ".warn{color:#82071e}code{background:#f3f5f7;padding:0 .2rem}",
      ".given{font-weight:600}.muted{color:#57606a}");

  private final StringBuilder body = new StringBuilder();
  private final List<String[]> toc = new ArrayList<>();
  private final String title;

  /** @param title the page's title and top heading (escaped) */
  public ReportPage(String title) {
    this.title = title;
  }

  /** Escapes text for HTML element content and double- or single-quoted attributes. */
  public static String escape(String text) {
    StringBuilder out = new StringBuilder(text.length() + 16);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        default -> out.append(c);
      }
    }
    return out.toString();
  }

  /** A number as the page shows it: up to 6 significant digits, NaN and ±Infinity by name. */
  public static String format(double v) {
    if (!Double.isFinite(v)) {
      return Double.toString(v);
    }
    if (v == Math.rint(v) && Math.abs(v) < 1e15) {
      return Long.toString((long) v);
    }
    return String.format(Locale.ROOT, "%.6g", v).replaceFirst("(\\.\\d*?)0+(e|$)", "$1$2")
        .replaceFirst("\\.(e|$)", "$1");
  }

  /** Starts a section with a heading; {@code id} is its anchor (letters, digits, dashes). */
  public ReportPage section(String id, String heading) {
    if (!id.matches("[a-z0-9-]+")) {
      throw new IllegalArgumentException("section id must be lower-case letters, digits and "
          + "dashes, got " + id);
    }
    toc.add(new String[] {id, heading});
    body.append("<h2 id=\"").append(id).append("\">").append(escape(heading)).append("</h2>\n");
    return this;
  }

  /** A paragraph of plain text. */
  public ReportPage paragraph(String text) {
    body.append("<p>").append(escape(text)).append("</p>\n");
    return this;
  }

  /** Says what the page does not show and why (so nothing looks invented or forgotten). */
  public ReportPage absent(String text) {
    body.append("<p class=\"absent\">").append(escape(text)).append("</p>\n");
    return this;
  }

  /** A bulleted list; {@code warning} marks every item as a warning. */
  public ReportPage list(List<String> items, boolean warning) {
    body.append("<ul>\n");
    for (String item : items) {
      body.append(warning ? "<li class=\"warn\">" : "<li>").append(escape(item)).append("</li>\n");
    }
    body.append("</ul>\n");
    return this;
  }

  /** A two-column table of names and values. */
  public ReportPage figures(List<String[]> nameValues) {
    body.append("<table class=\"figures\">\n");
    for (String[] nv : nameValues) {
      body.append("<tr><th>").append(escape(nv[0])).append("</th><td class=\"num\">")
          .append(escape(nv[1])).append("</td></tr>\n");
    }
    body.append("</table>\n");
    return this;
  }

  /**
   * A table with a header row. {@code emphasised} rows (may be null) are set in bold; columns
   * of numbers only are right-aligned.
   */
  public ReportPage table(List<String> header, List<List<String>> rows, boolean[] emphasised) {
    body.append("<table>\n<tr>");
    header.forEach(h -> body.append("<th>").append(escape(h)).append("</th>"));
    body.append("</tr>\n");
    boolean[] numeric = new boolean[header.size()];
    for (int c = 0; c < numeric.length; c++) {
      final int col = c;
      numeric[c] = rows.stream().allMatch(row -> isNumber(row.get(col)));
    }
    for (int r = 0; r < rows.size(); r++) {
      boolean strong = emphasised != null && emphasised[r];
      body.append(strong ? "<tr class=\"given\">" : "<tr>");
      List<String> row = rows.get(r);
      for (int c = 0; c < row.size(); c++) {
        body.append(numeric[c] ? "<td class=\"num\">" : "<td>").append(escape(row.get(c)))
            .append("</td>");
      }
      body.append("</tr>\n");
    }
    body.append("</table>\n");
    return this;
  }

  /** Draws {@code plot} (or says why it cannot), with a caption. */
  public ReportPage plot(Plot plot, String caption) {
    if (plot.isEmpty()) {
      return absent(plot.title() + ": nothing to draw (no finite values).");
    }
    String data = Base64.getEncoder().encodeToString(plot.png());
    String text = caption;
    if (plot.logY()) {
      text += " Logarithmic y axis.";
    }
    if (plot.notPositive() > 0) {
      text += " " + plot.notPositive() + " point(s) at zero or below not drawn on the log axis.";
    }
    if (plot.dropped() > 0) {
      text += " " + plot.dropped() + " point(s) not drawn: NaN or infinite.";
    }
    body.append("<figure><img alt=\"").append(escape(plot.title()))
        .append("\" src=\"data:image/png;base64,").append(data).append("\" width=\"")
        .append(Plot.WIDTH).append("\" height=\"").append(Plot.HEIGHT).append("\">")
        .append("<figcaption>").append(escape(text.trim())).append("</figcaption></figure>\n");
    return this;
  }

  /** The whole page. */
  public String html() {
    StringBuilder out = new StringBuilder(body.length() + 4096);
    out.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
        .append("<title>").append(escape(title)).append("</title>\n<style>\n").append(STYLE)
        .append("\n</style>\n</head>\n<body>\n<h1>").append(escape(title)).append("</h1>\n")
        .append("<nav>");
    for (String[] entry : toc) {
      out.append("<a href=\"#").append(entry[0]).append("\">").append(escape(entry[1]))
          .append("</a>");
    }
    out.append("</nav>\n").append(body).append("</body>\n</html>\n");
    return out.toString();
  }

  private static boolean isNumber(String cell) {
    return cell.matches("-?(\\d[\\d.]*(e[-+]?\\d+)?|NaN|Infinity)");
  }
}
