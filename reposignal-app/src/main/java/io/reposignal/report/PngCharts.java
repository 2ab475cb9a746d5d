package io.reposignal.report;

import java.awt.Color;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategoryChartBuilder;
import org.knowm.xchart.CategorySeries;
import org.knowm.xchart.style.Styler;

/**
 * Draws a {@link ChartSpec} as a PNG with XChart, for the Markdown article. XChart has no
 * horizontal bars, so {@code hbar} charts are drawn as vertical bars with slanted labels.
 */
public final class PngCharts {
  static final int WIDTH = 960;
  static final int HEIGHT = 440;
  private static final Color[] PALETTE = {
    new Color(0x2f, 0x6f, 0xde),
    new Color(0xe0, 0x8a, 0x1e),
    new Color(0x6b, 0x9e, 0x3a),
    new Color(0xb4, 0x3c, 0x8e),
    new Color(0x4f, 0x4f, 0x4f)
  };

  private PngCharts() {}

  /** The chart as PNG bytes; the same spec gives the same bytes on the same machine and JDK. */
  public static byte[] png(ChartSpec spec) {
    CategoryChart chart =
        new CategoryChartBuilder().width(WIDTH).height(HEIGHT).title(spec.title()).build();
    Styler.ChartTheme theme = Styler.ChartTheme.XChart;
    chart.getStyler().setTheme(theme.newInstance(theme));
    chart.getStyler().setChartBackgroundColor(Color.WHITE);
    chart.getStyler().setPlotBackgroundColor(Color.WHITE);
    chart.getStyler().setPlotBorderVisible(false);
    chart.getStyler().setSeriesColors(PALETTE);
    chart.getStyler().setLegendPosition(Styler.LegendPosition.InsideNE);
    chart.getStyler().setLegendVisible(spec.series().size() > 1);
    chart.getStyler().setAntiAlias(true);
    chart.getStyler().setAxisTitlesVisible(false);
    chart.getStyler().setXAxisLabelRotation(spec.kind().equals("bar") ? 0 : 40);
    chart.getStyler().setDecimalPattern("#,###");
    chart.getStyler().setLocale(java.util.Locale.ROOT);
    boolean line = spec.kind().equals("line");
    chart
        .getStyler()
        .setDefaultSeriesRenderStyle(
            line
                ? CategorySeries.CategorySeriesRenderStyle.Line
                : CategorySeries.CategorySeriesRenderStyle.Bar);
    List<String> labels = spec.categories().stream().map(PngCharts::label).toList();
    for (ChartSpec.Series series : spec.series()) {
      List<Number> values = new ArrayList<>();
      for (Integer value : series.values()) {
        values.add(value == null ? (line ? null : 0) : value);
      }
      chart.addSeries(label(series.name()), labels, values);
    }
    try {
      return BitmapEncoder.getBitmapBytes(chart, BitmapEncoder.BitmapFormat.PNG);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException("cannot encode chart " + spec.id() + " as PNG", e);
    }
  }

  /** Long labels are cut so the plot keeps its room. */
  private static String label(String text) {
    return text.length() > 40 ? text.substring(0, 39) + "…" : text;
  }
}
