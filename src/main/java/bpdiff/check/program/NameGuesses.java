package bpdiff.check.program;

import bpdiff.check.ExprEdits;
import bpdiff.check.FormulaGuesses;
import bpdiff.check.Guess;
import bpdiff.check.MistakeCode;
import bpdiff.program.SourceMap;
import bpdiff.program.array.NdArray;
import bpdiff.program.run.Events;
import bpdiff.program.syntax.Expr;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Guesses about the variables a claim's formula uses: a weight from the wrong connection, a parameter's
 * value from after its update, and the homework's published mistake, a weight's gradient {@code d_w5} used
 * where the error it passes back, \( \delta \cdot w_5 \), belongs.
 */
final class NameGuesses {

    /** A name used more often than this is only replaced everywhere, not at each occurrence. */
    private static final int MAX_OCCURRENCES = 6;

    private NameGuesses() {}

    /**
     * Every variable of the formula replaced by every other variable of its kind (parameters by parameters,
     * other values by other values of the same shape), everywhere or at one occurrence.
     *
     * @param c the wrong claim
     * @return the guesses
     */
    static List<Guess> wrongVariable(WrongClaim c) {
        List<Guess> guesses = new ArrayList<>();
        Expr expr = c.claim.expr();
        if (expr == null) {
            return guesses;
        }
        Map<String, NdArray> variables = c.numericVariables();
        for (String used : ExprEdits.names(expr)) {
            NdArray value = variables.get(used);
            int node = c.nodeOf(used);
            if (value == null || node < 0 || isClaim(c, node)) {
                continue;
            }
            boolean parameter = c.epoch.parameterNodes.contains(node);
            List<String> others = new ArrayList<>();
            for (Map.Entry<String, NdArray> other : variables.entrySet()) {
                int otherNode = c.nodeOf(other.getKey());
                if (!other.getKey().equals(used) && otherNode != node && otherNode >= 0 && !isClaim(c, otherNode)
                        && c.epoch.parameterNodes.contains(otherNode) == parameter
                        && Arrays.equals(other.getValue().shape(), value.shape())
                        && c.epoch.closure.contains(otherNode)) {
                    others.add(other.getKey());
                }
            }
            guesses.addAll(FormulaGuesses.wrongName(c, used, others,
                    parameter ? MistakeCode.WRONG_WEIGHT : MistakeCode.WRONG_VARIABLE,
                    other -> FormulaGuesses.wrongNameWords(used, ProgramWiring.connection(c.epoch.closure, node), other,
                            ProgramWiring.connection(c.epoch.closure, c.nodeOf(other))), MAX_OCCURRENCES));
        }
        return guesses;
    }

    /**
     * Parameters read after the program updated them: the value before the update belongs in a gradient.
     *
     * @param c the wrong claim
     * @param lines where the program's lines stand in its file
     * @return the guess, if the formula reads an updated parameter
     */
    static List<Guess> afterUpdate(WrongClaim c, SourceMap lines) {
        Expr expr = c.claim.expr();
        if (expr == null) {
            return List.of();
        }
        Map<String, NdArray> before = new LinkedHashMap<>();
        List<String> updated = new ArrayList<>();
        for (String used : ExprEdits.names(expr)) {
            Events.Update u = c.parameters.madeBy(c.nodeOf(used));
            if (u != null && u.order() <= c.claim.order() && c.epoch.parameterNodes.contains(u.oldNode())) {
                before.put(used, u.oldValue());
                updated.add(used + " (updated at " + lines.lineText(u.span().line()) + ")");
            }
        }
        return FormulaGuesses.afterUpdate(c, before, n -> "uses " + String.join(", ", updated) + " after "
                + (n == 1 ? "its" : "their") + " update: " + FormulaGuesses.beforeUpdate(n));
    }

    /**
     * The homework's mistake: {@code d_w5} (\( \partial L / \partial w_5 = \delta \cdot a \), where {@code w5}
     * multiplies {@code a}) stands where \( \delta \cdot w_5 \) belongs, the error that reaches {@code a}
     * through {@code w5}. The correction replaces each such {@code d_w} by {@code d_w · w / a}.
     *
     * @param c the wrong claim
     * @return the guess, if the formula uses gradients of weights that multiply one value each
     */
    static List<Guess> gradientForError(WrongClaim c) {
        Expr expr = c.claim.expr();
        if (expr == null) {
            return List.of();
        }
        List<FormulaGuesses.Gradient> gradients = new ArrayList<>();
        List<String> corrected = new ArrayList<>();
        Set<String> inputs = new LinkedHashSet<>();
        for (String name : ExprEdits.names(expr)) {
            Claim gradient = claimOf(c, c.nodeOf(name));
            int[] product = gradient == null || !c.epoch.parameterNodes.contains(gradient.targetNode()) ? null
                    : ProgramWiring.product(c.epoch.closure, gradient.targetNode());
            if (product != null) {
                String input = ProgramWiring.describe(c.tape(), product[1]);
                String into = ProgramWiring.flowsInto(c.epoch.closure, product[0]);
                gradients.add(new FormulaGuesses.Gradient(name, gradient.target(),
                        into == null ? "δ" : "∂L/∂" + into, c.tape().node(gradient.targetNode()).value(),
                        c.tape().node(product[1]).value()));
                inputs.add(input);
                corrected.add(name + "·" + gradient.target() + "/" + input);
            }
        }
        if (gradients.isEmpty() || inputs.size() != 1) {
            return List.of();
        }
        String error = String.join(" + ", gradients.stream().map(g -> g.error() + "·" + g.weight()).toList())
                + " (written " + String.join(" + ", corrected) + ")";
        String written = writtenAround(c, gradients.stream()
                .flatMap(g -> ExprEdits.uses(expr, g.gradient()).stream()).toList());
        return List.of(FormulaGuesses.gradientsForError(c, gradients,
                FormulaGuesses.gradientsForErrorWords(error, written, gradients, inputs.iterator().next())));
    }

    /** The program's text of the smallest part of the formula holding every occurrence, without outer parentheses. */
    private static String writtenAround(WrongClaim c, List<Expr> occurrences) {
        Expr around = c.claim.expr();
        boolean narrowed = true;
        while (narrowed) {
            narrowed = false;
            for (Expr child : bpdiff.program.syntax.Children.of(around)) {
                if (occurrences.stream().allMatch(o -> o.span().start() >= child.span().start()
                        && o.span().end() <= child.span().end())) {
                    around = child;
                    narrowed = true;
                    break;
                }
            }
        }
        String text = c.trace.program().text(around.span()).strip();
        return text.startsWith("(") && text.endsWith(")") ? text.substring(1, text.length() - 1) : text;
    }

    private static Claim claimOf(WrongClaim c, int node) {
        if (node < 0) {
            return null;
        }
        for (Claim other : c.epoch.claims) {
            if (other.valueNode() == node && other != c.claim) {
                return other;
            }
        }
        return null;
    }

    private static boolean isClaim(WrongClaim c, int node) {
        return claimOf(c, node) != null;
    }
}
