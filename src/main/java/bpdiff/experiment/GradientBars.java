package bpdiff.experiment;

import bpdiff.diff.ComparisonResult;
import bpdiff.diff.ParameterDiff;
import bpdiff.diff.StepDiff;
import java.util.List;

/** A bar plot of one epoch's gradients, one bar per source and parameter. */
final class GradientBars {

    private GradientBars() {}

    /**
     * The hand, autograd and finite-difference gradients of one epoch side by side.
     *
     * @param name the plot's file name
     * @param result the comparison
     * @param epoch from 1
     */
    static Plot of(String name, String title, ComparisonResult result, int epoch) {
        StepDiff step = result.steps().get(epoch - 1);
        List<ParameterDiff> parameters = step.parameters();
        double[] hand = new double[parameters.size()];
        double[] autograd = new double[parameters.size()];
        double[] numeric = new double[parameters.size()];
        for (int p = 0; p < parameters.size(); p++) {
            hand[p] = parameters.get(p).gradientManual();
            autograd[p] = parameters.get(p).gradientAutograd();
            numeric[p] = parameters.get(p).gradientNumeric();
        }
        double[] index = Series.indices(parameters.size());
        return Plot.bars(name, title, "dL/dw", result.parameterNames(), List.of(
                new Series("hand (" + result.manual() + ")", index, hand),
                new Series("autograd (" + result.precision().id() + ")", index, autograd),
                new Series("finite differences", index, numeric)));
    }
}
