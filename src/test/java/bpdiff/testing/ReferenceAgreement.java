package bpdiff.testing;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import bpdiff.diff.Tolerance;
import bpdiff.gradient.NeuronValues;
import bpdiff.network.NetworkSpec;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/**
 * Holds one source's numbers to a reference epoch by epoch, quantity by quantity, with one {@link Tolerance}, and
 * lists every disagreement with the stage, the epoch and both values (the shape of tinygrad's
 * {@code helper_test_op}: a failure names what differs).
 *
 * <p>The bar is the issue's: \( |a - b| \le atol \cdot \max(1, |b|) \) with the {@link Tolerance}'s \( atol \)
 * (1e-12 for float64, 1e-6 for float32, 1e-9 for finite differences), absolute up to 1 and relative above. It is
 * stricter than {@link Tolerance#agrees} (whose \( rtol \ge atol \)), so a number that passes here agrees there too.
 * Two NaNs agree (PyTorch's NaN is a result like any other); an infinity agrees only with itself.
 */
public final class ReferenceAgreement {

    /** At most this many disagreements are spelled out in a failure. */
    private static final int SHOWN = 12;

    private final String subject;
    private final NetworkSpec spec;
    private final Tolerance tolerance;
    private final List<String> disagreements = new ArrayList<>();
    private int compared;
    private double largestDifference;

    /**
     * Starts a comparison.
     *
     * @param subject what is compared, for the failure message, e.g. {@code xor float64 autograd}
     * @param spec the network, for its parameter and neuron names
     * @param tolerance the bar
     */
    public ReferenceAgreement(String subject, NetworkSpec spec, Tolerance tolerance) {
        this.subject = subject;
        this.spec = spec;
        this.tolerance = tolerance;
    }

    /**
     * Compares one number.
     *
     * @param quantity e.g. {@code epoch 3 loss}
     * @param expected the reference's value
     * @param actual the source's value
     */
    public void number(String quantity, double expected, double actual) {
        compared++;
        if (Double.isNaN(expected) && Double.isNaN(actual)) {
            return;
        }
        double difference = Math.abs(expected - actual);
        if (Double.isFinite(difference)) {
            largestDifference = Math.max(largestDifference, difference);
        }
        boolean agrees = Double.isFinite(expected) && Double.isFinite(actual)
                ? difference <= tolerance.absolute() * Math.max(1.0, Math.abs(expected))
                : actual == expected;
        if (!agrees) {
            disagreements.add(quantity + ": PyTorch " + expected + ", bpdiff " + actual + " (|diff| " + difference + ")");
        }
    }

    /**
     * Compares one value per parameter.
     *
     * @param quantity e.g. {@code epoch 3 gradient}
     * @param expected the reference's object keyed by parameter name
     * @param actual the source's values in the spec's parameter order
     */
    public void parameters(String quantity, JsonNode expected, double[] actual) {
        parameters(quantity, expected, actual, null);
    }

    /**
     * Compares one value per parameter, leaving out those marked.
     *
     * @param quantity e.g. {@code epoch 3 gradient}
     * @param expected the reference's object keyed by parameter name
     * @param actual the source's values in the spec's parameter order
     * @param skip which parameters not to compare, or {@code null} for none
     */
    public void parameters(String quantity, JsonNode expected, double[] actual, boolean[] skip) {
        double[] values = NetworkReference.byName(expected, spec.parameterNames());
        for (int p = 0; p < values.length; p++) {
            if (skip == null || !skip[p]) {
                number(quantity + " " + spec.parameterNames().get(p), values[p], actual[p]);
            }
        }
    }

    /**
     * Compares the {@code in} and {@code out} of every neuron and sample.
     *
     * @param quantity {@code forward} or {@code dL/d} for the neuron gradients
     * @param expected the reference's object: {@code in_<neuron>} and {@code out_<neuron>}, one value per sample
     * @param actual the source's values, one entry per sample
     */
    public void neurons(String quantity, JsonNode expected, List<NeuronValues> actual) {
        int samples = spec.samples().size();
        if (actual.size() != samples) {
            disagreements.add(quantity + ": " + actual.size() + " samples, expected " + samples);
            return;
        }
        int[] sizes = spec.layerSizes();
        for (int l = 1; l <= spec.layerCount(); l++) {
            for (int j = 0; j < sizes[l]; j++) {
                String neuron = spec.neuronName(l, j);
                double[] in = NetworkReference.perSample(expected.get("in_" + neuron));
                double[] out = NetworkReference.perSample(expected.get("out_" + neuron));
                for (int s = 0; s < samples; s++) {
                    String sample = " (sample " + (s + 1) + ")";
                    number(quantity + " in_" + neuron + sample, in[s], actual.get(s).in()[l - 1][j]);
                    number(quantity + " out_" + neuron + sample, out[s], actual.get(s).out()[l - 1][j]);
                }
            }
        }
    }

    /** @return how many numbers were compared */
    public int compared() {
        return compared;
    }

    /** @return the largest finite |expected − actual| seen */
    public double largestDifference() {
        return largestDifference;
    }

    /** Fails, listing the disagreements, unless every compared number agreed; fails too if nothing was compared. */
    public void assertAgreed() {
        assertTrue(compared > 0, subject + ": nothing was compared");
        if (!disagreements.isEmpty()) {
            List<String> shown = disagreements.subList(0, Math.min(SHOWN, disagreements.size()));
            fail(subject + ": " + disagreements.size() + " of " + compared + " numbers differ beyond " + tolerance
                    + " (|a-b| <= " + tolerance.absolute() + "*max(1,|b|)):\n  "
                    + String.join("\n  ", shown));
        }
    }
}
