package org.giraphml.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * A model file that is not JSON is described in plain words with its line and column, never
 * with the parser's wording (its feature names, character codes or "[Source: ...]").
 */
class JsonErrorsTest {
  private static String describe(byte[] text) {
    return JsonErrors.describe(assertThrows(JsonProcessingException.class,
        () -> JobOutput.json().readTree(text)));
  }

  private static String describe(String text) {
    return describe(text.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void eachKindOfDamageIsSaidPlainlyWithItsPlace() {
    assertEquals("not valid JSON at line 1, column 4: unexpected text 'xyz'", describe("xyz"));
    assertEquals("not valid JSON at line 2, column 10: the file ends before the JSON does (cut "
        + "short?)", describe("{\"a\": [1,\n  [1, 2],"));
    assertEquals("not valid JSON at line 1, column 10: unexpected '\"', expected a comma between"
        + " entries", describe("{\"a\": 1 \"b\": 2}"));
    assertEquals("not valid JSON at line 1, column 10: 'NaN' is not a JSON number (a model never "
        + "holds one)", describe("{\"k\": NaN}"));
    assertEquals("not valid JSON at line 1, column 2: binary data, not JSON text (a compressed or"
        + " other binary file?)", describe(new byte[] {31, (byte) 0x8b, 8, 0}));
    assertEquals("not valid JSON at line 1, column 9: an unescaped control character (code 1)",
        describe("{\"a\": \"\u0001\"}"));
  }
}
