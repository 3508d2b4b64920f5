package bpdiff.check.program;

import bpdiff.program.syntax.BinaryOperator;
import bpdiff.program.syntax.Children;
import bpdiff.program.syntax.Expr;
import bpdiff.program.syntax.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * Changes a program's expression tree for a candidate correction: one node, found by identity, replaced by
 * another; and builds the nodes a correction needs ({@code np.outer(a, b)}, {@code x.T}).
 */
final class ExprEdits {

    private ExprEdits() {}

    /**
     * @param root a tree
     * @param test which nodes
     * @return the nodes that pass the test, in pre-order
     */
    static List<Expr> find(Expr root, Predicate<Expr> test) {
        List<Expr> found = new ArrayList<>();
        collect(root, test, found);
        return found;
    }

    private static void collect(Expr e, Predicate<Expr> test, List<Expr> found) {
        if (test.test(e)) {
            found.add(e);
        }
        if (!(e instanceof Expr.ListComp)) {
            Children.of(e).forEach(child -> collect(child, test, found));
        }
    }

    /**
     * @param root a tree
     * @param replacements nodes (by identity) and what to put in their place
     * @return the changed tree
     */
    static Expr replace(Expr root, Map<Expr, Expr> replacements) {
        Expr replacement = replacements.get(root);
        if (replacement != null) {
            return replacement;
        }
        Span s = root.span();
        if (root instanceof Expr.Binary b) {
            return new Expr.Binary(b.operator(), replace(b.left(), replacements), replace(b.right(), replacements), s);
        }
        if (root instanceof Expr.Unary u) {
            return new Expr.Unary(u.operator(), replace(u.operand(), replacements), s);
        }
        if (root instanceof Expr.Attribute a) {
            return new Expr.Attribute(replace(a.value(), replacements), a.attribute(), s, a.attributeSpan());
        }
        if (root instanceof Expr.Subscript sub) {
            return new Expr.Subscript(replace(sub.value(), replacements), all(sub.indices(), replacements), s);
        }
        if (root instanceof Expr.Call c) {
            List<Expr.Keyword> keywords = new ArrayList<>();
            c.keywords().forEach(k -> keywords.add(new Expr.Keyword(k.name(), replace(k.value(), replacements), k.span())));
            return new Expr.Call(replace(c.function(), replacements), all(c.arguments(), replacements), keywords, s);
        }
        if (root instanceof Expr.TupleExpr t) {
            return new Expr.TupleExpr(all(t.elements(), replacements), s);
        }
        if (root instanceof Expr.ListExpr l) {
            return new Expr.ListExpr(all(l.elements(), replacements), s);
        }
        if (root instanceof Expr.IfExp i) {
            return new Expr.IfExp(replace(i.test(), replacements), replace(i.body(), replacements),
                    replace(i.orElse(), replacements), s);
        }
        if (root instanceof Expr.Compare c) {
            return new Expr.Compare(replace(c.left(), replacements), c.operators(), all(c.comparators(), replacements), s);
        }
        return root;
    }

    private static List<Expr> all(List<Expr> exprs, Map<Expr, Expr> replacements) {
        List<Expr> out = new ArrayList<>();
        exprs.forEach(e -> out.add(replace(e, replacements)));
        return out;
    }

    /**
     * @param name a variable
     * @param like a node whose span the new one borrows
     * @return the name as a node
     */
    static Expr name(String name, Expr like) {
        return new Expr.Name(name, like.span());
    }

    /**
     * @param numpy the name numpy is bound to
     * @param function a numpy function
     * @param like a node whose span the new one borrows
     * @param arguments the arguments
     * @return {@code np.function(arguments)}
     */
    static Expr numpyCall(String numpy, String function, Expr like, Expr... arguments) {
        Expr callee = new Expr.Attribute(name(numpy, like), function, like.span(), like.span());
        return new Expr.Call(callee, List.of(arguments), List.of(), like.span());
    }

    /**
     * @param operator the operator
     * @param left the left operand
     * @param right the right operand
     * @return the operation
     */
    static Expr binary(BinaryOperator operator, Expr left, Expr right) {
        return new Expr.Binary(operator, left, right, left.span());
    }

    /**
     * @param value an array expression
     * @return {@code value.T}
     */
    static Expr transposed(Expr value) {
        return new Expr.Attribute(value, "T", value.span(), value.span());
    }

    /**
     * @param e an expression
     * @return the numpy function it calls ({@code dot}, {@code outer}, {@code sum}, …), or {@code null}
     */
    static String numpyFunction(Expr e) {
        if (e instanceof Expr.Call c && c.function() instanceof Expr.Attribute a) {
            return a.attribute();
        }
        return null;
    }
}
