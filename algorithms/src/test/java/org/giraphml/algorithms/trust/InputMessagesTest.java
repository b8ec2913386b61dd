package org.giraphml.algorithms.trust;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Refusals say what is really wrong: an overflowing number in the first row is not a header
 * cell, an invisible character in a quoted cell is shown, a misnamed compressed file is named
 * as such.
 */
class InputMessagesTest {
  @TempDir
  Path tmp;

  private String refused(String name, String text) throws Exception {
    Path data = Files.writeString(tmp.resolve(name), text);
    return Refusal.lastLine(tmp, "kmeans", "--input", data.toString(), "--output",
        tmp.resolve("out").toString(), "--k", "2");
  }

  @Test
  void anOverflowingNumberInTheFirstRowIsRefusedLikeInAnyOtherRow() throws Exception {
    String line = refused("first.csv", "1e400,2\n3,4\n5,6\n");
    assertTrue(line.endsWith("first.csv:1: column 0 (0-based): '1e400' is not a finite number"
        + " (NaN and Infinity are not allowed)"), line);
  }

  @Test
  void aByteOrderMarkInsideTheFileIsShownInTheQuotedCell() throws Exception {
    String line = refused("mid.csv", "1,2\n\uFEFF3,4\n5,6\n");
    assertTrue(line.endsWith("mid.csv:2: column 0 (0-based): '\\uFEFF3' is not a number"), line);
  }

  @Test
  void plainTextNamedSnappyIsNamedAsMisnamedNotEmpty() throws Exception {
    String line = refused("x.csv.snappy", "1,2\n");
    assertTrue(line.endsWith("x.csv.snappy: named *.snappy but holds plain text, which Hadoop's"
        + " SnappyCodec reads as no data: drop the .snappy from its name"), line);
  }
}
