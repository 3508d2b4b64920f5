package bpdiff.check;

import bpdiff.program.syntax.Expr;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Guesses that change the formula as written.
 *
 * <ul>
 *   <li>a name from the wrong place: each weight (input, target, {@code in_…}, {@code out_…}) replaced
 *       by each other one of its kind, everywhere or at one occurrence ({@code w7} where {@code w6}
 *       belongs);
 *   <li>a value from after the update: a parameter reassigned above ({@code w5 = w5 - lr * d_w5}), or a
 *       helper equal to \( w - \eta \, \partial L/\partial w \), replaced by the value before the update;
 *   <li>one {@code +} or {@code -} the wrong way round, or one term of a sum too many.
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

    /**
     * The guesses about sums: one sign the wrong way round, one term too many.
     *
     * @param c the wrong line
     * @return the guesses that apply to it, in order of preference
     */
    static List<Guess> sums(WrongLine c) {
        List<Guess> candidates = new ArrayList<>();
        sums(c, candidates);
        return candidates;
    }

    private static void wrongNames(WrongLine c, List<Guess> candidates) {
        Expr expr = c.assignment().expression();
        for (String name : used(c)) {
            if (c.assignedOn().containsKey(name)) {
                continue;
            }
            List<Expr> at = ExprEdits.find(expr, e -> e instanceof Expr.Name n && n.id().equals(name));
            for (String other : sameKind(c.names(), name)) {
                Expr everywhere = ExprEdits.replaceNames(expr, Map.of(name, ExprEdits.name(other)));
                String finding = describe(c.names(), other, name);
                MistakeCode code = c.names().parameters().contains(name) ? MistakeCode.WRONG_WEIGHT
                        : MistakeCode.WRONG_VARIABLE;
                candidates.add(Guess.of(code, finding, c.evaluate(everywhere), c.truth()));
                for (int n = 0; at.size() > 1 && n < at.size(); n++) {
                    Expr once = ExprEdits.replace(expr, at.get(n), ExprEdits.name(other));
                    candidates.add(Guess.of(code, finding + " (occurrence " + (n + 1) + " of " + name + ")",
                            c.evaluate(once), c.truth()));
                }
            }
        }
    }

    private static String describe(NetworkNames names, String belongs, String used) {
        return wrongName(used, Wiring.connection(names, used), belongs, Wiring.connection(names, belongs));
    }

    /**
     * The words of a name from the wrong place, the same for a formula list and a program.
     *
     * @param used the name written
     * @param usedAt the connection whose weight it is, e.g. {@code h2 → o1}, or empty
     * @param belongs the name that belongs there
     * @param belongsAt the connection whose weight that one is, or empty
     * @return e.g. {@code w7 is used where w6 belongs (w7 is the weight of h2 → o1, w6 that of h1 → o2)}
     */
    public static String wrongName(String used, String usedAt, String belongs, String belongsAt) {
        String where = usedAt.isEmpty() || belongsAt.isEmpty() ? ""
                : " (" + used + " is the weight of " + usedAt + ", " + belongs + " that of " + belongsAt + ")";
        return used + " is used where " + belongs + " belongs" + where;
    }

    /**
     * The end of the words of a value from after the update, the same for a formula list and a program.
     *
     * @param count how many values are from after their update
     * @return {@code the value before the update belongs here (…)}, in the plural for several
     */
    public static String beforeUpdate(int count) {
        return "the value" + (count == 1 ? "" : "s") + " before the update belong" + (count == 1 ? "s" : "")
                + " here (update the weights only after every gradient is computed)";
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
        Map<String, String> before = new HashMap<>();
        List<String> updated = new ArrayList<>();
        for (String name : used(c)) {
            Integer line = c.assignedOn().get(name);
            if (line == null) {
                continue;
            }
            if (c.point().network().containsKey(name)) {
                before.put(name, name);
                updated.add(name + " (line " + line + ")");
            } else {
                String parameter = updatedParameter(c, name);
                if (parameter != null) {
                    before.put(name, parameter);
                    updated.add(name + " (line " + line + ", " + parameter + " after the update)");
                }
            }
        }
        if (before.isEmpty()) {
            return;
        }
        Map<String, Double> values = new HashMap<>(c.values());
        before.forEach((name, original) -> values.put(name, c.point().network().get(original)));
        double value = c.evaluate(c.assignment().expression(), values);
        candidates.add(Guess.of(MistakeCode.AFTER_UPDATE,
                "a value from after the update is used: " + String.join(", ", updated) + "; "
                + beforeUpdate(before.size()),
                value, c.truth()));
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

    private static void sums(WrongLine c, List<Guess> candidates) {
        Expr expr = c.assignment().expression();
        for (SumFindings.Edit edit : SumFindings.edits(expr, ExprText::render, ExprText::render)) {
            candidates.add(Guess.of(edit.code(), edit.finding(),
                    c.evaluate(ExprEdits.replace(expr, edit.sum(), edit.replacement())), c.truth()));
        }
    }

    private static Set<String> used(WrongLine c) {
        Set<String> used = new LinkedHashSet<>();
        NameCheck.names(c.assignment().expression()).forEach(n -> used.add(n.id()));
        return used;
    }
}
