package bpdiff.check;

import bpdiff.network.NetworkSpec;
import java.util.ArrayList;
import java.util.List;

/**
 * Guesses that scale the whole value: a flipped sign, a constant factor, or an activation derivative
 * \( act'(in_n) \) missing or extra.
 *
 * <p>The student's value \( v \) is wrong by such a factor \( c \) when \( v / c \) agrees with autograd.
 * Factors tried: −1, 2, ½, 4, ¼, 3, ⅓, and the negatives of the non-trivial ones; then
 * \( act'(in_n) \) of the target's own neuron, then of every other neuron.
 */
public final class ScaleCorrections {

    /** The constant factors tried, after the sign. */
    public static final List<Double> FACTORS = List.of(2.0, 0.5, 4.0, 0.25, 3.0, 1.0 / 3);

    private ScaleCorrections() {}

    /**
     * The activation-derivative guesses.
     *
     * @param c the wrong line
     * @return the guesses, the target's own neuron first
     */
    static List<Candidate> activation(DiagnosisContext c) {
        List<Candidate> candidates = new ArrayList<>();
        NetworkSpec spec = c.names().spec();
        List<int[]> neurons = new ArrayList<>();
        if (c.target().hasNeuron()) {
            neurons.add(new int[] {c.target().layer(), c.target().neuron()});
        }
        for (int l = spec.layerCount(); l >= 1; l--) {
            for (int j = 0; j < spec.layerSizes()[l]; j++) {
                if (!c.target().hasNeuron() || l != c.target().layer() || j != c.target().neuron()) {
                    neurons.add(new int[] {l, j});
                }
            }
        }
        for (int[] n : neurons) {
            double derivative = c.point().activationDerivative(c.names(), n[0], n[1]);
            if (derivative == 0 || derivative == 1) {
                continue;
            }
            String factor = Wiring.activationFactor(c.names(), n[0], n[1]);
            candidates.add(new Candidate("the activation-derivative factor " + factor + " is missing",
                    c.student() * derivative, c.truth()));
            candidates.add(new Candidate("the activation-derivative factor " + factor + " is extra",
                    c.student() / derivative, c.truth()));
        }
        return candidates;
    }

    /**
     * The sign and constant-factor guesses.
     *
     * @param c the wrong line
     * @return the guesses, the sign first
     */
    static List<Candidate> constant(DiagnosisContext c) {
        List<Candidate> candidates = new ArrayList<>();
        double v = c.student();
        candidates.add(new Candidate("the sign is flipped", -v, c.truth()));
        for (double factor : FACTORS) {
            candidates.add(new Candidate(factorFinding(factor), v / factor, c.truth()));
        }
        for (double factor : FACTORS) {
            candidates.add(new Candidate("the sign is flipped and " + factorFinding(factor), -v / factor, c.truth()));
        }
        return candidates;
    }

    /**
     * What a constant factor too many or too few means.
     *
     * @param factor the value divided by the true one, one of {@link #FACTORS}
     * @return e.g. {@code the value is half the true one: a factor 2 is missing}
     */
    public static String factorFinding(double factor) {
        if (factor == 2) {
            return "the value is twice the true one: a factor 2 too many (the 2 of the square cancels the ½ of "
                    + "½(o−y)²)";
        }
        if (factor == 0.5) {
            return "the value is half the true one: a factor 2 is missing";
        }
        if (factor > 1) {
            return "the value is " + (int) factor + " times the true one";
        }
        return "the value is 1/" + Math.round(1 / factor) + " of the true one: a factor " + Math.round(1 / factor)
                + " is missing";
    }
}
