package org.giraphml.api;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What is wrong with a JSON file the user gave (a model), in plain words and with its place:
 * {@code "not valid JSON at line 3, column 14: the file ends before the JSON does"}, instead of
 * the parser's own message, which names its classes and features ("enable
 * JsonParser.Feature.ALLOW_NON_NUMERIC_NUMBERS"), character codes and "[Source: ...]".
 */
final class JsonErrors {
  private static final Pattern TOKEN = Pattern.compile("^(?:Unrecognized|Non-standard) token "
      + "'([^']*)'");
  private static final Pattern CONTROL = Pattern.compile("CTRL-CHAR, code (\\d+)");
  private static final Pattern CHARACTER = Pattern.compile("^Unexpected character \\('(.)' "
      + "\\(code \\d+\\)\\)(?:: was expecting (.*))?");
  /** A control character a compressed or binary file starts with (gzip 31, others 0-8). */
  private static final int GZIP_MAGIC = 31;

  private JsonErrors() {
  }

  /** "not valid JSON at line L, column C: what". */
  static String describe(JsonProcessingException e) {
    JsonLocation at = e.getLocation();
    String where = at == null || at.getLineNr() < 1 ? ""
        : " at line " + at.getLineNr() + ", column " + at.getColumnNr();
    boolean atStart = at != null && at.getLineNr() == 1 && at.getColumnNr() <= 2;
    return "not valid JSON" + where + ": " + plain(e.getOriginalMessage(), atStart);
  }

  private static String plain(String parser, boolean atStart) {
    String m = parser == null ? "" : parser;
    if (m.startsWith("Unexpected end-of-input")) {
      return "the file ends before the JSON does (cut short?)";
    }
    Matcher token = TOKEN.matcher(m);
    if (token.find()) {
      String t = token.group(1);
      return t.equals("NaN") || t.contains("Infinity")
          ? "'" + t + "' is not a JSON number (a model never holds one)"
          : "unexpected text '" + t + "'";
    }
    Matcher control = CONTROL.matcher(m);
    if (control.find()) {
      int code = Integer.parseInt(control.group(1));
      return atStart && (code == GZIP_MAGIC || code < 9)
          ? "binary data, not JSON text (a compressed or other binary file?)"
          : "an unescaped control character (code " + code + ")";
    }
    Matcher character = CHARACTER.matcher(m);
    if (character.find()) {
      String expected = character.group(2);
      return "unexpected '" + character.group(1) + "'" + (expected == null ? ""
          : ", expected " + expected.replace("comma to separate Object entries",
              "a comma between entries").replace("comma to separate Array entries",
              "a comma between values").replaceAll("\\s*\\(.*$", ""));
    }
    // Unknown wording: its first clause, without the parser's detail.
    int cut = m.indexOf(':');
    return (cut > 0 ? m.substring(0, cut) : m).replaceAll("\\s*\\(.*$", "").strip();
  }
}
