package bpdiff.check;

import bpdiff.network.NetworkSpec;
import java.util.ArrayList;
import java.util.List;

/**
 * The guess that a back-propagated path is missing: a hidden neuron \( j \) reaches the loss through
 * every neuron \( k \) of the next layer, so \( \partial L / \partial out_j = \sum_k \delta_k w_{kj} \).
 *
 * <p>The student's value is compared with every partial sum \( \sum_{k \in S} \delta_k w_{kj} \cdot g \)
 * over a non-empty proper subset \( S \), with autograd's \( \delta_k \); \( g \) is the rest of the chain:
 * 1 for \( \partial L/\partial out_j \), \( act'(in_j) \) for \( \delta_j \), and
 * \( act'(in_j) \, out_i \) for the weight from \( i \).
 */
final class PathCorrections {

    /** Partial sums are tried for next layers up to this size (2^8 subsets). */
    private static final int MAX_SUBSET_LAYER = 8;

    private PathCorrections() {}

    /**
     * @param c the wrong line; its target belongs to a hidden neuron
     * @return one guess per non-empty proper subset of the paths
     */
    static List<Guess> missingPaths(WrongLine c) {
        List<Guess> candidates = new ArrayList<>();
        int layer = c.target().layer();
        int j = c.target().neuron();
        NetworkSpec spec = c.names().spec();
        int next = spec.layerSizes()[layer + 1];
        double rest = restOfChain(c, layer, j);
        if (next < 2 || next > MAX_SUBSET_LAYER || Double.isNaN(rest)) {
            return candidates;
        }
        double[] path = new double[next];
        String[] term = new String[next];
        for (int k = 0; k < next; k++) {
            String weight = Wiring.outgoingWeight(spec, layer, j, k);
            path[k] = c.point().neuronGradient().in()[layer][k] * c.point().network().get(weight) * rest;
            term[k] = c.delta(layer + 1, k) + "·" + weight;
        }
        for (int subset = 1; subset < (1 << next) - 1; subset++) {
            double partial = 0;
            List<String> kept = new ArrayList<>();
            List<String> missing = new ArrayList<>();
            List<String> through = new ArrayList<>();
            for (int k = 0; k < next; k++) {
                if ((subset & (1 << k)) != 0) {
                    partial += path[k];
                    kept.add(term[k]);
                } else {
                    missing.add(term[k]);
                    through.add(spec.neuronName(layer + 1, k));
                }
            }
            candidates.add(Guess.of(MistakeCode.MISSING_PATH,
                    "the path" + plural(missing) + " through " + String.join(", ", through)
                    + " (" + String.join(" + ", missing) + ") " + (missing.size() == 1 ? "is" : "are")
                    + " missing: only " + String.join(" + ", kept) + " is back-propagated to "
                    + spec.neuronName(layer, j), partial, c.student()));
        }
        return candidates;
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

    private static String plural(List<String> items) {
        return items.size() == 1 ? "" : "s";
    }
}
