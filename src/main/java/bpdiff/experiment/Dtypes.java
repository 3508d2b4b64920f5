package bpdiff.experiment;

import bpdiff.gradient.Precision;
import java.util.List;
import java.util.function.Function;

/**
 * A measurement made in both precisions, as the experiments that run float32 and float64 regardless of
 * {@code --dtype} keep theirs.
 *
 * @param float32 in float32
 * @param float64 in float64
 * @param <T> what was measured
 */
public record Dtypes<T>(T float32, T float64) {

    /**
     * Measures in float32, then in float64.
     *
     * @param measure the measurement in one precision
     * @param <T> what it measures
     */
    static <T> Dtypes<T> of(Function<Precision, T> measure) {
        return new Dtypes<>(measure.apply(Precision.FLOAT32), measure.apply(Precision.FLOAT64));
    }

    /** @return float32, then float64 */
    List<T> both() {
        return List.of(float32, float64);
    }
}
