package org.giraphml.export;

import org.giraphml.conf.BooleanOption;
import org.giraphml.conf.ConfOption;
import org.giraphml.conf.EnumOption;
import org.giraphml.conf.StringOption;

/** The options of {@code giraph-ml export}; an exporter may add its own. */
public final class ExportSettings {
  private ExportSettings() {
  }

  public static final StringOption MODEL = (StringOption) new StringOption(
      "giraphml.export.model", "model", null,
      "A trained model: the output directory of a training job, or its model.json.")
      .namesInputs(ConfOption.InputPaths.ONE);

  public static final EnumOption<ExportFormat> FORMAT = new EnumOption<>(
      "giraphml.export.format", "format", ExportFormat.class, ExportFormat.PMML,
      "The file format: pmml is PMML 4.4 XML (k-means as a ClusteringModel, linear and "
          + "logistic regression as a RegressionModel).");

  public static final StringOption OUTPUT = new StringOption("giraphml.export.output", "output",
      null, "The file to write (any Hadoop FileSystem URI) in an existing directory, not inside "
          + "a giraph-ml output directory. Refused if it exists, unless --overwrite; written "
          + "whole (temporary file, then rename) or not at all.");

  public static final BooleanOption OVERWRITE = new BooleanOption("giraphml.export.overwrite",
      "overwrite", false, "Replace an existing output file, in one rename where the file "
          + "system can (local disks, HDFS).");
}
