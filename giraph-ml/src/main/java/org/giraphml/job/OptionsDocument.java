package org.giraphml.job;

import org.giraphml.api.JobOptions;
import org.giraphml.api.MlAlgorithm;
import org.giraphml.conf.OptionsDoc;
import org.giraphml.export.Export;
import org.giraphml.io.InputOptions;

/** docs/OPTIONS.md, generated from the option constants ({@code giraph-ml options}). */
public final class OptionsDocument {
  private OptionsDocument() {
  }

  public static String markdown() {
    StringBuilder b = new StringBuilder();
    b.append("# Options\n\n")
        .append("Generated from the option constants by `bin/giraph-ml options`; do not edit.\n")
        .append("Each option can be given as its flag or as `-D key=value` / `-conf file.xml`.\n");
    for (MlAlgorithm algorithm : Main.algorithms()) {
      b.append("\n## ").append(algorithm.name()).append("\n\n")
          .append(algorithm.description()).append("\n\n")
          .append(OptionsDoc.markdown(algorithm.options()));
    }
    b.append("\n## ").append(Export.NAME).append("\n\n").append(Export.DESCRIPTION)
        .append(" (no input or job options).\n\n").append(OptionsDoc.markdown(Export.options()));
    b.append("\n## Input (every training command and predict)\n\n")
        .append(OptionsDoc.markdown(OptionsDoc.declaredIn(InputOptions.class)));
    b.append("\n## Job (every training command and predict)\n\n")
        .append(OptionsDoc.markdown(OptionsDoc.declaredIn(JobOptions.class)));
    return b.toString();
  }
}
