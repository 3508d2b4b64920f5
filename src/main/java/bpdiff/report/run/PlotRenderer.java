package bpdiff.report.run;

import bpdiff.experiment.Plot;
import bpdiff.experiment.Series;
import bpdiff.report.html.Coincidence;
import bpdiff.report.html.Palette;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
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
import org.knowm.xchart.internal.chartpart.Chart;
import org.knowm.xchart.style.AxesChartStyler;
import org.knowm.xchart.style.Styler;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * Draws a {@link Plot} as a PNG of fixed size with XChart, without a display.
 *
 * <p>Axes are labelled at round numbers in plain notation: a linear axis at XChart's 1-2-5 steps (the x range
 * runs half a step past the first and last point, which also keeps XChart from labelling every k-th data
 * point, 1, 41, 81, …), a logarithmic axis at every decade from the decade below the data to the one above
 * ({@code 0.001, 0.01, 0.1, 1}), and also at 2…9 times it when that is a single decade. Colours and dashes
 * are {@link Palette}'s; a series lying on an earlier one ({@link Coincidence}) is drawn dashed and thinner on
 * top of a wider line, so both stay visible. {@code java.awt.headless} is set before AWT is first touched. On a
 * logarithmic axis the points with \( y \le 0 \) (and any non-finite point) are left out.
 */
public final class PlotRenderer {

    /** The width of every plot, in pixels. */
    public static final int WIDTH = 900;
    /** The height of every plot, in pixels. */
    public static final int HEIGHT = 480;

    private PlotRenderer() {}

    /**
     * Renders a plot.
     *
     * @return the PNG bytes
     * @throws UncheckedIOException if the image cannot be encoded
     */
    public static byte[] png(Plot plot) {
        System.setProperty("java.awt.headless", "true");
        try {
            return BitmapEncoder.getBitmapBytes(chart(plot), BitmapEncoder.BitmapFormat.PNG);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot encode plot " + plot.name(), e);
        }
    }

    /**
     * Loads what drawing a first plot needs (headless Java2D, the fonts, the PNG encoder), which takes a good part of
     * a second the first time: {@code bpdiff run} calls it on a spare core before any experiment has reported, so
     * that neither the first plot nor the report waits for it.
     */
    public static void warmUp() {
        png(Plot.lines("warm-up", "warm-up", "x", "y", true,
                List.of(new Series("a", new double[] {1, 2}, new double[] {0.1, 1}))));
    }

    /**
     * The series of a plot that lie on earlier ones.
     *
     * @return the coinciding pairs, none for bars
     */
    public static List<Coincidence> coincidences(Plot plot) {
        if (plot.kind() == Plot.Kind.BARS) {
            return List.of();
        }
        return Coincidence.find(plot.series().stream().map(Series::y).toList(), plot.logY());
    }

    /** The XChart chart of a plot, not yet drawn. */
    static Chart<?, ?> chart(Plot plot) {
        System.setProperty("java.awt.headless", "true");
        return plot.kind() == Plot.Kind.BARS ? bars(plot) : lines(plot);
    }

    private static XYChart lines(Plot plot) {
        XYChart chart = new XYChartBuilder().width(WIDTH).height(HEIGHT).title(plot.title())
                .xAxisTitle(plot.xLabel()).yAxisTitle(plot.yLabel()).build();
        style(chart.getStyler());
        List<Coincidence> coincidences = coincidences(plot);
        double minX = Double.POSITIVE_INFINITY;
        double maxX = Double.NEGATIVE_INFINITY;
        double minY = Double.POSITIVE_INFINITY;
        double maxY = Double.NEGATIVE_INFINITY;
        for (int s = 0; s < plot.series().size(); s++) {
            Series series = plot.series().get(s);
            List<Double> x = new ArrayList<>();
            List<Double> y = new ArrayList<>();
            double[] xs = series.x();
            double[] ys = series.y();
            for (int i = 0; i < xs.length; i++) {
                if (Double.isFinite(ys[i]) && (!plot.logY() || ys[i] > 0)) {
                    x.add(xs[i]);
                    y.add(ys[i]);
                    minX = Math.min(minX, xs[i]);
                    maxX = Math.max(maxX, xs[i]);
                    minY = Math.min(minY, ys[i]);
                    maxY = Math.max(maxY, ys[i]);
                }
            }
            if (x.isEmpty()) {
                continue;
            }
            XYSeries line = chart.addSeries(series.name(), x, y);
            line.setMarker(SeriesMarkers.NONE);
            int index = s;
            boolean onTop = coincidences.stream().anyMatch(c -> c.second() == index);
            boolean under = coincidences.stream().anyMatch(c -> c.first() == index);
            line.setLineColor(Palette.awtColour(s));
            line.setLineStyle(onTop ? stroke(1.8f, new float[] {7, 5}) : stroke(under ? 4.5f : 2.2f, Palette.dash(s)));
        }
        if (minX <= maxX) {
            // half a step past the data: XChart then uses its round 1-2-5 steps, not every k-th data point
            chart.getStyler().setXAxisMin(minX - 0.5);
            chart.getStyler().setXAxisMax(maxX + 0.5);
            chart.getStyler().setXAxisDecimalPattern("0");
            if (plot.logY()) {
                logarithmic(chart.getStyler(), minY, maxY);
            } else {
                chart.getStyler().setYAxisDecimalPattern(AxisPatterns.linear(minY, maxY));
            }
        }
        return chart;
    }

    /** A logarithmic y axis from the decade below the data to the decade above, labelled in plain notation. */
    private static void logarithmic(AxesChartStyler styler, double minY, double maxY) {
        int low = (int) Math.floor(Math.log10(minY));
        int high = Math.max(low + 1, (int) Math.ceil(Math.log10(maxY)));
        styler.setYAxisLogarithmic(true);
        styler.setYAxisMin(Math.pow(10, low));
        styler.setYAxisMax(Math.pow(10, high));
        styler.setYAxisLogarithmicDecadeOnly(high - low > 1);
        styler.setYAxisDecimalPattern(AxisPatterns.logarithmic(low));
    }

    private static CategoryChart bars(Plot plot) {
        CategoryChart chart = new CategoryChartBuilder().width(WIDTH).height(HEIGHT).title(plot.title())
                .xAxisTitle(plot.xLabel()).yAxisTitle(plot.yLabel()).build();
        style(chart.getStyler());
        chart.getStyler().setSeriesColors(Palette.SERIES.stream().limit(Palette.SERIES.size() - 1)
                .map(Color::decode).toArray(Color[]::new));
        double minY = 0;
        double maxY = 0;
        for (Series series : plot.series()) {
            List<Double> y = new ArrayList<>();
            for (double v : series.y()) {
                y.add(Double.isFinite(v) ? v : 0.0);
                minY = Math.min(minY, Double.isFinite(v) ? v : 0);
                maxY = Math.max(maxY, Double.isFinite(v) ? v : 0);
            }
            chart.addSeries(series.name(), plot.categories(), y);
        }
        chart.getStyler().setYAxisDecimalPattern(AxisPatterns.linear(minY, maxY));
        return chart;
    }

    private static BasicStroke stroke(float width, float[] dash) {
        return dash.length == 0 ? new BasicStroke(width)
                : new BasicStroke(width, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10f, dash, 0f);
    }

    private static void style(Styler styler) {
        styler.setChartBackgroundColor(Color.WHITE);
        styler.setPlotBackgroundColor(Color.WHITE);
        styler.setLegendPosition(Styler.LegendPosition.OutsideE);
        styler.setAntiAlias(true);
        styler.setLegendFont(new Font(Font.SANS_SERIF, Font.PLAIN, 13));
        if (styler instanceof AxesChartStyler axes) {
            axes.setAxisTickLabelsFont(new Font(Font.SANS_SERIF, Font.PLAIN, 13));
            axes.setPlotGridLinesColor(new Color(0xDD, 0xDD, 0xDD));
        }
    }
}
