package bpdiff.experiment;

import bpdiff.diff.ComparisonResult;
import bpdiff.diff.StepDiff;
import java.util.ArrayList;
import java.util.List;

/**
 * Which ReLU units stayed at 0 in autograd's training, and which weights therefore never got a gradient.
 *
 * @param h2ZeroFrom the first epoch from which \( out_{h2} = 0 \) to the end, or 0
 * @param o2ZeroFrom the first epoch from which \( out_{o2} = 0 \) to the end, or 0
 * @param learning the weights whose autograd gradient was not 0 at some epoch, in vector order
 */
record DeadUnits(int h2ZeroFrom, int o2ZeroFrom, List<String> learning) {

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
        return new DeadUnits(OutputTrace.of(result, "h2").zeroFrom(), OutputTrace.of(result, "o2").zeroFrom(),
                List.copyOf(learning));
    }
}
