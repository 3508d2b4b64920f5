package bpdiff.experiment;

import bpdiff.diff.ComparisonResult;
import bpdiff.diff.Saturation;
import bpdiff.diff.StepDiff;
import bpdiff.network.Activation;
import bpdiff.network.NetworkSpec;
import bpdiff.network.Networks;
import java.util.ArrayList;
import java.util.List;

/**
 * Which ReLU units were dead in autograd's training, and which weights therefore never got a gradient.
 *
 * <p>A unit is dead at an epoch as {@link Saturation} defines it for ReLU: \( in \le 0 \) for every sample,
 * so \( out = 0 \) and \( relu'(in) = 0 \).
 *
 * @param h2DeadFrom the first epoch from which h2 is dead to the end, or 0
 * @param o2DeadFrom the first epoch from which o2 is dead to the end, or 0
 * @param learning the weights whose autograd gradient was not 0 at some epoch, in vector order
 */
record DeadUnits(int h2DeadFrom, int o2DeadFrom, List<String> learning) {

    /**
     * Reads the dead units off a comparison.
     *
     * @param result a comparison of a ReLU network
     * @return the dead units and the weights that learn
     */
    static DeadUnits of(ComparisonResult result) {
        List<String> learning = new ArrayList<>();
        for (int p = 0; p < result.parameterNames().size(); p++) {
            for (StepDiff step : result.steps()) {
                if (step.parameters().get(p).gradientAutograd() != 0) {
                    learning.add(result.parameterNames().get(p));
                    break;
                }
            }
        }
        NetworkSpec relu = Networks.lecture().withActivation(Activation.RELU);
        List<List<String>> dead = result.steps().stream().map(s -> Saturation.of(relu, s.neurons())).toList();
        return new DeadUnits(deadFrom(dead, "h2"), deadFrom(dead, "o2"), List.copyOf(learning));
    }

    /** The first epoch from which {@code neuron} is dead at every epoch to the end, or 0. */
    private static int deadFrom(List<List<String>> deadPerEpoch, String neuron) {
        int from = 0;
        for (int t = deadPerEpoch.size() - 1; t >= 0 && deadPerEpoch.get(t).contains(neuron); t--) {
            from = t + 1;
        }
        return from;
    }
}
