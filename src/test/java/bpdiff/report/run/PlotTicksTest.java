package bpdiff.report.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import bpdiff.experiment.ExperimentResult;
import bpdiff.experiment.ExperimentRunner;
import bpdiff.experiment.Experiments;
import bpdiff.experiment.Lab;
import bpdiff.experiment.Plot;
import bpdiff.experiment.RunResult;
import bpdiff.experiment.Series;
import bpdiff.experiment.Sources;
import bpdiff.gradient.Environment;
import bpdiff.gradient.Precision;
import bpdiff.report.html.Coincidence;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.internal.chartpart.Chart;
import org.knowm.xchart.internal.chartpart.DrawnTicks;

/**
 * The tick labels XChart draws on every plot of {@code bpdiff run}, read from the painted chart: readable on
 * every axis. A linear axis is labelled at multiples of one 1-2-5 step, in plain notation with a leading zero,
 * at most 12 labels across and 16 up; a logarithmic axis at consecutive decades in plain notation ({@code 0.001, 0.01, 0.1}),
 * at least two labels.
 */
class PlotTicksTest {

    private static RunResult run;

    @BeforeAll
    static void runAll() {
        Lab lab = new Lab(Sources.standard(), Precision.FLOAT64, line -> { });
        run = new ExperimentRunner(lab).run(Experiments.all(),
                new Environment("test", "test", "test", "float64", "test", "test"));
    }

    static Stream<String> plots() {
        return Stream.of("lecture-gradients", "published-gradients", "published-loss", "corrected-loss",
                "methods-loss", "builtin-sigmoid-ulps", "relu-loss", "relu-o2", "builtin-mse-loss", "cross-entropy-loss",
                "step-and-epochs-loss", "random-init-loss", "zero-init-weights");
    }

    @ParameterizedTest
    @MethodSource("plots")
    void everyAxisIsLabelledAtRoundNumbers(String name) {
        Plot plot = plot(name);
        Chart<?, ?> chart = PlotRenderer.chart(plot);
        BitmapEncoder.getBufferedImage(chart);
        List<String> x = DrawnTicks.x(chart);
        List<String> y = DrawnTicks.y(chart);
        if (plot.kind() == Plot.Kind.BARS) {
            assertEquals(plot.categories(), x, "one label per bar group");
        } else {
            assertRoundSteps(x, 12, "x of " + name);
        }
        if (plot.logY()) {
            assertDecades(y, "y of " + name);
        } else {
            assertRoundSteps(y, 16, "y of " + name);
        }
    }

    @Test
    void aThousandEpochsAreLabelledEveryHundredAndTheLossAtEveryDecade() {
        Chart<?, ?> chart = PlotRenderer.chart(plot("methods-loss"));
        BitmapEncoder.getBufferedImage(chart);
        List<String> x = DrawnTicks.x(chart);
        assertEquals(List.of("0", "100", "200", "300", "400", "500", "600", "700", "800", "900", "1000"), x,
                "not 1 41 81 121 …");
        assertEquals(List.of("0.001", "0.01", "0.1", "1"), DrawnTicks.y(chart), "every decade, plain notation");
    }

    @Test
    void seriesThatCoincideAreNamedWithTheirLargestDifference() {
        Plot methods = plot("methods-loss");
        List<Coincidence> pairs = PlotRenderer.coincidences(methods);
        assertEquals(1, pairs.size(), "hand and autograd lie on each other");
        double largest = 0;
        double[] hand = methods.series().get(0).y();
        double[] autograd = methods.series().get(1).y();
        for (int i = 0; i < hand.length; i++) {
            largest = Math.max(largest, Math.abs(hand[i] - autograd[i]));
        }
        assertEquals(largest, pairs.get(0).largestDifference());
        assertTrue(largest < 1e-15, "they agree to rounding: " + largest);
        List<String> names = methods.series().stream().map(Series::name).toList();
        assertTrue(pairs.get(0).sentence(names).matches(".* and .* coincide to \\d\\.\\de-1[5-9] \\(largest difference\\)"),
                pairs.get(0).sentence(names));
        Plot mse = plot("builtin-mse-loss");
        assertTrue(PlotRenderer.coincidences(mse).size() >= 2, "half-sse = mse-mean and mse-sum = mse-per-output");
    }

    private static void assertRoundSteps(List<String> labels, int most, String axis) {
        assertTrue(labels.size() >= 2 && labels.size() <= most, axis + ": " + labels);
        List<BigDecimal> values = new ArrayList<>();
        for (String label : labels) {
            assertFalse(label.contains("E") || label.startsWith(".") || label.startsWith("-."), axis + ": " + labels);
            values.add(new BigDecimal(label));
        }
        BigDecimal step = values.get(1).subtract(values.get(0));
        BigDecimal mantissa = step.movePointLeft(step.precision() - step.scale() - 1).stripTrailingZeros();
        assertTrue(List.of("1", "2", "5", "2.5").contains(mantissa.toPlainString()), axis + ": step " + step);
        for (int i = 1; i < values.size(); i++) {
            assertEquals(0, values.get(i).subtract(values.get(i - 1)).compareTo(step), axis + ": " + labels);
            assertEquals(0, values.get(i).remainder(step).signum(), axis + ": " + labels + " not multiples of " + step);
        }
    }

    private static void assertDecades(List<String> labels, String axis) {
        assertTrue(labels.size() >= 2, axis + ": " + labels);
        for (String label : labels) {
            assertFalse(label.contains("E"), axis + ": plain notation " + labels);
            BigDecimal value = new BigDecimal(label);
            assertEquals(1, value.stripTrailingZeros().precision(), axis + ": " + label + " is d·10^k");
        }
        List<String> decades = labels.stream().filter(l -> new BigDecimal(l).stripTrailingZeros().unscaledValue()
                .intValue() == 1).toList();
        assertFalse(decades.isEmpty(), axis + ": " + labels);
        for (int i = 1; i < decades.size(); i++) {
            assertEquals(0, new BigDecimal(decades.get(i)).compareTo(new BigDecimal(decades.get(i - 1))
                    .multiply(BigDecimal.TEN)), axis + ": every decade " + labels);
        }
    }

    private static Plot plot(String name) {
        for (ExperimentResult r : run.results()) {
            for (Plot p : r.plots()) {
                if (p.name().equals(name)) {
                    return p;
                }
            }
        }
        throw new IllegalArgumentException("no plot " + name);
    }
}
