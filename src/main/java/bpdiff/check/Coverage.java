package bpdiff.check;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What a formula list leaves unchecked: parameters whose gradient no line computes, names that look like a
 * derivative but are read as helpers ({@code dw5}, {@code grad_w5}), and {@code d_…} names of nothing the network
 * has ({@code d_w9}). Each makes the check fail: a gradient that was not compared is never reported as right.
 */
final class Coverage {

    private Coverage() {}

    /**
     * @param derivation the checked file
     * @param names the network's names
     * @param results the lines' results at the shown point
     * @param point autograd's values at the shown point
     * @return one sentence per thing not checked, in parameter order then file order
     */
    static List<String> notChecked(Derivation derivation, NetworkNames names, List<FormulaResult> results, Point point) {
        List<String> out = new ArrayList<>();
        List<String> parameters = names.parameters();
        for (int p = 0; p < parameters.size(); p++) {
            String parameter = parameters.get(p);
            int index = p;
            boolean computed = results.stream().anyMatch(r -> r.checked()
                    && r.target().kind() == DerivativeTarget.Kind.PARAMETER && r.target().parameter() == index);
            if (!computed) {
                out.add("d_" + parameter + ": no line computes the gradient of " + parameter + ", so ∂L/∂" + parameter
                        + " is not checked" + nearMiss(results, parameter, point.autograd()[p]));
            }
        }
        for (FormulaResult r : results) {
            String name = r.assignment().name();
            if (!r.checked() && (name.startsWith("d_") || name.startsWith("delta_"))
                    && !names.all().contains(name)) {
                out.add(name + " (line " + r.assignment().line() + ") names no parameter or neuron of the network, so the"
                        + " derivative it claims is not checked (bpdiff check --names lists the names)");
            }
        }
        return out;
    }

    /** A helper named like the parameter's gradient, and how its value relates to the true one. */
    private static String nearMiss(List<FormulaResult> results, String parameter, double truth) {
        for (FormulaResult r : results) {
            String name = r.assignment().name();
            String bare = name.toLowerCase(Locale.ROOT).replace("_", "");
            boolean looksLike = bare.equals("d" + parameter.toLowerCase(Locale.ROOT))
                    || bare.equals("grad" + parameter.toLowerCase(Locale.ROOT))
                    || bare.equals("dld" + parameter.toLowerCase(Locale.ROOT));
            if (r.checked() || !looksLike || r.value() == null) {
                continue;
            }
            return " (" + name + " at line " + r.assignment().line() + " holds " + relation(r.value(), truth, parameter)
                    + ", but only d_" + parameter + " is read as ∂L/∂" + parameter + ")";
        }
        return "";
    }

    /**
     * How a value relates to the true gradient: the true one times 1, −1 or one of the factors (or their negatives)
     * a wrong line's diagnosis tries ({@link ScaleCorrections#FACTORS}), else neither.
     *
     * @param value a value
     * @param truth \( \partial L / \partial p \)
     * @param parameter p
     * @return e.g. {@code ∂L/∂w5 × 2}, {@code ∂L/∂w5}, or {@code 0.069, not ∂L/∂w5 (0.0346)}
     */
    static String relation(double value, double truth, String parameter) {
        List<Double> factors = new ArrayList<>(List.of(1.0, -1.0));
        for (double f : ScaleCorrections.FACTORS) {
            factors.add(f);
            factors.add(-f);
        }
        for (double f : factors) {
            if (truth != 0 && bpdiff.diff.Tolerance.FLOAT32.agrees(value, f * truth)) {
                return "∂L/∂" + parameter + (f == 1 ? "" : f == -1 ? " × −1" : " × " + ValueText.of(f));
            }
        }
        return ValueText.of(value) + ", not ∂L/∂" + parameter + " (" + ValueText.of(truth) + ")";
    }
}
