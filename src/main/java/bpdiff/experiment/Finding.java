package bpdiff.experiment;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * An expected finding of an experiment, stated in code and checked against the measured numbers.
 *
 * <p>{@code bpdiff run} exits 0 only when every finding of every experiment holds; a finding that does not
 * hold is named on the console and makes the exit status 1. That is the regression check for CI.
 *
 * @param id short and stable, unique within its experiment, e.g. {@code loss-after-10-float32}
 * @param statement what is expected, as one sentence
 * @param holds whether the measured numbers bear it out
 * @param measured the numbers it was judged on, in a fixed order (deterministic: no timings here)
 */
public record Finding(String id, String statement, boolean holds, Map<String, Double> measured) {

    /** Keeps the numbers in the order given and makes them unmodifiable. */
    public Finding {
        measured = Collections.unmodifiableMap(new LinkedHashMap<>(measured));
    }

    /**
     * Builds a finding from alternating names and numbers.
     *
     * @param id the finding's id
     * @param statement what is expected
     * @param holds whether it holds
     * @param namesAndNumbers {@code "name", value, "name", value, …}
     * @return the finding
     */
    public static Finding of(String id, String statement, boolean holds, Object... namesAndNumbers) {
        Map<String, Double> measured = new LinkedHashMap<>();
        for (int i = 0; i + 1 < namesAndNumbers.length; i += 2) {
            measured.put((String) namesAndNumbers[i], ((Number) namesAndNumbers[i + 1]).doubleValue());
        }
        return new Finding(id, statement, holds, measured);
    }

    /** @return the same finding with {@code holds} reversed; how tests break an expectation on purpose */
    public Finding negated() {
        return new Finding(id, statement, !holds, measured);
    }
}
