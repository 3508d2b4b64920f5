package bpdiff.experiment;

import bpdiff.diff.ComparisonResult;
import bpdiff.diff.StepDiff;

/**
 * How one output neuron moved during autograd's training, read off a comparison.
 *
 * @param values \( out \) of the neuron at the start of every compared epoch
 * @param minimum the smallest of them
 * @param last the last of them
 * @param zeroFrom the first epoch from which \( out = 0 \) exactly until the end (a dead ReLU unit), or 0 if
 *     it is not 0 at the end
 */
record OutputTrace(double[] values, double minimum, double last, int zeroFrom) {

    /**
     * Traces a neuron.
     *
     * @param result the comparison
     * @param neuron e.g. {@code o2}
     */
    static OutputTrace of(ComparisonResult result, String neuron) {
        double[] values = new double[result.steps().size()];
        double minimum = Double.POSITIVE_INFINITY;
        for (int t = 0; t < values.length; t++) {
            StepDiff step = result.steps().get(t);
            values[t] = Measures.autogradNeuron(step, neuron, true);
            minimum = Math.min(minimum, values[t]);
        }
        int zeroFrom = 0;
        for (int t = values.length - 1; t >= 0 && values[t] == 0; t--) {
            zeroFrom = t + 1;
        }
        return new OutputTrace(values, minimum, values[values.length - 1], zeroFrom);
    }
}
