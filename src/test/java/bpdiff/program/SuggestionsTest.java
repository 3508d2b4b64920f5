package bpdiff.program;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Levenshtein distances (textbook examples) and the names suggested for a misspelt one. */
class SuggestionsTest {

    @ParameterizedTest(name = "{0} -> {1}: {2}")
    @CsvSource({
        // the classic examples of the Levenshtein distance
        "kitten, sitting, 3",
        "flaw, lawn, 2",
        "'', abc, 3",
        "out_h1, out_h1, 0",
        "outh1, out_h1, 1",
    })
    void distance(String a, String b, int expected) {
        assertEquals(expected, Suggestions.distance(a, b));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', value = {
        "outh1; out_h1",
        "OUT_O1; out_o1, out_h1",
        "delta01; delta_o1",
        "w9; w1, w2, w3",
        "zzzzzz; ''",
    })
    void closestNames(String wrong, String expected) {
        List<String> known = List.of("w1", "w2", "w3", "w4", "out_h1", "out_o1", "delta_o1", "x1");
        assertEquals(expected, String.join(", ", Suggestions.closest(wrong, known)));
    }
}
