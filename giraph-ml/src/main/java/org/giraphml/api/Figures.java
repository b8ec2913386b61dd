package org.giraphml.api;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.giraphml.io.JobFailure;

/**
 * The last check before a model or summary is written: no figure in it may be NaN (or, in a
 * model, infinite) without the user hearing why. A model with such a value is useless, so
 * writing one fails the job naming the field; a summary figure that is NaN and that no
 * warning already names gets a warning naming it, so that NaN never appears silently.
 */
public final class Figures {
  private Figures() {
  }

  /**
   * Fails if any number in {@code model} is NaN or infinite.
   *
   * @throws JobFailure naming the first such field
   */
  public static void requireFinite(JsonNode model, String file) {
    List<String> bad = nonFinite(model, "", false);
    if (!bad.isEmpty()) {
      throw new JobFailure(file + ": " + bad.get(0) + " is not a finite number; the training "
          + "produced no usable model (scale the data, or check it for extreme values)");
    }
  }

  /**
   * Warnings for the NaN figures of {@code summary} that none of {@code warnings} names (by
   * its top-level field), one per field; empty if there are none.
   */
  public static List<String> unexplainedNaNs(JsonNode summary, List<String> warnings) {
    List<String> out = new ArrayList<>();
    for (String path : nonFinite(summary, "", true)) {
      String field = path.replaceAll("[.\\[].*", "");
      boolean named = warnings.stream().anyMatch(w -> w.contains(field))
          || out.stream().anyMatch(w -> w.startsWith(field + " "));
      if (!named) {
        out.add(field + " is NaN: it could not be computed from this data");
      }
    }
    return out;
  }

  /** Paths of the NaN (and, unless {@code nanOnly}, infinite) numbers under {@code node}. */
  private static List<String> nonFinite(JsonNode node, String path, boolean nanOnly) {
    List<String> out = new ArrayList<>();
    if (node.isNumber() || node.isTextual()) {
      double v = node.isNumber() ? node.asDouble() : textualSpecial(node.asText());
      if (Double.isNaN(v) || (!nanOnly && Double.isInfinite(v))) {
        out.add(path);
      }
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        out.addAll(nonFinite(node.get(i), path + "[" + i + "]", nanOnly));
      }
    } else if (node.isObject()) {
      for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> e = it.next();
        String child = path.isEmpty() ? e.getKey() : path + "." + e.getKey();
        out.addAll(nonFinite(e.getValue(), child, nanOnly));
      }
    }
    return out;
  }

  /** Jackson keeps a double's NaN or Infinity as a number node; parsed back, they are text. */
  private static double textualSpecial(String text) {
    switch (text) {
      case "NaN":
        return Double.NaN;
      case "Infinity":
        return Double.POSITIVE_INFINITY;
      case "-Infinity":
        return Double.NEGATIVE_INFINITY;
      default:
        return 0;
    }
  }
}
