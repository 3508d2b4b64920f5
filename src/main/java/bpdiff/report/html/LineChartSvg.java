package bpdiff.report.html;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A line chart as inline SVG that scales with the page: the loss curves of a comparison.
 *
 * <p>Ticks are at round numbers ({@link Ticks}); a logarithmic axis (chosen when the values span more than a
 * factor 10) runs from the decade below the data to the decade above; colours and dashes come from {@link Palette}; a series that
 * lies on an earlier one ({@link Coincidence}) is drawn dashed and thinner on top of it, and the caption says
 * how close the two are. Points that are not finite (or not above 0 on a logarithmic axis) are gaps.
 */
public final class LineChartSvg {

    private static final int WIDTH = 640;
    private static final int HEIGHT = 300;
    private static final int LEFT = 70;
    private static final int RIGHT = 30;
    private static final int TOP = 14;
    private static final int BOTTOM = 44;

    /**
     * One line.
     *
     * @param name the legend entry
     * @param y one value per x
     */
    public record Line(String name, double[] y) {}

    private LineChartSvg() {}

    /**
     * Draws lines over \( x = 1, 2, …, n \).
     *
     * @param id the element id of the figure
     * @param title the caption's first sentence
     * @param xLabel the x axis label
     * @param yLabel the y axis label
     * @param lines the lines, drawn in this order
     * @return a {@code <figure>} with the SVG, the legend and the notes on coinciding lines
     */
    public static String render(String id, String title, String xLabel, String yLabel, List<Line> lines) {
        int n = lines.stream().mapToInt(l -> l.y().length).max().orElse(0);
        double low = Double.POSITIVE_INFINITY;
        double high = Double.NEGATIVE_INFINITY;
        for (Line line : lines) {
            for (double v : line.y()) {
                if (Double.isFinite(v)) {
                    low = Math.min(low, v);
                    high = Math.max(high, v);
                }
            }
        }
        boolean log = low > 0 && high / low > 10;
        if (log) {
            // from the decade below the data to the one above, so that both ends are labelled
            low = Math.pow(10, Math.floor(Math.log10(low)));
            high = Math.pow(10, Math.ceil(Math.log10(high)));
        } else if (!(low <= high)) {
            low = 0;
            high = 1;
        } else if (low == high) {
            low = log ? low / 2 : low - Math.max(1e-12, Math.abs(low) * 0.1);
            high = log ? high * 2 : high + Math.max(1e-12, Math.abs(high) * 0.1);
        }
        Scale x = new Scale(1, Math.max(2, n), LEFT, WIDTH - RIGHT, false);
        Scale y = new Scale(low, high, HEIGHT - BOTTOM, TOP, log);
        List<Coincidence> coincidences = Coincidence.find(lines.stream().map(Line::y).toList(), log);
        StringBuilder svg = new StringBuilder();
        svg.append("<figure class=\"chart\" id=\"").append(id).append("\"><svg viewBox=\"0 0 ").append(WIDTH)
                .append(' ').append(HEIGHT).append("\" role=\"img\" aria-label=\"").append(Html.escape(title))
                .append("\">");
        axes(svg, x, y, xLabel, yLabel);
        List<String> names = new ArrayList<>();
        for (int s = 0; s < lines.size(); s++) {
            names.add(lines.get(s).name());
            boolean onTop = isSecond(coincidences, s);
            svg.append("<path class=\"series\" fill=\"none\" stroke=\"").append(Palette.colour(s))
                    .append("\" stroke-width=\"").append(onTop ? "1.6" : "3").append('"')
                    .append(dashAttribute(onTop ? new float[] {7, 5} : Palette.dash(s))).append(" d=\"")
                    .append(path(lines.get(s).y(), x, y)).append("\"/>");
            if (n == 1 && Double.isFinite(lines.get(s).y()[0])) {
                svg.append(String.format(Locale.ROOT, "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"4\" fill=\"%s\"/>",
                        x.at(1), y.at(lines.get(s).y()[0]), Palette.colour(s)));
            }
        }
        svg.append("</svg><figcaption>").append(Html.escape(title)).append("<ul class=\"legend\">");
        for (int s = 0; s < lines.size(); s++) {
            boolean onTop = isSecond(coincidences, s);
            svg.append("<li><svg viewBox=\"0 0 36 10\" width=\"36\" height=\"10\"><line x1=\"0\" y1=\"5\" x2=\"36\" "
                    + "y2=\"5\" stroke=\"").append(Palette.colour(s)).append("\" stroke-width=\"3\"")
                    .append(dashAttribute(onTop ? new float[] {7, 5} : Palette.dash(s))).append("/></svg> ")
                    .append(Html.escape(lines.get(s).name())).append("</li>");
        }
        svg.append("</ul>");
        for (Coincidence c : coincidences) {
            svg.append("<p class=\"note\">").append(Html.escape(c.sentence(names)))
                    .append("; the second is drawn dashed on the first.</p>");
        }
        return svg.append("</figcaption></figure>\n").toString();
    }

    private static boolean isSecond(List<Coincidence> coincidences, int series) {
        return coincidences.stream().anyMatch(c -> c.second() == series);
    }

    private static void axes(StringBuilder svg, Scale x, Scale y, String xLabel, String yLabel) {
        svg.append(String.format(Locale.ROOT, "<g class=\"axis\"><rect x=\"%d\" y=\"%d\" width=\"%d\" height=\"%d\" "
                + "fill=\"none\" stroke=\"#888\"/>", LEFT, TOP, WIDTH - LEFT - RIGHT, HEIGHT - TOP - BOTTOM));
        for (double t : Ticks.epochs((int) x.high, 8)) {
            svg.append(String.format(Locale.ROOT, "<line x1=\"%.1f\" y1=\"%d\" x2=\"%.1f\" y2=\"%d\" stroke=\"#ddd\"/>"
                    + "<text class=\"tick x-tick\" x=\"%.1f\" y=\"%d\" text-anchor=\"middle\">%s</text>",
                    x.at(t), TOP, x.at(t), HEIGHT - BOTTOM, x.at(t), HEIGHT - BOTTOM + 16, Ticks.label(t)));
        }
        List<Double> yTicks = y.log ? Ticks.logarithmic(y.low, y.high) : Ticks.linear(y.low, y.high, 6);
        for (double t : yTicks) {
            svg.append(String.format(Locale.ROOT, "<line x1=\"%d\" y1=\"%.1f\" x2=\"%d\" y2=\"%.1f\" stroke=\"#ddd\"/>"
                    + "<text class=\"tick y-tick\" x=\"%d\" y=\"%.1f\" text-anchor=\"end\">%s</text>",
                    LEFT, y.at(t), WIDTH - RIGHT, y.at(t), LEFT - 6, y.at(t) + 4, Ticks.label(t)));
        }
        svg.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" text-anchor=\"middle\">%s</text>"
                + "<text transform=\"translate(14 %d) rotate(-90)\" text-anchor=\"middle\">%s%s</text></g>",
                (LEFT + WIDTH - RIGHT) / 2, HEIGHT - 8, Html.escape(xLabel), (TOP + HEIGHT - BOTTOM) / 2,
                Html.escape(yLabel), y.log ? " (log scale)" : ""));
    }

    private static String path(double[] values, Scale x, Scale y) {
        StringBuilder d = new StringBuilder();
        boolean pen = false;
        for (int i = 0; i < values.length; i++) {
            double v = values[i];
            if (!Double.isFinite(v) || (y.log && v <= 0)) {
                pen = false;
                continue;
            }
            d.append(pen ? 'L' : 'M').append(String.format(Locale.ROOT, "%.1f %.1f", x.at(i + 1), y.at(v)));
            pen = true;
        }
        return d.toString();
    }

    private static String dashAttribute(float[] dash) {
        if (dash.length == 0) {
            return "";
        }
        StringBuilder a = new StringBuilder(" stroke-dasharray=\"");
        for (int i = 0; i < dash.length; i++) {
            a.append(i == 0 ? "" : " ").append((int) dash[i]);
        }
        return a.append('"').toString();
    }

    /** Maps data to pixels. */
    private record Scale(double low, double high, double from, double to, boolean log) {
        double at(double v) {
            double f = log ? (Math.log10(v) - Math.log10(low)) / (Math.log10(high) - Math.log10(low))
                    : (v - low) / (high - low);
            return from + f * (to - from);
        }
    }
}
