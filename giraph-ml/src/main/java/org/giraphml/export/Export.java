package org.giraphml.export;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.dmg.pmml.PMML;
import org.giraphml.api.MlModel;
import org.giraphml.api.Models;
import org.giraphml.conf.ConfOption;
import org.giraphml.conf.OptionsDoc;
import org.giraphml.io.JobFailure;
import org.giraphml.io.OutputFile;

/**
 * The {@code export} command: loads a saved model, has its algorithm's {@link PmmlExporter}
 * build the document, and writes it with {@link OutputFile} (checked before the model is
 * read, written whole or not at all). Runs in the submitting JVM; no job is started.
 */
public final class Export {
  /** The command name. */
  public static final String NAME = "export";
  /** One line for the command list. */
  public static final String DESCRIPTION =
      "Write a trained model as PMML 4.4, for scoring in other systems";

  private Export() {
  }

  /** The exporters found, by algorithm, and why the others could not be loaded. */
  private record Found(Map<String, PmmlExporter> exporters, List<String> failures) {
  }

  /**
   * The exporters on the classpath. One that cannot be loaded is skipped and its reason kept:
   * the cluster job jar ({@code hadoop jar}) does not bundle the PMML libraries, and every
   * command lists these options, so a missing library must not stop the other commands.
   */
  private static Found exporters() {
    Map<String, PmmlExporter> all = new LinkedHashMap<>();
    List<String> failures = new ArrayList<>();
    Iterator<PmmlExporter> it = ServiceLoader.load(PmmlExporter.class).iterator();
    while (true) {
      try {
        if (!it.hasNext()) {
          break;
        }
        PmmlExporter e = it.next();
        all.put(e.algorithm(), e);
      } catch (ServiceConfigurationError | LinkageError e) {
        Throwable root = e;
        while (root.getCause() != null) {
          root = root.getCause();
        }
        failures.add(root.toString());
      }
    }
    return new Found(all, failures);
  }

  /** The command's options: {@link ExportSettings}, then every exporter's own. */
  public static List<ConfOption<?>> options() {
    List<ConfOption<?>> all = new ArrayList<>(OptionsDoc.declaredIn(ExportSettings.class));
    for (PmmlExporter exporter : exporters().exporters().values()) {
      for (ConfOption<?> option : exporter.options()) {
        if (all.stream().noneMatch(o -> o.key().equals(option.key()))) {
          all.add(option);
        }
      }
    }
    return all;
  }

  /** Checks every option without touching any file. */
  public static void validate(Configuration conf) {
    options().forEach(o -> o.validate(conf));
  }

  /**
   * Runs the command.
   *
   * @return one line saying what was written
   * @throws JobFailure for a missing or unreadable model, a model without an exporter or one
   *     the format cannot express, or an output that may not be written
   */
  public static String run(Configuration conf) throws IOException {
    validate(conf);
    OutputFile out = OutputFile.prepare(conf, ExportSettings.OUTPUT.get(conf),
        "--" + ExportSettings.OUTPUT.flag(), ExportSettings.OVERWRITE.get(conf));
    Path model = new Path(ExportSettings.MODEL.get(conf));
    FileSystem fs = model.getFileSystem(conf);
    model = fs.makeQualified(model);
    if (!fs.exists(model)) {
      throw new JobFailure("--" + ExportSettings.MODEL.flag() + " " + model + " does not exist");
    }
    Path modelFile = fs.getFileStatus(model).isDirectory()
        ? new Path(model, Models.MODEL_FILE) : model;
    if (out.path().equals(modelFile)) {
      throw new JobFailure("--output " + out.show() + " is the model itself; write it elsewhere");
    }
    MlModel loaded = Models.load(conf, model.toString());
    Found found = exporters();
    PmmlExporter exporter = found.exporters().get(loaded.algorithm());
    if (exporter == null) {
      throw new JobFailure(modelFile + ": no PMML exporter for algorithm '" + loaded.algorithm()
          + "' on the classpath (exporters: " + String.join(", ", found.exporters().keySet())
          + ")" + (found.failures().isEmpty() ? "" : "; some could not be loaded ("
          + found.failures().get(0) + "): the cluster job jar does not bundle the PMML "
          + "libraries, run export with bin/giraph-ml"));
    }
    PMML pmml;
    String xml;
    try {
      pmml = exporter.export(loaded, conf);
      xml = Pmml.toXml(pmml);
    } catch (JobFailure e) {
      throw new JobFailure(modelFile + ": " + e.getMessage(), e);
    } catch (LinkageError e) {
      throw new JobFailure("the PMML libraries are not on the classpath (" + e + "): the "
          + "cluster job jar does not bundle them, run export with bin/giraph-ml", e);
    }
    out.write(xml);
    return "wrote " + out.show() + " (PMML " + Pmml.VERSION + ", "
        + pmml.getModels().get(0).getClass().getSimpleName() + " of a " + loaded.algorithm()
        + " model with " + loaded.dimensions() + " features)";
  }
}
