package bpdiff.check;

import bpdiff.diff.Tolerance;
import bpdiff.program.syntax.Expr;
import java.util.Map;

/**
 * What the diagnosis of one wrong line knows.
 *
 * @param names the network's names and wiring
 * @param point autograd's values at these weights
 * @param assignment the wrong line
 * @param target what it is the derivative of
 * @param student the line's value, computed from the true values of the checked lines above it
 * @param truth autograd's value
 * @param values the values the line saw (checked lines above replaced by their true values)
 * @param assignedOn for each name assigned above the line, the line of its latest assignment
 * @param tolerance the tolerance of the checked precision: when a guess counts as right
 */
record WrongLine(
        NetworkNames names,
        Point point,
        Assignment assignment,
        DerivativeTarget target,
        double student,
        double truth,
        Map<String, Double> values,
        Map<String, Integer> assignedOn,
        Tolerance tolerance) {

    /**
     * Evaluates a changed formula in the line's values.
     *
     * @param changed the formula with one correction applied
     * @return its value, or NaN if it cannot be computed
     */
    double evaluate(Expr changed) {
        return evaluate(changed, values);
    }

    /**
     * Evaluates a formula with other values.
     *
     * @param changed the formula
     * @param with the values of its names
     * @return its value, or NaN if it cannot be computed
     */
    double evaluate(Expr changed, Map<String, Double> with) {
        try {
            return FormulaEvaluator.evaluate(changed, with);
        } catch (EvaluationException e) {
            return Double.NaN;
        }
    }

    /**
     * The lecture's symbol for the δ of a neuron.
     *
     * @param layer {@code 1..L}
     * @param k the neuron
     * @return e.g. {@code δo1}
     */
    String delta(int layer, int k) {
        return "δ" + names.spec().neuronName(layer, k);
    }
}
