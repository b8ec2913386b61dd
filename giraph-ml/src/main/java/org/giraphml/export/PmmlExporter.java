package org.giraphml.export;

import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.dmg.pmml.PMML;
import org.giraphml.api.MlModel;
import org.giraphml.conf.ConfOption;

/**
 * Turns one algorithm's model into a PMML document. Implementations are registered as
 * services ({@code META-INF/services/org.giraphml.export.PmmlExporter}) in the algorithm's
 * module, need a public no-argument constructor, and are found by {@link #algorithm()}, the
 * {@code algorithm} field of {@code model.json}.
 *
 * <p>The framework calls {@link #options()} when it builds the command line (the options
 * become flags of {@code giraph-ml export}, validated before anything is read), then
 * {@link #export} once with the loaded model. An exporter builds the document with
 * {@link Pmml}'s helpers so that every exported file names its fields the same way.
 *
 * <p>An exporter must map the model faithfully: a consumer scoring the file must get the
 * predictions {@code giraph-ml predict} gives. What PMML cannot express is refused with a
 * {@link org.giraphml.io.JobFailure} saying why, never approximated.
 */
public interface PmmlExporter {
  /** The {@code algorithm} whose models this exports. */
  String algorithm();

  /** Options of this exporter (typed constants, documented in docs/OPTIONS.md); none by default. */
  default List<ConfOption<?>> options() {
    return List.of();
  }

  /**
   * @param model a model of {@link #algorithm()}
   * @param conf the command's configuration, holding the values of {@link #options()}
   * @throws org.giraphml.io.JobFailure if the model cannot be expressed faithfully
   */
  PMML export(MlModel model, Configuration conf);
}
