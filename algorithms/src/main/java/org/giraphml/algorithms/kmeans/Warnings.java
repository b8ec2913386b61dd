package org.giraphml.algorithms.kmeans;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.apache.logging.log4j.Logger;

/**
 * Problems with a run's result that the user must hear about: each is logged when found and
 * listed in the summary's {@code warnings}. A master-side holder shared by the pieces that
 * check the result.
 */
final class Warnings {
  private final List<String> all = new ArrayList<>();

  /** Adds a warning and logs it on {@code log}. */
  void warn(Logger log, String message) {
    all.add(message);
    log.warn("kmeans: {}", message);
  }

  List<String> all() {
    return Collections.unmodifiableList(all);
  }
}
