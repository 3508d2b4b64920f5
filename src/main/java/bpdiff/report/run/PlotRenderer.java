package bpdiff.report.run;

import bpdiff.experiment.Plot;
import bpdiff.experiment.Series;
import java.awt.BasicStroke;
import java.awt.Color;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategoryChartBuilder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.Styler;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * Draws a {@link Plot} as a PNG of fixed size with XChart, without a display.
 *
 * <p>{@code java.awt.headless} is set to {@code true} before AWT is first touched. On a logarithmic axis
 * the points with \( y \le 0 \) (and any non-finite point) are left out, as a log scale cannot show them.
 */
public final class PlotRenderer {

    /** The width of every plot, in pixels. */
    public static final int WIDTH = 900;
    /** The height of every plot, in pixels. */
    public static final int HEIGHT = 480;

    /** At most this many x-axis labels, so that 1000 epochs do not crowd into one line. */
    private static final int MAX_X_LABELS = 12;

    private PlotRenderer() {}

    /**
     * Renders a plot.
     *
     * @param plot the plot
     * @return the PNG bytes
     * @throws UncheckedIOException if the image cannot be encoded
     */
    public static byte[] png(Plot plot) {
        System.setProperty("java.awt.headless", "true");
        try {
            return plot.kind() == Plot.Kind.BARS
                    ? BitmapEncoder.getBitmapBytes(bars(plot), BitmapEncoder.BitmapFormat.PNG)
                    : BitmapEncoder.getBitmapBytes(lines(plot), BitmapEncoder.BitmapFormat.PNG);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot encode plot " + plot.name(), e);
        }
    }

    private static XYChart lines(Plot plot) {
        XYChart chart = new XYChartBuilder().width(WIDTH).height(HEIGHT).title(plot.title())
                .xAxisTitle(plot.xLabel()).yAxisTitle(plot.yLabel()).build();
        style(chart.getStyler());
        chart.getStyler().setYAxisLogarithmic(plot.logY());
        chart.getStyler().setXAxisMaxLabelCount(MAX_X_LABELS);
        if (plot.logY()) {
            chart.getStyler().setYAxisDecimalPattern("0.0E0");
        }
        for (Series series : plot.series()) {
            List<Double> x = new ArrayList<>();
            List<Double> y = new ArrayList<>();
            double[] xs = series.x();
            double[] ys = series.y();
            for (int i = 0; i < xs.length; i++) {
                if (Double.isFinite(ys[i]) && (!plot.logY() || ys[i] > 0)) {
                    x.add(xs[i]);
                    y.add(ys[i]);
                }
            }
            if (x.isEmpty()) {
                continue;
            }
            XYSeries line = chart.addSeries(series.name(), x, y);
            line.setMarker(SeriesMarkers.NONE);
            line.setLineStyle(new BasicStroke(2f));
        }
        return chart;
    }

    private static CategoryChart bars(Plot plot) {
        CategoryChart chart = new CategoryChartBuilder().width(WIDTH).height(HEIGHT).title(plot.title())
                .xAxisTitle(plot.xLabel()).yAxisTitle(plot.yLabel()).build();
        style(chart.getStyler());
        for (Series series : plot.series()) {
            List<Double> y = new ArrayList<>();
            for (double v : series.y()) {
                y.add(Double.isFinite(v) ? v : 0.0);
            }
            chart.addSeries(series.name(), plot.categories(), y);
        }
        return chart;
    }

    private static void style(Styler styler) {
        styler.setChartBackgroundColor(Color.WHITE);
        styler.setPlotBackgroundColor(Color.WHITE);
        styler.setLegendPosition(Styler.LegendPosition.OutsideE);
        styler.setAntiAlias(true);
    }
}
