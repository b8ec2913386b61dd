package org.giraphml.job;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import org.apache.hadoop.conf.Configuration;
import org.giraphml.api.JobOutput;
import org.giraphml.io.InputOptions;
import org.giraphml.io.InputPlan;
import org.giraphml.io.LoadStats;
import org.giraphml.io.Schema;

/**
 * The {@code input} section of {@code summary.json}: what the job read. The runner builds it
 * from the input plan, the schema and the engine's load statistics (docs/DATA.md, "The
 * summary").
 *
 * @param files every input file, in the order rows are numbered
 * @param header for CSV input, the header mode and the header lines found; empty for LIBSVM
 * @param columns for columnar input (Parquet, ORC), the format and the columns read
 * @param rows data rows read
 * @param skippedRows rows skipped as invalid ({@code --skip-invalid})
 * @param weight the sample-weight column ({@code --weight-column}) and the rows' total weight;
 *     empty when every row weighs 1
 * @param loadSeconds wall seconds the load took, where the engine times it apart from the job
 *     (the embedded engine); empty under the Giraph engine, whose workers load in the job
 * @param skippedRowProblems the first problems of the skipped rows, {@code file:line: what}
 */
public record InputSummary(List<String> files, Optional<Header> header,
    Optional<Columns> columns, long rows,
    long skippedRows, Optional<Weight> weight, OptionalDouble loadSeconds, List<String> skippedRowProblems) {

  /** CSV header handling: the {@code --header} mode and each header line found. */
  public record Header(String mode, List<HeaderLine> lines) {
    public Header {
      lines = List.copyOf(lines);
    }
  }

  /**
   * The columns a columnar input was read by: its {@code --format}, each feature column with
   * the number of features it gives (1, or an array's length) and the label column, if any.
   */
  public record Columns(String format, List<FeatureColumn> features, Optional<String> label) {
    public Columns {
      features = List.copyOf(features);
      Objects.requireNonNull(label, "label");
    }
  }

  /**
   * The sample-weight column, as given (a CSV column number or a column name), and the sum of
   * the weights of the rows read.
   */
  public record Weight(String column, double total) {
  }

  /** A feature column and how many features it gives. */
  public record FeatureColumn(String name, int width) {
  }

  /** A header line: its file, 1-based line number and text. */
  public record HeaderLine(String file, long line, String text) {
  }

  public InputSummary {
    files = List.copyOf(files);
    Objects.requireNonNull(header, "header");
    Objects.requireNonNull(columns, "columns");
    Objects.requireNonNull(loadSeconds, "loadSeconds");
    Objects.requireNonNull(weight, "weight");
    skippedRowProblems = List.copyOf(skippedRowProblems);
  }

  /** What a job with this plan, schema and load statistics read. */
  static InputSummary of(Configuration conf, InputPlan plan, Schema schema, LoadStats stats) {
    List<String> files = plan.files().stream().map(f -> f.path().toString()).toList();
    Optional<Header> header = Optional.empty();
    if (schema.format().rowFormat().hasHeaderLines()) {
      header = Optional.of(new Header(InputOptions.HEADER.format(InputOptions.HEADER.get(conf)),
          schema.headers().stream().map(h -> new HeaderLine(files.get(h.file()), h.line(),
              h.text())).toList()));
    }
    Optional<Columns> columns = Optional.empty();
    if (!schema.featureColumns().isEmpty()) {
      columns = Optional.of(new Columns(InputOptions.FORMAT.format(schema.format()),
          schema.featureColumns().stream().map(c -> new FeatureColumn(c.name(), c.width()))
              .toList(), schema.labelName()));
    }
    Optional<Weight> weight = schema.describeWeight().map(c -> new Weight(c, stats.weight()));
    return new InputSummary(files, header, columns, stats.rows(), stats.skipped(), weight,
        Double.isNaN(stats.seconds()) ? OptionalDouble.empty()
            : OptionalDouble.of(stats.seconds()), stats.problems());
  }

  /** Number of input files. */
  public int fileCount() {
    return files.size();
  }

  /** The section as written: files, file_count, header, rows, skipped_rows, load_seconds... */
  public ObjectNode toJson() {
    ObjectNode input = JobOutput.object();
    ArrayNode fileNames = input.putArray("files");
    files.forEach(fileNames::add);
    input.put("file_count", fileCount());
    header.ifPresent(h -> {
      ObjectNode json = input.putObject("header");
      json.put("mode", h.mode());
      ArrayNode lines = json.putArray("lines");
      h.lines().forEach(l -> lines.addObject().put("file", l.file()).put("line", l.line())
          .put("text", l.text()));
    });
    columns.ifPresent(c -> {
      input.put("format", c.format());
      ArrayNode json = input.putArray("feature_columns");
      c.features().forEach(f -> json.addObject().put("name", f.name()).put("width", f.width()));
      c.label().ifPresent(l -> input.put("label_column", l));
    });
    input.put("rows", rows);
    input.put("skipped_rows", skippedRows);
    weight.ifPresent(w -> input.put("weight_column", w.column()).put("total_weight", w.total()));
    loadSeconds.ifPresent(s -> input.put("load_seconds", s));
    ArrayNode problems = input.putArray("skipped_row_problems");
    skippedRowProblems.forEach(problems::add);
    return input;
  }
}
