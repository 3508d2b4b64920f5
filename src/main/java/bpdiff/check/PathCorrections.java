package bpdiff.check;

import bpdiff.network.NetworkSpec;
import bpdiff.program.array.Elementwise;
import bpdiff.program.array.NdArray;
import bpdiff.program.array.ShapeException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;

/**
 * The guess that a back-propagated path is missing: a hidden neuron \( j \) reaches the loss through
 * every neuron \( k \) of the next layer, so \( \partial L / \partial out_j = \sum_k \delta_k w_{kj} \).
 *
 * <p>The student's value is compared with every partial sum \( \sum_{k \in S} \delta_k w_{kj} \cdot g \)
 * over a non-empty proper subset \( S \), with autograd's \( \delta_k \); \( g \) is the rest of the chain:
 * 1 for \( \partial L/\partial out_j \), \( act'(in_j) \) for \( \delta_j \), and
 * \( act'(in_j) \, out_i \) for the weight from \( i \).
 */
public final class PathCorrections {

    /** Partial sums are tried for up to this many paths (2^8 subsets). */
    public static final int MAX_PATHS = 8;

    private PathCorrections() {}

    /**
     * @param c the wrong line; its target belongs to a hidden neuron
     * @return one guess per non-empty proper subset of the paths
     */
    static List<Guess> missingPaths(WrongLine c) {
        int layer = c.target().layer();
        int j = c.target().neuron();
        NetworkSpec spec = c.names().spec();
        int next = spec.layerSizes()[layer + 1];
        double rest = restOfChain(c, layer, j);
        if (Double.isNaN(rest)) {
            return List.of();
        }
        List<NdArray> parts = new ArrayList<>();
        List<String> terms = new ArrayList<>();
        for (int k = 0; k < next; k++) {
            String weight = Wiring.outgoingWeight(spec, layer, j, k);
            parts.add(NdArray.scalar(c.point().neuronGradient().in()[layer][k] * c.point().network().get(weight) * rest));
            terms.add(c.delta(layer + 1, k) + "·" + weight);
        }
        return subsets(parts, (kept, missing) -> {
            List<String> through = missing.stream().map(k -> spec.neuronName(layer + 1, k)).toList();
            List<String> missingTerms = missing.stream().map(terms::get).toList();
            return "the path" + (missing.size() == 1 ? "" : "s") + " through " + String.join(", ", through)
                    + " (" + String.join(" + ", missingTerms) + ") " + (missing.size() == 1 ? "is" : "are")
                    + " missing: only " + String.join(" + ", kept.stream().map(terms::get).toList())
                    + " is back-propagated to " + spec.neuronName(layer, j);
        }, NdArray.scalar(c.student()));
    }

    /**
     * The missing-path guesses, the same for a formula list's number and a program's array: the student's value
     * against the sum of the paths' parts over every non-empty proper subset, for 2 to {@link #MAX_PATHS} paths.
     *
     * @param parts each path's part of the true value, in order
     * @param finding the words of the guess, from the indices of the kept paths and of the missing ones
     * @param student the student's value
     * @return one guess per subset
     */
    public static List<Guess> subsets(List<NdArray> parts, BiFunction<List<Integer>, List<Integer>, String> finding,
            NdArray student) {
        List<Guess> guesses = new ArrayList<>();
        if (parts.size() < 2 || parts.size() > MAX_PATHS) {
            return guesses;
        }
        for (int subset = 1; subset < (1 << parts.size()) - 1; subset++) {
            NdArray partial = null;
            List<Integer> kept = new ArrayList<>();
            List<Integer> missing = new ArrayList<>();
            for (int k = 0; k < parts.size(); k++) {
                if ((subset & (1 << k)) != 0) {
                    partial = partial == null ? parts.get(k) : add(partial, parts.get(k));
                    kept.add(k);
                } else {
                    missing.add(k);
                }
            }
            guesses.add(new Guess(MistakeCode.MISSING_PATH, finding.apply(kept, missing), partial, student));
        }
        return guesses;
    }

    private static NdArray add(NdArray a, NdArray b) {
        try {
            return Elementwise.binary(a, b, Double::sum);
        } catch (ShapeException e) {
            return a;
        }
    }

    /** g in ∂L/∂target = ∂L/∂out_j · g; NaN when the parameter is used more than once. */
    private static double restOfChain(WrongLine c, int layer, int j) {
        double derivative = c.point().activationDerivative(c.names(), layer, j);
        switch (c.target().kind()) {
            case NEURON_OUT:
                return 1.0;
            case NEURON_IN:
                return derivative;
            default:
                List<int[]> uses = c.names().uses(c.target().quantity());
                if (uses.size() != 1) {
                    return Double.NaN;
                }
                int i = uses.get(0)[2];
                return i < 0 ? derivative
                        : derivative * c.point().network().get(c.names().source(layer - 1, i));
        }
    }

}
