package bpdiff.experiment;

import java.util.List;

/**
 * A plot of an experiment, as data: the report renders it to PNG and {@code results.json} keeps its series.
 *
 * @param name the file name without extension, unique in the report, e.g. {@code relu-loss}
 * @param title the title drawn above the plot
 * @param xLabel the x axis label
 * @param yLabel the y axis label
 * @param kind lines over x, or bars per category
 * @param logY whether the y axis is logarithmic (every y must then be greater than 0)
 * @param categories the bar labels, for {@link Kind#BARS}; empty for lines
 * @param series the data
 */
public record Plot(String name, String title, String xLabel, String yLabel, Kind kind, boolean logY,
        List<String> categories, List<Series> series) {

    /** How the series are drawn. */
    public enum Kind {
        /** Lines through \( (x_i, y_i) \). */
        LINES,
        /** Bars: {@code y[i]} above {@code categories[i]}, one colour per series. */
        BARS
    }

    /** Copies the lists. */
    public Plot {
        categories = List.copyOf(categories);
        series = List.copyOf(series);
    }

    /**
     * A line plot.
     *
     * @param name the file name
     * @param logY a logarithmic y axis
     * @param series the lines
     */
    public static Plot lines(String name, String title, String xLabel, String yLabel, boolean logY,
            List<Series> series) {
        return new Plot(name, title, xLabel, yLabel, Kind.LINES, logY, List.of(), series);
    }

    /**
     * A bar plot.
     *
     * @param name the file name
     * @param categories one label per bar group
     * @param series one value per category each
     */
    public static Plot bars(String name, String title, String yLabel, List<String> categories, List<Series> series) {
        return new Plot(name, title, "", yLabel, Kind.BARS, false, categories, series);
    }
}
