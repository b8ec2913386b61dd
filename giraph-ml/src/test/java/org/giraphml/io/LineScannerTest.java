package org.giraphml.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class LineScannerTest {
  /** Text with every kind of terminator, blank lines of each kind and no final terminator. */
  private static final String MIXED = "ab\ncd\r\nef\rg\r\r\n\n\rhij\r\n\r\nk";

  /** The lines a split {@code [start, end)} owns, as "offset:text", read as SplitReader does. */
  private static List<String> lines(byte[] text, int start, int end, int buffer)
      throws IOException {
    int seekTo = start == 0 ? 0 : start - 1;
    ByteArrayInputStream in = new ByteArrayInputStream(text, seekTo, text.length - seekTo);
    LineScanner scanner = new LineScanner(in, seekTo, end, buffer, LineScanner.MAX_LINE_BYTES);
    if (start > 0) {
      scanner.skipPartialLine();
    }
    List<String> out = new ArrayList<>();
    while (scanner.next()) {
      out.add(scanner.lineOffset() + ":" + new String(scanner.buffer(), scanner.lineStart(),
          scanner.lineEnd() - scanner.lineStart(), StandardCharsets.UTF_8));
    }
    return out;
  }

  @Test
  void lfCrlfAndLoneCrEachEndALine() throws IOException {
    byte[] text = MIXED.getBytes(StandardCharsets.UTF_8);
    // Offsets by hand: "ab\n" 0-2, "cd\r\n" 3-6, "ef\r" 7-9, "g\r" 10-11, "\r\n" 12-13,
    // "\n" 14, "\r" 15, "hij\r\n" 16-20, "\r\n" 21-22, "k" 23.
    assertEquals(List.of("0:ab", "3:cd", "7:ef", "10:g", "12:", "14:", "15:", "16:hij", "21:",
        "23:k"), lines(text, 0, text.length, 16));
  }

  @Test
  void everySplitPointGivesEachLineToExactlyOneSplit() throws IOException {
    byte[] text = MIXED.getBytes(StandardCharsets.UTF_8);
    List<String> whole = lines(text, 0, text.length, 16);
    for (int cut = 1; cut < text.length; cut++) {
      for (int buffer : new int[] {16, 1 << 10}) {
        List<String> parts = new ArrayList<>(lines(text, 0, cut, buffer));
        parts.addAll(lines(text, cut, text.length, buffer));
        assertEquals(whole, parts, "cut at " + cut + ", buffer " + buffer);
      }
    }
  }

  @Test
  void lineNumbersCountCrlfOnce() throws IOException {
    byte[] text = MIXED.getBytes(StandardCharsets.UTF_8);
    long[] offsets = {0, 3, 7, 10, 12, 14, 15, 16, 21, 23};
    for (int line = 0; line < offsets.length; line++) {
      assertEquals(line, LineScanner.countLineBreaks(new ByteArrayInputStream(text),
          offsets[line]), "line starting at " + offsets[line]);
    }
  }

  @Test
  void byteOrderMarkIsStrippedAtTheStartOfTheFileOnly() throws IOException {
    byte[] text = "\uFEFF1,2\n\uFEFF3".getBytes(StandardCharsets.UTF_8);
    List<String> lines = lines(text, 0, text.length, 16);
    assertEquals(List.of("3:1,2", "7:\uFEFF3"), lines);
  }

  @Test
  void aLineLongerThanTheLimitIsReportedWithItsOffset() throws IOException {
    byte[] text = ("1,2\n" + "9".repeat(300) + "\n3,4\n").getBytes(StandardCharsets.UTF_8);
    for (int buffer : new int[] {16, 1 << 12}) {
      LineScanner scanner = new LineScanner(new ByteArrayInputStream(text), 0, text.length,
          buffer, 100);
      scanner.next();
      LineScanner.LineTooLongException e = assertThrows(LineScanner.LineTooLongException.class,
          scanner::next);
      assertEquals(4, e.offset(), "buffer " + buffer);
    }
  }
}
