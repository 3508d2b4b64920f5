package bpdiff.check;

import bpdiff.diff.Tolerance;
import bpdiff.program.array.NdArray;
import bpdiff.program.syntax.Expr;
import java.util.HashMap;
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
        Tolerance tolerance) implements WrongFormula {

    @Override
    public Expr formula() {
        return assignment.expression();
    }

    @Override
    public NdArray trueValue() {
        return NdArray.scalar(truth);
    }

    /** @return the value, or {@code null} if it cannot be computed or is not finite */
    @Override
    public NdArray value(Map<Expr, Expr> replacements, Map<String, NdArray> extra) {
        Map<String, Double> with = new HashMap<>(values);
        extra.forEach((name, value) -> with.put(name, value.item()));
        try {
            return NdArray.scalar(FormulaEvaluator.evaluate(ExprEdits.replace(formula(), replacements), with));
        } catch (EvaluationException e) {
            return null;
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
