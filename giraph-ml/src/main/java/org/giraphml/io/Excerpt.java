package org.giraphml.io;

import java.nio.charset.StandardCharsets;

/**
 * A short, printable prefix of input text for messages and summaries. A bad cell may be a
 * whole megabyte of binary data; messages quote at most {@link #MAX_CHARS} characters of it,
 * with control characters shown as {@code ?} and invisible ones (a byte-order mark, a
 * no-break space) as {@code \}{@code uXXXX}, and say how long it was.
 */
public final class Excerpt {
  /** Characters of a bad input quoted in a message. */
  public static final int MAX_CHARS = 40;

  private Excerpt() {
  }

  /** The bytes {@code b[from, to)} (UTF-8) cut to {@link #MAX_CHARS} characters plus ... */
  public static String of(byte[] b, int from, int to) {
    // Decode only what can be shown: at most 4 bytes a character, so more bytes than this
    // always give more than MAX_CHARS characters.
    int shown = (int) Math.min(to - from, 4L * MAX_CHARS + 4);
    return of(new String(b, from, shown, StandardCharsets.UTF_8), MAX_CHARS);
  }

  /** {@link #of} in quotes, followed by the length in bytes when it was cut. */
  public static String quote(byte[] b, int from, int to) {
    String text = of(b, from, to);
    return "'" + text + "'" + (text.endsWith("...") && to - from > MAX_CHARS
        ? " (" + (to - from) + " bytes)" : "");
  }

  /**
   * {@code text} cut to {@code max} characters plus {@code ...}, control characters as ?,
   * invisible ones as their {@code \}{@code uXXXX} escape.
   */
  public static String of(String text, int max) {
    boolean cut = text.length() > max;
    String head = cut ? text.substring(0, max) : text;
    StringBuilder out = new StringBuilder(head.length() + 3);
    for (int i = 0; i < head.length(); i++) {
      char c = head.charAt(i);
      if (Character.isISOControl(c)) {
        out.append('?');
      } else if (c != ' ' && (Character.getType(c) == Character.FORMAT
          || Character.isSpaceChar(c))) {
        // Invisible in a terminal (a byte-order mark, a zero-width or no-break space): the
        // quote would look like a valid number.
        out.append(String.format("\\u%04X", (int) c));
      } else {
        out.append(c);
      }
    }
    return cut ? out.append("...").toString() : out.toString();
  }
}
