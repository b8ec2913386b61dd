package org.giraphml.io;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.OptionalInt;
import java.util.Set;
import org.apache.hadoop.conf.Configuration;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import org.giraphml.conf.InvalidOptionException;

/**
 * Settles the {@link Schema} before the job starts, through the input format's
 * {@link RowFormat#sniff}. For the text formats (here) it reads the first lines of every file:
 * that each holds text, whether its first line is a header, the number of CSV columns (from
 * the first file), whether the label column exists, and that some file holds a data row.
 * Problems found here fail the job before it takes any resources. The header decision is
 * logged once and recorded in the schema for the summary.
 *
 * <p>With {@code --header auto} a first line is a header when none of its cells is a number,
 * and data when all are. A line that mixes both is most likely a data row with a typo, though
 * it may be a header with a numeric column name: it is refused with both readings named
 * (with {@code --skip-invalid} it is read, and counted, as an invalid row), never dropped.
 */
public final class SchemaSniffer {
  private static final Logger LOG = LogManager.getLogger(SchemaSniffer.class);
  private static final int BUFFER = 1 << 16;

  private SchemaSniffer() {
  }

  /**
   * Settles the schema with the format's own sniffing ({@link RowFormat#sniff}).
   *
   * @throws InputException naming the file and what was wrong
   */
  public static Schema sniff(Configuration conf, InputPlan plan) throws IOException {
    return InputOptions.FORMAT.get(conf).rowFormat().sniff(conf, plan);
  }

  /** The text formats' sniffing: first lines, header decision, CSV column count. */
  static Schema sniffText(Configuration conf, InputPlan plan, TextRowFormat text)
      throws IOException {
    InputFormatKind format = InputOptions.FORMAT.get(conf);
    char delimiter = InputOptions.DELIMITER.get(conf).charAt(0);
    HeaderMode header = InputOptions.HEADER.get(conf);
    LabelColumn labelColumn = InputOptions.LABEL_COLUMN.get(conf);
    LabelColumn weightColumn = InputOptions.WEIGHT_COLUMN.get(conf);
    boolean skipInvalid = InputOptions.SKIP_INVALID.get(conf);
    InputOptions.FEATURES.get(conf).ifPresent(f -> {
      throw new InvalidOptionException(InputOptions.FEATURES, f, "names the columns of a "
          + "columnar input (--format parquet|orc); " + format.name().toLowerCase(Locale.ROOT)
          + " rows use every column but the label");
    });
    int cellDelimiter = text.cellDelimiter(conf);
    if (cellDelimiter < 0 && weightColumn.isPresent()) {
      throw new InvalidOptionException(InputOptions.WEIGHT_COLUMN, weightColumn.toString(),
          format.name().toLowerCase(Locale.ROOT) + " rows hold a label and features only, no "
              + "weight column; use --format csv, parquet or orc for weighted rows");
    }
    List<FirstLines> starts = new ArrayList<>();
    for (InputPlan.InputFile file : plan.files()) {
      starts.add(read(conf, file, cellDelimiter));
    }
    checkSomeData(plan, starts, text.hasHeaderLines(), header);
    if (cellDelimiter < 0) {
      logFiles(plan, "");
      return new Schema(format, delimiter, header, 0, OptionalInt.empty());
    }
    if (labelColumn.name().isPresent()) {
      throw new InvalidOptionException(InputOptions.LABEL_COLUMN, labelColumn.toString(),
          "must be a column number (0-based) or 'none' for " + format.name()
              .toLowerCase(Locale.ROOT) + " input; column names are for --format parquet|orc");
    }
    if (weightColumn.name().isPresent()) {
      throw new InvalidOptionException(InputOptions.WEIGHT_COLUMN, weightColumn.toString(),
          "must be a column number (0-based) or 'none' for " + format.name()
              .toLowerCase(Locale.ROOT) + " input; column names are for --format parquet|orc");
    }
    OptionalInt label = labelColumn.index();
    OptionalInt weight = weightColumn.index();
    if (weight.isPresent() && weight.equals(label)) {
      throw new InvalidOptionException(InputOptions.WEIGHT_COLUMN, weightColumn.toString(),
          "is also the --label-column: the weight must be a column of its own");
    }
    List<Schema.HeaderLine> headers = new ArrayList<>();
    // The first file with a line: an earlier one may hold blank lines only, or be a part file
    // compressed empty, and has no columns to compare with.
    FirstLines first = starts.stream().filter(s -> s.line != null).findFirst().orElseThrow();
    for (FirstLines s : starts) {
      if (s.line == null) {
        continue;
      }
      boolean isHeader = header == HeaderMode.PRESENT
          || header == HeaderMode.AUTO && s.isHeaderByItsCells(skipInvalid);
      if (isHeader) {
        if (s.columns != first.columns) {
          throw new InputException(s.file.path().toString(), s.lineNumber, "header has "
              + s.columns + " columns, but the first line of " + first.file.path() + " has "
              + first.columns);
        }
        headers.add(new Schema.HeaderLine(s.file.index(), s.offset, s.lineNumber, s.text));
      }
    }
    int columns = first.columns;
    if (label.isPresent() && label.getAsInt() >= columns) {
      throw new InputException(first.file.path().toString(), first.lineNumber, "--label-column "
          + label.getAsInt() + " is out of range: the file has " + columns
          + " columns (0-based: 0.." + (columns - 1) + ")");
    }
    if (weight.isPresent() && weight.getAsInt() >= columns) {
      throw new InputException(first.file.path().toString(), first.lineNumber, "--weight-column "
          + weight.getAsInt() + " is out of range: the file has " + columns
          + " columns (0-based: 0.." + (columns - 1) + ")");
    }
    if (columns - (label.isPresent() ? 1 : 0) - (weight.isPresent() ? 1 : 0) < 1) {
      throw new InputException(first.file.path().toString(), first.lineNumber,
          "no feature columns besides the label" + (weight.isPresent() ? " and the weight" : ""));
    }
    logFiles(plan, "; " + describeHeaders(header, headers, plan.files().size())
        + (weight.isPresent() ? "; weight: column " + weight.getAsInt() : ""));
    Schema settled = new Schema(format, delimiter, header, columns, label).withHeaders(headers);
    return weight.isPresent() ? settled.withWeight(weightColumn) : settled;
  }

  private static FirstLines read(Configuration conf, InputPlan.InputFile file,
      int cellDelimiter) throws IOException {
    FirstLines s = new FirstLines(file);
    long lineNumber = 0;
    try (InputStream in = InputStreams.openText(conf, file)) {
      LineScanner lines = new LineScanner(in, 0, Long.MAX_VALUE, BUFFER,
          LineScanner.MAX_LINE_BYTES);
      try {
        while (lines.next()) {
          lineNumber++;
          byte[] b = lines.buffer();
          int from = Tokens.trimStart(b, lines.lineStart(), lines.lineEnd());
          int to = Tokens.trimEnd(b, from, lines.lineEnd());
          if (from == to) {
            continue;
          }
          if (s.line != null) {
            s.moreLines = true;
            break;
          }
          s.line = new CellCensus(b, from, to, cellDelimiter);
          s.columns = s.line.cells;
          s.offset = lines.lineOffset();
          s.lineNumber = lineNumber;
          s.text = Excerpt.of(b, from, to);
        }
      } catch (LineScanner.LineTooLongException e) {
        throw new InputException(file.path().toString(), lineNumber + 1, "line longer than "
            + LineScanner.MAX_LINE_BYTES + " bytes; is this a text file?");
      }
    }
    return s;
  }

  /** Fails with "no data rows" when no file holds a line beyond its header. */
  private static void checkSomeData(InputPlan plan, List<FirstLines> starts,
      boolean headerLines, HeaderMode header) {
    List<String> why = new ArrayList<>();
    for (FirstLines s : starts) {
      boolean headerOnly = headerLines && s.line != null && !s.moreLines
          && (header == HeaderMode.PRESENT || header == HeaderMode.AUTO && s.line.texts > 0
          && s.line.numbers == 0);
      if (s.line != null && !headerOnly) {
        return;
      }
      why.add((starts.size() > 1 ? s.file.path().getName() + ": " : "")
          + (s.line == null ? "blank lines only" : "only the header line '" + s.text + "'"));
    }
    String where = starts.size() == 1 ? plan.files().get(0).path().toString()
        : InputLister.names(plan.files().stream().map(InputPlan.InputFile::path).toList());
    throw new InputException(where, 0, "no data rows (" + String.join("; ",
        why.subList(0, Math.min(3, why.size()))) + (why.size() > 3 ? "; ..." : "") + ")");
  }

  private static String describeHeaders(HeaderMode mode, List<Schema.HeaderLine> headers,
      int files) {
    if (headers.isEmpty()) {
      return "no header line (--header " + mode.name().toLowerCase(java.util.Locale.ROOT)
          + (mode == HeaderMode.AUTO ? ": every file's first line is numeric)" : ")");
    }
    Set<String> texts = new LinkedHashSet<>();
    headers.forEach(h -> texts.add("line " + h.line() + " '" + h.text() + "'"));
    String taken = "header " + String.join(", ", texts) + " in " + headers.size() + " of "
        + files + " file(s) (--header " + mode.name().toLowerCase(java.util.Locale.ROOT) + ")";
    if (headers.size() < files || texts.size() > 1) {
      LOG.warn("The input's files do not agree on a header: {}; other files' first lines are "
          + "read as data", taken);
    }
    return taken;
  }

  private static void logFiles(InputPlan plan, String headers) {
    long compressed = plan.files().stream().filter(f -> f.codec() != null).count();
    LOG.info("Input: {} file(s){}{}", plan.files().size(),
        compressed > 0 ? " (" + compressed + " compressed)" : "", headers);
  }

  /** The first non-blank line of a file, and whether another follows. */
  private static final class FirstLines {
    final InputPlan.InputFile file;
    CellCensus line;
    int columns;
    long offset;
    long lineNumber;
    String text;
    boolean moreLines;

    FirstLines(InputPlan.InputFile file) {
      this.file = file;
    }

    boolean isHeaderByItsCells(boolean skipInvalid) {
      if (line.texts == 0) {
        return false;
      }
      if (line.numbers == 0) {
        return true;
      }
      if (skipInvalid) {
        return false;
      }
      throw new InputException(file.path().toString(), lineNumber, "the first line mixes "
          + "numbers and text (" + TextRowFormat.column(line.firstText) + ": "
          + line.firstTextExcerpt + " is not a number): if it is a header, pass --header "
          + "present; if it is data, fix the cell (or pass --skip-invalid to skip it)");
    }
  }
}
