package bpdiff.check.diff;

import bpdiff.check.program.CheckedQuantity;
import bpdiff.check.program.ProgramReport;
import java.util.ArrayList;
import java.util.List;

/**
 * One program's values of one parameter (or one element of it), epoch by epoch: the gradient the program
 * subtracts, autograd's gradient of the program's own loss at the program's own weights, and the weights before and
 * after the update.
 *
 * @param name the parameter as named for the comparison
 * @param line the line that computes the gradient, 0 if none does
 * @param epochs the values at each epoch, in order
 */
record ParameterSeries(String name, int line, List<Values> epochs) {

    /**
     * A parameter's values at one epoch, row-major (one element for an element of an array).
     *
     * @param gradient the gradient the program subtracts (the value it subtracts divided by the learning rate)
     * @param truth autograd's \( \partial L / \partial w \)
     * @param weights the weights before the update, or {@code null}
     * @param updated the weights the update makes, or {@code null}
     * @param right whether the gradient agrees with autograd's
     * @param float32 whether the program computed it in float32
     */
    record Values(double[] gradient, double[] truth, double[] weights, double[] updated, boolean right,
            boolean float32) {}

    /**
     * @param report a program's check
     * @param name the parameter, or an element of it
     * @return its series, or {@code null} if the program's gradient of it is never checked
     */
    static ParameterSeries of(ProgramReport report, ParameterMap.Name name) {
        CheckedQuantity found = report.gradientClaim(name.parameter());
        if (found == null) {
            return null;
        }
        int at = name.index() == null ? -1 : flat(name, found.derivative().shape());
        int[] shape = name.transposed() ? found.derivative().shape() : null;
        List<Values> epochs = new ArrayList<>();
        for (CheckedQuantity.AtEpoch e : found.history()) {
            epochs.add(new Values(pick(e.student(), at, shape), pick(e.autograd(), at, shape),
                    pick(e.weights(), at, shape), pick(e.updated(), at, shape), !e.wrong(),
                    "float32".equals(e.type())));
        }
        return new ParameterSeries(name.name(), found.site().line(), epochs);
    }

    private static int flat(ParameterMap.Name name, int[] shape) {
        int[] index = name.index();
        if (index.length != shape.length) {
            throw new bpdiff.BadInputException("--map: " + name.name() + " gives " + index.length + " index"
                    + (index.length == 1 ? "" : "es") + " of " + name.parameter() + ", which has " + shape.length
                    + " dimension" + (shape.length == 1 ? "" : "s"), "--map");
        }
        int flat = 0;
        for (int k = 0; k < shape.length; k++) {
            int i = index[k] < 0 ? index[k] + shape[k] : index[k];
            if (i < 0 || i >= shape[k]) {
                throw new bpdiff.BadInputException("--map: " + name.name() + " is outside " + name.parameter()
                        + " (dimension " + k + " has " + shape[k] + ")", "--map");
            }
            flat = flat * shape[k] + i;
        }
        return flat;
    }

    /** The element at a position, or the whole array, transposed when {@code shape} is given (the other's layout). */
    private static double[] pick(double[] values, int at, int[] shape) {
        if (values == null || at < 0) {
            return values == null || shape == null ? values
                    : bpdiff.check.program.StartingWeights.transpose(values, shape);
        }
        return new double[] {values[at]};
    }
}
