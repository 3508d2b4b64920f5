package bpdiff.report.html;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Round ticks for the SVG charts: 1-2-5 steps, epoch 1 first, every decade, plain labels. */
class TicksTest {

    @Test
    void aThousandEpochsAreLabelledAtTheFirstAndEveryTwoHundred() {
        assertEquals(List.of(1.0, 200.0, 400.0, 600.0, 800.0, 1000.0), Ticks.epochs(1000, 8));
        assertEquals(List.of(1.0, 5.0, 10.0, 15.0, 20.0), Ticks.epochs(20, 8));
        assertEquals(List.of(1.0, 2.0, 3.0, 4.0, 5.0), Ticks.epochs(5, 8));
        assertEquals(List.of(1.0), Ticks.epochs(1, 8));
    }

    @Test
    void linearTicksAreMultiplesOfOneTwoOrFive() {
        assertEquals(List.of(0.0, 0.02, 0.04, 0.06, 0.08), Ticks.linear(0, 0.09, 6));
        assertEquals(List.of(-0.01, 0.0, 0.01, 0.02), Ticks.linear(-0.012, 0.027, 6));
        assertEquals(List.of(0.06, 0.08, 0.1, 0.12, 0.14, 0.16, 0.18, 0.2), Ticks.linear(0.055, 0.21, 8));
    }

    @Test
    void logarithmicTicksAreEveryDecadeAndInsideOneDecadeAlsoTwoAndFive() {
        assertEquals(List.of(0.01, 0.1), Ticks.logarithmic(0.0024, 0.21));
        assertEquals(List.of(1e-17, 1e-16, 1e-15), Ticks.logarithmic(5e-18, 2e-15));
        assertEquals(List.of(0.1, 0.2), Ticks.logarithmic(0.06, 0.4));
    }

    @Test
    void labelsArePlainDecimals() {
        assertEquals("0.001", Ticks.label(0.001));
        assertEquals("200", Ticks.label(200));
        assertEquals("-0.5", Ticks.label(-0.5));
        assertEquals("0", Ticks.label(0));
        assertEquals("1e-7", Ticks.label(1e-7));
        assertEquals("0.000001", Ticks.label(1e-6));
    }
}
