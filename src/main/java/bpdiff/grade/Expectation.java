package bpdiff.grade;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a submission is graded against: the reference solution's parameters (in its order, with their layers),
 * epochs and first loss ({@code --reference}), and the points of each parameter ({@code --points}, 1 for any not
 * named). Without a reference, each submission is scored on its own parameters.
 *
 * @param reference the reference's file, or {@code null} without one
 * @param parameters the reference's parameters, empty without one
 * @param layers their layers (1 at the input)
 * @param epochs the epochs the reference is checked at, 0 without one
 * @param loss the reference's loss variable, or {@code null}
 * @param firstLoss its loss at the first epoch, or NaN
 * @param points the points of the parameters {@code --points} names
 * @param initialWeights each parameter's weights at the first epoch, row-major ({@link bpdiff.check.program.StartingWeights})
 */
public record Expectation(String reference, List<String> parameters, Map<String, Integer> layers, int epochs,
        String loss, double firstLoss, Map<String, Double> points, Map<String, double[]> initialWeights) {

    /** Makes the collections unmodifiable. */
    public Expectation {
        parameters = List.copyOf(parameters);
        layers = Collections.unmodifiableMap(new LinkedHashMap<>(layers));
        points = Collections.unmodifiableMap(new LinkedHashMap<>(points));
        initialWeights = Collections.unmodifiableMap(new LinkedHashMap<>(initialWeights));
    }

    /**
     * @param points {@code --points}
     * @return the expectation without a reference
     */
    public static Expectation withoutReference(Map<String, Double> points) {
        return new Expectation(null, List.of(), Map.of(), 0, null, Double.NaN, points, Map.of());
    }

    /** @return whether a reference fixes the parameters */
    public boolean hasReference() {
        return reference != null;
    }

    /** @return its points: as {@code --points} names them, else 1 */
    public double pointsOf(String parameter) {
        return points.getOrDefault(parameter, 1.0);
    }
}
