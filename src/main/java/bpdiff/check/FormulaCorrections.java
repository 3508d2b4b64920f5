package bpdiff.check;

import bpdiff.program.array.NdArray;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The guesses about a formula list's names ({@link FormulaGuesses}, in the network's names and words).
 *
 * <ul>
 *   <li>a name from the wrong place: each weight (input, target, {@code in_…}, {@code out_…}) replaced
 *       by each other one of its kind, everywhere or at one occurrence ({@code w7} where {@code w6}
 *       belongs);
 *   <li>a value from after the update: a parameter reassigned above ({@code w5 = w5 - lr * d_w5}), or a
 *       helper equal to \( w - \eta \, \partial L/\partial w \), replaced by the value before the update.
 * </ul>
 */
public final class FormulaCorrections {

    private FormulaCorrections() {}

    /**
     * The guesses about names: from the wrong connection, or from after the update.
     *
     * @param c the wrong line
     * @return the guesses that apply to it, in order of preference
     */
    static List<Guess> names(WrongLine c) {
        List<Guess> candidates = new ArrayList<>();
        wrongNames(c, candidates);
        afterUpdate(c, candidates);
        return candidates;
    }

    private static void wrongNames(WrongLine c, List<Guess> candidates) {
        for (String name : ExprEdits.names(c.formula())) {
            if (!c.assignedOn().containsKey(name)) {
                MistakeCode code = c.names().parameters().contains(name) ? MistakeCode.WRONG_WEIGHT
                        : MistakeCode.WRONG_VARIABLE;
                candidates.addAll(FormulaGuesses.wrongName(c, name, sameKind(c.names(), name), code,
                        other -> FormulaGuesses.wrongNameWords(name, Wiring.connection(c.names(), name), other,
                                Wiring.connection(c.names(), other)), Integer.MAX_VALUE));
            }
        }
    }

    private static List<String> sameKind(NetworkNames names, String name) {
        List<List<String>> kinds = List.of(names.inputs(), names.targets(), names.parameters(),
                names.forward().stream().filter(n -> n.startsWith("in_")).toList(),
                names.forward().stream().filter(n -> n.startsWith("out_")).toList());
        for (List<String> kind : kinds) {
            if (kind.contains(name)) {
                return kind.stream().filter(n -> !n.equals(name)).toList();
            }
        }
        return List.of();
    }

    private static void afterUpdate(WrongLine c, List<Guess> candidates) {
        Map<String, NdArray> before = new LinkedHashMap<>();
        List<String> updated = new ArrayList<>();
        for (String name : ExprEdits.names(c.formula())) {
            Integer line = c.assignedOn().get(name);
            String parameter = line == null ? null
                    : c.point().network().containsKey(name) ? name : updatedParameter(c, name);
            if (parameter != null) {
                before.put(name, NdArray.scalar(c.point().network().get(parameter)));
                updated.add(name + " (line " + line + (parameter.equals(name) ? ")"
                        : ", " + parameter + " after the update)"));
            }
        }
        candidates.addAll(FormulaGuesses.afterUpdate(c, before, n -> "a value from after the update is used: "
                + String.join(", ", updated) + "; " + FormulaGuesses.beforeUpdate(n)));
    }

    /** The parameter p whose updated value p − lr·∂L/∂p a helper holds (within the tolerance), or null. */
    private static String updatedParameter(WrongLine c, String helper) {
        double value = c.values().get(helper);
        double rate = c.names().spec().learningRate();
        List<String> parameters = c.names().parameters();
        for (int p = 0; p < parameters.size(); p++) {
            double original = c.point().weights()[p];
            double next = original - rate * c.point().autograd()[p];
            if (next != original && c.tolerance().agrees(value, next)) {
                return parameters.get(p);
            }
        }
        return null;
    }
}
