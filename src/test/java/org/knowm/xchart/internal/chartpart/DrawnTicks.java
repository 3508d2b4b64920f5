package org.knowm.xchart.internal.chartpart;

import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;

/**
 * The tick labels XChart drew on a chart's axes, read the way its {@code AxisTickLabels} decides what to draw
 * (a label that is not {@code null} and lies inside the axis). XChart keeps its axes package-private, so this
 * test helper sits in XChart's package; after an XChart upgrade that moves them it stops compiling, which is
 * the moment to look at the plots again.
 */
public final class DrawnTicks {

    private DrawnTicks() {}

    /**
     * The x axis labels of a chart that has been painted.
     *
     * @param chart the chart
     * @return the labels, left to right
     */
    public static List<String> x(Chart<?, ?> chart) {
        Axis<?, ?> axis = chart.getXAxis();
        AxisTickCalculator ticks = axis.getAxisTickCalculator();
        Rectangle2D bounds = axis.getBounds();
        List<String> drawn = new ArrayList<>();
        for (int i = 0; i < ticks.getTickLabels().size(); i++) {
            double at = bounds.getX() + ticks.getTickLocations().get(i);
            String label = ticks.getTickLabels().get(i);
            if (label != null && at > bounds.getX() && at < bounds.getX() + bounds.getWidth()) {
                drawn.add(label);
            }
        }
        return drawn;
    }

    /**
     * The y axis labels of a chart that has been painted.
     *
     * @param chart the chart
     * @return the labels, bottom to top
     */
    public static List<String> y(Chart<?, ?> chart) {
        Axis<?, ?> axis = chart.getYAxis();
        AxisTickCalculator ticks = axis.getAxisTickCalculator();
        Rectangle2D bounds = axis.getBounds();
        List<String> drawn = new ArrayList<>();
        for (int i = 0; i < ticks.getTickLabels().size(); i++) {
            double at = bounds.getY() + bounds.getHeight() - ticks.getTickLocations().get(i);
            String label = ticks.getTickLabels().get(i);
            if (label != null && at > bounds.getY() && at < bounds.getY() + bounds.getHeight()) {
                drawn.add(label);
            }
        }
        return drawn;
    }
}
