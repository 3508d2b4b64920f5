package bpdiff.check;

import bpdiff.program.array.NdArray;
import bpdiff.program.syntax.BinaryOperator;
import bpdiff.program.syntax.Expr;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The guesses that edit a wrong formula's names, the same for a formula list's line and a program's claim: a name
 * from the wrong place, values from after their update, and the homework's {@code d_w5 + d_w6}. Each checker finds
 * the candidates in its own terms (the network's names, or the tape) and passes its own words.
 */
public final class FormulaGuesses {

    private FormulaGuesses() {}

    /**
     * A name from the wrong place: {@code used} replaced by each of {@code others} everywhere, then at each
     * occurrence when it occurs 2 to {@code maxOccurrences} times.
     *
     * @param finding the words of the guess, from the name that belongs
     * @return the guesses, in that order
     */
    public static List<Guess> wrongName(WrongFormula c, String used, List<String> others, MistakeCode code,
            Function<String, String> finding, int maxOccurrences) {
        List<Guess> guesses = new ArrayList<>();
        List<Expr> at = ExprEdits.uses(c.formula(), used);
        for (String other : others) {
            Map<Expr, Expr> everywhere = new IdentityHashMap<>();
            at.forEach(e -> everywhere.put(e, ExprEdits.name(other, e)));
            guesses.add(c.edited(everywhere, Map.of(), code, finding.apply(other)));
            for (int k = 0; at.size() > 1 && at.size() <= maxOccurrences && k < at.size(); k++) {
                guesses.add(c.edited(at.get(k), ExprEdits.name(other, at.get(k)), code,
                        finding.apply(other) + " (occurrence " + (k + 1) + " of " + used + ")"));
            }
        }
        return guesses;
    }

    /**
     * The words of a name from the wrong place.
     *
     * @param used the name written
     * @param usedAt the connection whose weight it is, e.g. {@code h2 → o1}, or empty
     * @param belongs the name that belongs there
     * @param belongsAt the connection whose weight that one is, or empty
     * @return e.g. {@code w7 is used where w6 belongs (w7 is the weight of h2 → o1, w6 that of h1 → o2)}
     */
    public static String wrongNameWords(String used, String usedAt, String belongs, String belongsAt) {
        String where = usedAt.isEmpty() || belongsAt.isEmpty() ? ""
                : " (" + used + " is the weight of " + usedAt + ", " + belongs + " that of " + belongsAt + ")";
        return used + " is used where " + belongs + " belongs" + where;
    }

    /**
     * Values from after their update: each name of {@code before} read with its value there.
     *
     * @param finding the words of the guess, from how many values are from after their update
     * @return the guess, none when {@code before} is empty
     */
    public static List<Guess> afterUpdate(WrongFormula c, Map<String, NdArray> before,
            Function<Integer, String> finding) {
        if (before.isEmpty()) {
            return List.of();
        }
        Map<Expr, Expr> replacements = new IdentityHashMap<>();
        Map<String, NdArray> values = new LinkedHashMap<>();
        before.forEach((name, value) -> {
            values.put("__before_" + name, value);
            ExprEdits.uses(c.formula(), name).forEach(e -> replacements.put(e, ExprEdits.name("__before_" + name, e)));
        });
        return List.of(c.edited(replacements, values, MistakeCode.AFTER_UPDATE, finding.apply(before.size())));
    }

    /**
     * The end of the words of a value from after the update.
     *
     * @param count how many values are from after their update
     * @return {@code the value before the update belongs here (…)}, in the plural for several
     */
    public static String beforeUpdate(int count) {
        return "the value" + (count == 1 ? "" : "s") + " before the update belong" + (count == 1 ? "s" : "")
                + " here (update the weights only after every gradient is computed)";
    }

    /**
     * A weight's gradient the formula reads where the error it passes back belongs: {@code d_w5}
     * (\( \partial L/\partial w_5 = \delta \cdot a \), where {@code w5} multiplies {@code a}) in place of
     * \( \delta \cdot w_5 \).
     *
     * @param gradient the gradient's name as read, e.g. {@code d_w5}
     * @param weight the weight's name, e.g. {@code w5}
     * @param error the error that reaches the product, e.g. {@code δo1}
     * @param weightValue the weight's value
     * @param input the value the weight multiplies, e.g. {@code out_h1}'s
     */
    public record Gradient(String gradient, String weight, String error, NdArray weightValue, NdArray input) {}

    /**
     * The homework's published mistake, gradients added up where the back-propagated error belongs: each gradient
     * \( \partial L/\partial w = \delta \cdot a \) replaced by \( \partial L/\partial w \cdot w / a \).
     *
     * @param gradients the gradients the formula reads, each of a weight that multiplies the same value
     * @return the guess
     */
    public static Guess gradientsForError(WrongFormula c, List<Gradient> gradients, String finding) {
        Map<Expr, Expr> replacements = new IdentityHashMap<>();
        Map<String, NdArray> extra = new LinkedHashMap<>();
        for (Gradient g : gradients) {
            extra.put("__w_" + g.gradient(), g.weightValue());
            extra.put("__a_" + g.gradient(), g.input());
            for (Expr e : ExprEdits.uses(c.formula(), g.gradient())) {
                replacements.put(e, ExprEdits.binary(BinaryOperator.DIVIDE, ExprEdits.binary(BinaryOperator.MULTIPLY,
                        e, ExprEdits.name("__w_" + g.gradient(), e)), ExprEdits.name("__a_" + g.gradient(), e)));
            }
        }
        return c.edited(replacements, extra, MistakeCode.MISSING_WEIGHTS_DW, finding);
    }

    /**
     * The words of the homework's published mistake: gradients \( \partial L/\partial w = \delta \cdot a \) added
     * up where \( \sum \delta \cdot w \) belongs.
     *
     * @param error the back-propagated error that belongs, e.g. {@code δo1·w5 + δo2·w6}
     * @param written what the formula has in its place, e.g. {@code d_w5 + d_w6}
     * @param gradients the gradients used
     * @param factor the factor inside them that is extra, e.g. {@code out_h1}
     * @return the finding
     */
    public static String gradientsForErrorWords(String error, String written, List<Gradient> gradients,
            String factor) {
        List<String> weights = gradients.stream().map(Gradient::weight).toList();
        return "the back-propagated error " + error + " is replaced by " + written + ": the weight"
                + (weights.size() == 1 ? "" : "s") + " " + String.join(", ", weights)
                + (weights.size() == 1 ? " is" : " are") + " missing and the factor " + factor + " inside "
                + String.join(", ", gradients.stream().map(Gradient::gradient).toList()) + " is extra ("
                + String.join(", ", gradients.stream().map(g -> g.gradient() + " = " + g.error() + "·" + factor)
                        .toList()) + ")";
    }
}
