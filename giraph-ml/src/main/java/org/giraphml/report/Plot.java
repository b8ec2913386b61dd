package org.giraphml.report;

import java.awt.BasicStroke;
import java.awt.Color;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategoryChartBuilder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.internal.chartpart.Chart;
import org.knowm.xchart.style.Styler;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * One chart of the report, described by its data and drawn to PNG by XChart. Points that are
 * not finite (NaN, infinite) cannot be drawn: they are left out and counted, and the page says
 * how many. A y axis is logarithmic only where that helps: when asked for and the positive
 * values span at least {@value #LOG_SPAN}× (a shift history falling from 1 to 1e-9). Values of
 * zero or below cannot sit on a log axis; they are then left out and counted too (the final
 * shift of a run that converged exactly is 0).
 */
public final class Plot {
  /** The smallest max/min ratio for which a log axis reads better than a linear one. */
  static final double LOG_SPAN = 100;
  static final int WIDTH = 760;
  static final int HEIGHT = 380;

  private enum Kind { LINE, SCATTER, BARS }

  /** How a series is drawn: as points, as a line through the data, or as a reference line. */
  private enum Style { POINTS, LINE, REFERENCE }

  private record Series(String name, double[] x, double[] y, Style style) {
  }

  private final Kind kind;
  private final String title;
  private final String xLabel;
  private final String yLabel;
  private final List<Series> series = new ArrayList<>();
  private List<String> categories = List.of();
  private boolean logYWanted;
  private int dropped;

  private Plot(Kind kind, String title, String xLabel, String yLabel) {
    this.kind = kind;
    this.title = title;
    this.xLabel = xLabel;
    this.yLabel = yLabel;
  }

  /** Lines through the points of each series (an iteration history, say). */
  public static Plot line(String title, String xLabel, String yLabel) {
    return new Plot(Kind.LINE, title, xLabel, yLabel);
  }

  /** Unconnected points (predicted against actual, say); {@link #line} series may be added. */
  public static Plot scatter(String title, String xLabel, String yLabel) {
    return new Plot(Kind.SCATTER, title, xLabel, yLabel);
  }

  /** One bar per category. */
  public static Plot bars(String title, String xLabel, String yLabel, List<String> categories,
      double[] values) {
    if (categories.size() != values.length) {
      throw new IllegalArgumentException(categories.size() + " categories, " + values.length
          + " values");
    }
    Plot p = new Plot(Kind.BARS, title, xLabel, yLabel);
    p.categories = List.copyOf(categories);
    double[] index = new double[values.length];
    Arrays.setAll(index, i -> i);
    p.series.add(new Series(yLabel, index, values.clone(), Style.POINTS));
    return p;
  }

  /** The 1-based positions 1..n, the x values of a history. */
  public static double[] positions(int n) {
    double[] x = new double[n];
    Arrays.setAll(x, i -> i + 1);
    return x;
  }

  /** Adds a series drawn in this plot's own style; non-finite points are left out. */
  public Plot series(String name, double[] x, double[] y) {
    return add(name, x, y, kind == Kind.LINE ? Style.LINE : Style.POINTS);
  }

  /** Adds a reference line, thin and without markers (y = x, zero, chance). */
  public Plot line(String name, double[] x, double[] y) {
    return add(name, x, y, Style.REFERENCE);
  }

  /** Asks for a logarithmic y axis, used only where it helps (see the class comment). */
  public Plot logYWhereHelps() {
    logYWanted = true;
    return this;
  }

  public String title() {
    return title;
  }

  /** How many points were left out because a coordinate was not finite. */
  public int dropped() {
    return dropped;
  }

  /** Whether anything is left to draw. */
  public boolean isEmpty() {
    return series.stream().allMatch(s -> s.x().length == 0);
  }

  /** Whether the y axis is drawn logarithmic. */
  public boolean logY() {
    if (!logYWanted || kind == Kind.BARS) {
      return false;
    }
    double min = Double.POSITIVE_INFINITY;
    double max = 0;
    for (Series s : series) {
      for (double v : s.y()) {
        if (v > 0) {
          min = Math.min(min, v);
          max = Math.max(max, v);
        }
      }
    }
    return max > 0 && max / min >= LOG_SPAN;
  }

  /** How many points a log axis leaves out for being zero or negative (0 on a linear one). */
  public int notPositive() {
    if (!logY()) {
      return 0;
    }
    return (int) series.stream().flatMapToDouble(s -> Arrays.stream(s.y())).filter(v -> v <= 0)
        .count();
  }

  private Plot add(String name, double[] x, double[] y, Style style) {
    if (x.length != y.length) {
      throw new IllegalArgumentException(name + ": " + x.length + " x values, " + y.length
          + " y values");
    }
    int n = 0;
    double[] fx = new double[x.length];
    double[] fy = new double[y.length];
    for (int i = 0; i < x.length; i++) {
      if (Double.isFinite(x[i]) && Double.isFinite(y[i])) {
        fx[n] = x[i];
        fy[n] = y[i];
        n++;
      }
    }
    dropped += x.length - n;
    series.add(new Series(name, Arrays.copyOf(fx, n), Arrays.copyOf(fy, n), style));
    return this;
  }

  /** The chart as PNG bytes. */
  byte[] png() {
    Chart<?, ?> chart = kind == Kind.BARS ? barChart() : xyChart();
    try {
      return BitmapEncoder.getBitmapBytes(chart, BitmapEncoder.BitmapFormat.PNG);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot draw the plot '" + title + "'", e);
    }
  }

  private XYChart xyChart() {
    XYChart chart = new XYChartBuilder().width(WIDTH).height(HEIGHT).title(title)
        .xAxisTitle(xLabel).yAxisTitle(yLabel).build();
    style(chart.getStyler());
    chart.getStyler().setYAxisLogarithmic(logY());
    chart.getStyler().setLegendVisible(series.size() > 1);
    chart.getStyler().setMarkerSize(kind == Kind.SCATTER ? 5 : 6);
    boolean log = logY();
    for (Series all : series) {
      Series s = log ? positiveOnly(all) : all;
      if (s.x().length == 0) {
        continue;
      }
      XYSeries drawn = chart.addSeries(s.name(), s.x(), s.y());
      switch (s.style()) {
        case LINE -> {
          drawn.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Line);
          // Markers help to count a short history's points; past ~60 they only blur the line.
          drawn.setMarker(s.x().length <= 60 ? SeriesMarkers.CIRCLE : SeriesMarkers.NONE);
          drawn.setLineStyle(new BasicStroke(2f));
        }
        case REFERENCE -> {
          drawn.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Line);
          drawn.setMarker(SeriesMarkers.NONE);
          drawn.setLineStyle(new BasicStroke(1.5f));
        }
        default -> {
          drawn.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Scatter);
          drawn.setMarker(SeriesMarkers.CIRCLE);
        }
      }
    }
    return chart;
  }

  private static Series positiveOnly(Series s) {
    int n = 0;
    double[] x = new double[s.x().length];
    double[] y = new double[s.y().length];
    for (int i = 0; i < x.length; i++) {
      if (s.y()[i] > 0) {
        x[n] = s.x()[i];
        y[n++] = s.y()[i];
      }
    }
    return new Series(s.name(), Arrays.copyOf(x, n), Arrays.copyOf(y, n), s.style());
  }

  private CategoryChart barChart() {
    CategoryChart chart = new CategoryChartBuilder().width(WIDTH).height(HEIGHT).title(title)
        .xAxisTitle(xLabel).yAxisTitle(yLabel).build();
    style(chart.getStyler());
    chart.getStyler().setLegendVisible(false);
    chart.getStyler().setXAxisLabelRotation(categories.size() > 12 ? 90 : 0);
    Series s = series.get(0);
    List<Double> values = new ArrayList<>();
    for (double v : s.y()) {
      values.add(v);
    }
    List<String> kept = new ArrayList<>();
    for (double i : s.x()) {
      kept.add(categories.get((int) i));
    }
    chart.addSeries(s.name(), kept, values);
    return chart;
  }

  private static void style(Styler styler) {
    styler.setChartBackgroundColor(Color.WHITE);
    styler.setPlotBackgroundColor(Color.WHITE);
    styler.setChartTitleBoxVisible(false);
    styler.setPlotBorderVisible(false);
    // Below the plot: inside, a legend hides the points or the curve it explains.
    styler.setLegendPosition(Styler.LegendPosition.OutsideS);
    styler.setLegendLayout(Styler.LegendLayout.Horizontal);
    styler.setAntiAlias(true);
  }
}
