package bpdiff.check.program;

import bpdiff.check.BackPropagationCorrections;
import bpdiff.check.ExprEdits;
import bpdiff.check.FormulaCorrections;
import bpdiff.check.Guess;
import bpdiff.check.MistakeCode;
import bpdiff.program.SourceMap;
import bpdiff.program.array.NdArray;
import bpdiff.program.run.Events;
import bpdiff.program.run.Value;
import bpdiff.program.syntax.BinaryOperator;
import bpdiff.program.syntax.Expr;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.IdentityHashMap;
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
        for (String used : usedNames(expr)) {
            NdArray value = variables.get(used);
            int node = c.nodeOf(used);
            if (value == null || node < 0 || isClaim(c, node)) {
                continue;
            }
            boolean parameter = c.epoch.parameterNodes.contains(node);
            List<Expr> at = ExprEdits.find(expr, e -> e instanceof Expr.Name n && n.id().equals(used));
            for (Map.Entry<String, NdArray> other : variables.entrySet()) {
                int otherNode = c.nodeOf(other.getKey());
                if (other.getKey().equals(used) || otherNode == node || otherNode < 0 || isClaim(c, otherNode)
                        || c.epoch.parameterNodes.contains(otherNode) != parameter
                        || !Arrays.equals(other.getValue().shape(), value.shape())
                        || !c.epoch.closure.contains(otherNode)) {
                    continue;
                }
                String finding = describe(c, used, node, other.getKey(), otherNode);
                MistakeCode code = parameter ? MistakeCode.WRONG_WEIGHT : MistakeCode.WRONG_VARIABLE;
                Map<Expr, Expr> everywhere = new IdentityHashMap<>();
                at.forEach(e -> everywhere.put(e, ExprEdits.name(other.getKey(), e)));
                guesses.add(c.edited(everywhere, Map.of(), code, finding));
                for (int k = 0; at.size() > 1 && at.size() <= MAX_OCCURRENCES && k < at.size(); k++) {
                    guesses.add(c.edited(at.get(k), ExprEdits.name(other.getKey(), at.get(k)), Map.of(), code,
                            finding + " (occurrence " + (k + 1) + " of " + used + ")"));
                }
            }
        }
        return guesses;
    }

    private static String describe(WrongClaim c, String used, int usedNode, String belongs, int belongsNode) {
        return FormulaCorrections.wrongName(used, ProgramWiring.connection(c.epoch.closure, usedNode), belongs,
                ProgramWiring.connection(c.epoch.closure, belongsNode));
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
        Map<String, Value> before = new LinkedHashMap<>();
        Map<Expr, Expr> replacements = new IdentityHashMap<>();
        List<String> updated = new ArrayList<>();
        for (String used : usedNames(expr)) {
            Events.Update u = c.parameters.madeBy(c.nodeOf(used));
            if (u == null || u.order() > c.claim.order() || !c.epoch.parameterNodes.contains(u.oldNode())) {
                continue;
            }
            String alias = "__before_" + used;
            before.put(alias, WrongClaim.value(u.oldValue()));
            ExprEdits.find(expr, e -> e instanceof Expr.Name n && n.id().equals(used))
                    .forEach(e -> replacements.put(e, ExprEdits.name(alias, e)));
            updated.add(used + " (updated at " + lines.lineText(u.span().line()) + ")");
        }
        if (updated.isEmpty()) {
            return List.of();
        }
        String finding = "uses " + String.join(", ", updated) + " after " + (updated.size() == 1 ? "its" : "their")
                + " update: " + FormulaCorrections.beforeUpdate(updated.size());
        return List.of(c.edited(replacements, before, MistakeCode.AFTER_UPDATE, finding));
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
        Map<Expr, Expr> replacements = new IdentityHashMap<>();
        Map<String, Value> extra = new LinkedHashMap<>();
        List<String> used = new ArrayList<>();
        List<String> weights = new ArrayList<>();
        List<String> corrected = new ArrayList<>();
        List<String> errors = new ArrayList<>();
        Set<String> inputs = new LinkedHashSet<>();
        List<Expr> occurrences = new ArrayList<>();
        for (String name : usedNames(expr)) {
            Claim gradient = claimOf(c, c.nodeOf(name));
            if (gradient == null || !c.epoch.parameterNodes.contains(gradient.targetNode())) {
                continue;
            }
            int[] product = ProgramWiring.product(c.epoch.closure, gradient.targetNode());
            if (product == null) {
                continue;
            }
            String weight = gradient.target();
            String input = ProgramWiring.describe(c.tape(), product[1]);
            extra.put("__w_" + name, WrongClaim.value(c.tape().node(gradient.targetNode()).value()));
            extra.put("__a_" + name, WrongClaim.value(c.tape().node(product[1]).value()));
            for (Expr e : ExprEdits.find(expr, x -> x instanceof Expr.Name n && n.id().equals(name))) {
                occurrences.add(e);
                replacements.put(e, ExprEdits.binary(BinaryOperator.DIVIDE, ExprEdits.binary(BinaryOperator.MULTIPLY,
                        e, ExprEdits.name("__w_" + name, e)), ExprEdits.name("__a_" + name, e)));
            }
            String into = ProgramWiring.flowsInto(c.epoch.closure, product[0]);
            used.add(name);
            weights.add(weight);
            inputs.add(input);
            corrected.add(name + "·" + weight + "/" + input);
            errors.add(into == null ? "δ" : "∂L/∂" + into);
        }
        if (used.isEmpty() || inputs.size() != 1) {
            return List.of();
        }
        String input = inputs.iterator().next();
        String written = writtenAround(c, occurrences);
        List<String> definitions = new ArrayList<>();
        List<String> sum = new ArrayList<>();
        for (int k = 0; k < used.size(); k++) {
            definitions.add(used.get(k) + " = " + errors.get(k) + "·" + input);
            sum.add(errors.get(k) + "·" + weights.get(k));
        }
        String finding = BackPropagationCorrections.gradientsForError(String.join(" + ", sum) + " (written "
                + String.join(" + ", corrected) + ")", written, used, weights, input, definitions);
        return List.of(c.edited(replacements, extra, MistakeCode.MISSING_WEIGHTS_DW, finding));
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

    /**
     * @param expr a formula
     * @return the variables it reads, in order
     */
    static Set<String> usedNames(Expr expr) {
        Set<String> names = new LinkedHashSet<>();
        ExprEdits.find(expr, e -> e instanceof Expr.Name).forEach(e -> names.add(((Expr.Name) e).id()));
        return names;
    }
}
