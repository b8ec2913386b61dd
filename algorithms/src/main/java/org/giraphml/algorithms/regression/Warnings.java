package org.giraphml.algorithms.regression;

import java.util.ArrayList;
import java.util.List;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;

/**
 * Problems with the result the user must hear about: each is logged when it arises and goes
 * into the summary's {@code warnings}. A master-only holder.
 */
final class Warnings {
  private static final Logger LOG = LogManager.getLogger(Warnings.class);
  private String algorithm;
  private final List<String> all = new ArrayList<>();

  /** For Kryo. */
  private Warnings() {
  }

  Warnings(String algorithm) {
    this.algorithm = algorithm;
  }

  void warn(String message) {
    all.add(message);
    LOG.warn("{}: {}", algorithm, message);
  }

  /** Whether a warning already mentions {@code word}. */
  boolean mention(String word) {
    return all.stream().anyMatch(w -> w.contains(word));
  }

  List<String> all() {
    return List.copyOf(all);
  }
}
