package org.giraphml.job;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import org.giraphml.api.JobOptions;
import org.giraphml.api.JobOutput;
import org.giraphml.api.MlAlgorithm;
import org.giraphml.api.Models;
import org.giraphml.api.OutputFiles;
import org.giraphml.conf.ConfOption;
import org.giraphml.report.HtmlReport;
import org.giraphml.report.RowResults;
import org.giraphml.report.Setting;
import org.giraphml.report.TrainingRun;

/**
 * Writes {@code report.html} into the job's work directory, once the summary is complete and
 * before the output is committed, so a job that fails leaves no report (nor anything else).
 */
final class ReportStep {
  private static final Logger LOG = LogManager.getLogger(ReportStep.class);

  private ReportStep() {
  }

  /**
   * Writes the report of a finished job, unless {@code --report=false}.
   *
   * @param rows the predicted rows seen as predictions.csv was written (a bounded sample, see
   *     {@link ReportRows}), or null when the job wrote no predictions
   */
  static void write(MlAlgorithm algorithm, Configuration conf, Path work, Path output,
      JsonNode summary, RowResults rows) throws IOException {
    if (!JobOptions.REPORT.get(conf)) {
      return;
    }
    long t0 = System.nanoTime();
    TrainingRun run = new TrainingRun(algorithm.name(), output.toString(), summary,
        model(conf, work), settings(algorithm, conf), rows,
        "Plots of each row's prediction against its label are not shown: this run did not keep "
            + "its predictions. Run with --predictions to include them.");
    String html = HtmlReport.render(run, algorithm.reportSections());
    try (OutputStream out = OutputFiles.create(conf, new Path(work, HtmlReport.FILE))) {
      out.write(html.getBytes(StandardCharsets.UTF_8));
    }
    LOG.info("Wrote {} ({} KiB) in {} s", HtmlReport.FILE, html.length() / 1024,
        String.format(java.util.Locale.ROOT, "%.3f", (System.nanoTime() - t0) / 1e9));
  }

  /** The saved model, or null if the job wrote none (predict writes none). */
  private static JsonNode model(Configuration conf, Path work) throws IOException {
    Path path = new Path(work, Models.MODEL_FILE);
    FileSystem fs = path.getFileSystem(conf);
    if (!fs.exists(path)) {
      return null;
    }
    try (InputStream in = fs.open(path)) {
      return JobOutput.json().readTree(in);
    }
  }

  /** Every option of the job with the value it ran with; internal ones (no flag) left out. */
  private static List<Setting> settings(MlAlgorithm algorithm, Configuration conf) {
    List<Setting> out = new ArrayList<>();
    for (ConfOption<?> option : JobRunner.allOptions(algorithm)) {
      if (option.flag() != null) {
        out.add(new Setting(option.flag(), option.key(), shown(option, conf),
            option.isSet(conf)));
      }
    }
    return out;
  }

  private static <T> String shown(ConfOption<T> option, Configuration conf) {
    if (option.isSet(conf)) {
      return option.format(option.get(conf));
    }
    return option.defaultValue() == null ? "(not set)" : option.format(option.defaultValue());
  }

}
