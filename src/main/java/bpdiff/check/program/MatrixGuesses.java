package bpdiff.check.program;

import bpdiff.check.Agreement;
import bpdiff.check.ExprEdits;
import bpdiff.check.Guess;
import bpdiff.check.MistakeCode;
import bpdiff.program.array.NdArray;
import bpdiff.program.run.PyModule;
import bpdiff.program.run.Value;
import bpdiff.program.syntax.BinaryOperator;
import bpdiff.program.syntax.Children;
import bpdiff.program.syntax.Expr;
import bpdiff.program.syntax.Stmt;
import bpdiff.program.syntax.Rendering;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Guesses about matrix-form formulas: a transpose missing or extra, {@code np.dot} where {@code np.outer}
 * belongs (or the reverse), an elementwise product where a matrix product belongs (or the reverse), and a sum
 * over the wrong axis.
 */
final class MatrixGuesses {

    private static final String NUMPY = "__np";

    private MatrixGuesses() {}

    /**
     * @param c the wrong claim
     * @return the guesses
     */
    static List<Guess> all(WrongClaim c) {
        List<Guess> guesses = new ArrayList<>();
        Expr expr = c.claim.expr();
        if (expr == null) {
            return guesses;
        }
        String np = c.numpy() != null ? c.numpy() : NUMPY;
        Map<String, Value> extra = np.equals(NUMPY) ? Map.of(NUMPY, new PyModule("numpy")) : Map.of();
        transposes(c, expr, expr, "", extra, guesses);
        for (Inlined in : inlined(c, expr, extra)) {
            transposes(c, in.expr(), in.helper(), " in " + in.name() + " (line " + in.line() + ")", extra, guesses);
        }
        products(c, expr, np, extra, guesses);
        axes(c, expr, extra, guesses);
        return guesses;
    }

    /**
     * The transposes guessed in {@code searched}, a part of {@code formula} (the claim's expression, or it with a
     * helper's expression put in for the helper's name).
     *
     * @param where where the changed part is written, for the finding ({@code ""} for the claim's own line)
     */
    private static void transposes(WrongClaim c, Expr formula, Expr searched, String where, Map<String, Value> extra,
            List<Guess> guesses) {
        for (Expr e : ExprEdits.find(searched, x -> x instanceof Expr.Attribute a && a.attribute().equals("T"))) {
            Expr inner = ((Expr.Attribute) e).value();
            guesses.add(edited(c, formula, e, inner, extra, MistakeCode.EXTRA_TRANSPOSE,
                    "the transpose is extra" + where + ": " + text(c, e) + " should be " + Rendering.render(inner)));
        }
        for (Expr operand : matrixOperands(searched)) {
            if (operand instanceof Expr.Attribute a && a.attribute().equals("T")) {
                continue;
            }
            guesses.add(edited(c, formula, operand, ExprEdits.transposed(operand), extra, MistakeCode.MISSING_TRANSPOSE,
                    "a transpose is missing" + where + ": "
                    + text(c, operand) + " should be " + Rendering.render(ExprEdits.transposed(operand))));
        }
    }

    private static Guess edited(WrongClaim c, Expr formula, Expr at, Expr replacement, Map<String, Value> extra,
            MistakeCode code, String finding) {
        return formula == c.claim.expr() ? c.edited(at, replacement, extra, code, finding)
                : new Guess(code, finding, c.evaluate(ExprEdits.replace(formula, at, replacement), extra), c.truth);
    }

    /**
     * A claim's formula with a helper's expression put in for the helper's name ({@code dW1 = x.T @ delta1} read as
     * {@code x.T @ ((delta2 @ W2) * h * (1 - h))}), so that a mistake on the helper's line is guessed at.
     *
     * @param expr the formula so changed
     * @param helper the helper's expression, as it stands in {@code expr}
     * @param name the helper
     * @param line the helper's line
     */
    private record Inlined(Expr expr, Expr helper, String name, int line) {}

    /**
     * @return the claim's formula with each name computed on an earlier line replaced by the expression that line
     *     computed it by, when that expression, computed in the claim's line, gives the name's value there (its
     *     operands unchanged in between)
     */
    private static List<Inlined> inlined(WrongClaim c, Expr expr, Map<String, Value> extra) {
        List<Inlined> out = new ArrayList<>();
        for (Expr e : ExprEdits.find(expr, x -> x instanceof Expr.Name)) {
            String name = ((Expr.Name) e).id();
            int node = c.nodeOf(name);
            int line = node >= 0 && !c.tape().node(node).isLeaf() ? c.tape().node(node).line() : -1;
            Expr assigned = line > 0 && line != c.claim.span().line()
                    ? assignedAt(c.trace.program().body(), name, line) : null;
            if (assigned == null) {
                continue;
            }
            NdArray value = c.valueOf(name);
            NdArray recomputed = c.evaluate(assigned, extra);
            double scale = c.claim.exprScale();
            if (value == null || recomputed == null || !java.util.Arrays.equals(value.shape(), recomputed.shape())
                    || !Agreement.agrees(bpdiff.program.array.Elementwise.unary(recomputed, v -> v * scale), value,
                            c.tolerance)) {
                continue;
            }
            out.add(new Inlined(ExprEdits.replace(expr, e, assigned), assigned, name, line));
        }
        return out;
    }

    /** @return the expression of the statement {@code name = …} on the line, in any block, or {@code null} */
    private static Expr assignedAt(List<Stmt> block, String name, int line) {
        for (Stmt s : block) {
            if (s instanceof Stmt.Assign a && a.span().line() == line && a.targets().size() == 1
                    && a.targets().get(0) instanceof Expr.Name n && n.id().equals(name)) {
                return a.value();
            }
            for (List<Stmt> inner : Children.blocks(s)) {
                Expr found = assignedAt(inner, name, line);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    /** The operands of every {@code @}, {@code np.dot}, {@code np.matmul} and {@code np.outer}. */
    private static List<Expr> matrixOperands(Expr expr) {
        List<Expr> operands = new ArrayList<>();
        for (Expr e : ExprEdits.find(expr, x -> true)) {
            if (e instanceof Expr.Binary b && b.operator() == BinaryOperator.MATMUL) {
                operands.add(b.left());
                operands.add(b.right());
            } else if (e instanceof Expr.Call call && isProduct(ExprEdits.numpyFunction(e))) {
                Expr receiver = receiver(call);
                if (receiver != null) {
                    operands.add(receiver);
                }
                operands.addAll(call.arguments());
            }
        }
        return operands;
    }

    /**
     * @return {@code a} of the method call {@code a.dot(b)} (or {@code a.outer}, {@code a.matmul}), or {@code null}
     *     for a call of a module's function ({@code np.dot(a, b)}, {@code numpy.dot}, {@code xp.dot}: a name that
     *     holds no array)
     */
    private static Expr receiver(Expr.Call call) {
        if (!(call.function() instanceof Expr.Attribute a)) {
            return null;
        }
        boolean module = a.value() instanceof Expr.Name n && (MODULES.contains(n.id()) || call.arguments().size() == 2);
        return module ? null : a.value();
    }

    /** The names numpy is imported as in the programs bpdiff reads. */
    private static final java.util.Set<String> MODULES = java.util.Set.of("np", "numpy", "onp", "jnp", "xp");

    private static boolean isProduct(String function) {
        return "dot".equals(function) || "matmul".equals(function) || "outer".equals(function);
    }

    private static void products(WrongClaim c, Expr expr, String np, Map<String, Value> extra,
            List<Guess> guesses) {
        for (Expr e : ExprEdits.find(expr, x -> true)) {
            Expr a;
            Expr b;
            String kind;
            if (e instanceof Expr.Binary bin && (bin.operator() == BinaryOperator.MATMUL
                    || bin.operator() == BinaryOperator.MULTIPLY)) {
                a = bin.left();
                b = bin.right();
                kind = bin.operator() == BinaryOperator.MATMUL ? "matmul" : "multiply";
            } else if (e instanceof Expr.Call call && isProduct(ExprEdits.numpyFunction(e)) && call.arguments().size() == 2
                    && receiver(call) == null) {
                a = call.arguments().get(0);
                b = call.arguments().get(1);
                kind = ExprEdits.numpyFunction(e);
            } else if (e instanceof Expr.Call call && "dot".equals(ExprEdits.numpyFunction(e))
                    && call.arguments().size() == 1 && receiver(call) != null) {
                a = receiver(call);
                b = call.arguments().get(0);
                kind = "dot";
            } else {
                continue;
            }
            String written = text(c, e);
            if (!kind.equals("outer")) {
                Expr outer = ExprEdits.numpyCall(np, "outer", e, a, b);
                guesses.add(c.edited(e, outer, extra, kind.equals("multiply") ? MistakeCode.ELEMENTWISE_FOR_OUTER
                        : MistakeCode.DOT_FOR_OUTER, written + (kind.equals("multiply")
                        ? " multiplies elementwise where the outer product " : " is a product where the outer product ")
                        + display(outer, np) + " belongs" + (kind.equals("dot") ? " (np.dot of two vectors is one number)"
                        : "")));
            }
            if (kind.equals("multiply")) {
                Expr matmul = ExprEdits.binary(BinaryOperator.MATMUL, a, b);
                guesses.add(c.edited(e, matmul, extra, MistakeCode.ELEMENTWISE_FOR_MATMUL,
                        written + " multiplies elementwise where the matrix product "
                        + Rendering.render(matmul) + " belongs"));
            } else {
                Expr elementwise = ExprEdits.binary(BinaryOperator.MULTIPLY, a, b);
                guesses.add(c.edited(e, elementwise, extra, MistakeCode.MATMUL_FOR_ELEMENTWISE, written + " is a "
                        + (kind.equals("outer") ? "outer" : "matrix") + " product where the elementwise product "
                        + Rendering.render(elementwise) + " belongs"));
            }
            if (kind.equals("outer")) {
                Expr swapped = ExprEdits.numpyCall(np, "outer", e, b, a);
                guesses.add(c.edited(e, swapped, extra, MistakeCode.MISSING_TRANSPOSE, written + " is the transpose of "
                        + "the gradient: its factors belong the other way round, " + display(swapped, np)));
                Expr dot = ExprEdits.numpyCall(np, "dot", e, a, b);
                guesses.add(c.edited(e, dot, extra, MistakeCode.OUTER_FOR_DOT, written + " is an outer product where "
                        + display(dot, np) + " belongs"));
            }
        }
    }

    private static void axes(WrongClaim c, Expr expr, Map<String, Value> extra, List<Guess> guesses) {
        for (Expr e : ExprEdits.find(expr, x -> x instanceof Expr.Call)) {
            String function = ExprEdits.numpyFunction(e);
            if (!"sum".equals(function) && !"mean".equals(function)) {
                continue;
            }
            Expr.Call call = (Expr.Call) e;
            String current = axisOf(call);
            for (String axis : new String[] {"0", "1", "None"}) {
                if (axis.equals(current)) {
                    continue;
                }
                for (boolean keep : new boolean[] {false, true}) {
                    Expr changed = withAxis(call, axis, keep);
                    guesses.add(c.edited(e, changed, extra, MistakeCode.SUM_AXIS, "the " + function + " runs over "
                            + (current.equals("None") ? "all elements" : "axis " + current) + " where one over "
                            + (axis.equals("None") ? "all elements" : "axis " + axis) + " belongs: "
                            + Rendering.render(changed)));
                }
            }
        }
    }

    /** The axis a sum or mean is called with, as written ({@code None} for none). */
    private static String axisOf(Expr.Call call) {
        for (Expr.Keyword k : call.keywords()) {
            if (k.name().equals("axis")) {
                return Rendering.render(k.value());
            }
        }
        boolean method = !(call.function() instanceof Expr.Attribute a && a.value() instanceof Expr.Name n
                && (n.id().equals("np") || n.id().equals("numpy")));
        int position = method ? 0 : 1;
        return call.arguments().size() > position ? Rendering.render(call.arguments().get(position)) : "None";
    }

    private static Expr withAxis(Expr.Call call, String axis, boolean keep) {
        boolean method = !(call.function() instanceof Expr.Attribute a && a.value() instanceof Expr.Name n
                && (n.id().equals("np") || n.id().equals("numpy")));
        List<Expr> arguments = new ArrayList<>(call.arguments().subList(0, Math.min(call.arguments().size(),
                method ? 0 : 1)));
        Expr axisValue = axis.equals("None") ? new Expr.Constant(null, call.span())
                : new Expr.Num(Double.parseDouble(axis), true, call.span());
        List<Expr.Keyword> keywords = new ArrayList<>(List.of(new Expr.Keyword("axis", axisValue, call.span())));
        if (keep) {
            keywords.add(new Expr.Keyword("keepdims", new Expr.Constant(true, call.span()), call.span()));
        }
        return new Expr.Call(call.function(), arguments, keywords, call.span());
    }

    private static String text(WrongClaim c, Expr e) {
        return c.trace.program().text(e.span()).strip();
    }

    private static String display(Expr e, String np) {
        return Rendering.render(e).replace(NUMPY + ".", "np.");
    }
}
