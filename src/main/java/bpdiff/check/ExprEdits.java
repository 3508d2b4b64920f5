package bpdiff.check;

import bpdiff.program.syntax.BinaryOperator;
import bpdiff.program.syntax.Children;
import bpdiff.program.syntax.Expr;
import bpdiff.program.syntax.Span;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The tree edits of a candidate correction, for a formula list's line and a program's claim alike (both are the
 * program's {@link Expr}): find nodes, replace some of them, and build the nodes a correction needs.
 *
 * <p>Nodes are found and replaced by identity, so equal sub-trees at different places are told apart. A call's
 * function, when it is a bare name ({@code exp} in {@code exp(z)}), is not a value and is not visited; nor is the
 * inside of a comprehension, whose names are its own.
 */
public final class ExprEdits {

    /** Where a node the diagnosis made up is: nowhere (column 0). */
    public static final Span MADE_UP = new Span(0, 0, 0, 0);

    private ExprEdits() {}

    /**
     * @param root a tree
     * @param test which nodes
     * @return the nodes that pass the test, in pre-order (a node before its operands, left before right)
     */
    public static List<Expr> find(Expr root, Predicate<Expr> test) {
        List<Expr> found = new ArrayList<>();
        collect(root, test, found);
        return found;
    }

    /**
     * @param formula a formula
     * @return the variables it reads, in the order written, each once
     */
    public static Set<String> names(Expr formula) {
        Set<String> names = new LinkedHashSet<>();
        find(formula, e -> e instanceof Expr.Name).forEach(e -> names.add(((Expr.Name) e).id()));
        return names;
    }

    /**
     * @param formula a formula
     * @param name a variable
     * @return every place the formula reads it, in pre-order
     */
    public static List<Expr> uses(Expr formula, String name) {
        return find(formula, e -> e instanceof Expr.Name n && n.id().equals(name));
    }

    private static void collect(Expr e, Predicate<Expr> test, List<Expr> found) {
        if (test.test(e)) {
            found.add(e);
        }
        if (e instanceof Expr.ListComp) {
            return;
        }
        for (Expr child : Children.of(e)) {
            if (!(e instanceof Expr.Call c && child == c.function() && child instanceof Expr.Name)) {
                collect(child, test, found);
            }
        }
    }

    /**
     * @param root a tree
     * @param node one of its nodes
     * @param replacement what to put in its place
     * @return the changed tree
     */
    public static Expr replace(Expr root, Expr node, Expr replacement) {
        Map<Expr, Expr> one = new IdentityHashMap<>();
        one.put(node, replacement);
        return replace(root, one);
    }

    /**
     * @param root a tree
     * @param replacements nodes, by identity (an {@link IdentityHashMap}), and what to put in their place
     * @return the changed tree
     */
    public static Expr replace(Expr root, Map<Expr, Expr> replacements) {
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
     * @param name a name
     * @return it as a made-up node
     */
    public static Expr name(String name) {
        return new Expr.Name(name, MADE_UP);
    }

    /**
     * @param name a variable
     * @param like a node whose span the new one borrows
     * @return the name as a node
     */
    public static Expr name(String name, Expr like) {
        return new Expr.Name(name, like.span());
    }

    /**
     * @param value a number
     * @return a made-up literal, written in the shortest form that reads back the same
     */
    public static Expr number(double value) {
        boolean integer = value == Math.rint(value) && Math.abs(value) < 1e15;
        return new Expr.Num(value, integer, MADE_UP, integer ? Long.toString((long) value) : Double.toString(value));
    }

    /**
     * @param operator the operator
     * @param left the left operand
     * @param right the right operand
     * @return the operation, where its left operand is
     */
    public static Expr.Binary binary(BinaryOperator operator, Expr left, Expr right) {
        return new Expr.Binary(operator, left, right, left.span());
    }

    /**
     * @param operand an expression
     * @return its negation, where the operand is
     */
    public static Expr negate(Expr operand) {
        return new Expr.Unary("-", operand, operand.span());
    }

    /**
     * @param numpy the name numpy is bound to
     * @param function a numpy function
     * @param like a node whose span the new one borrows
     * @param arguments the arguments
     * @return {@code np.function(arguments)}
     */
    public static Expr numpyCall(String numpy, String function, Expr like, Expr... arguments) {
        Expr callee = new Expr.Attribute(name(numpy, like), function, like.span(), like.span());
        return new Expr.Call(callee, List.of(arguments), List.of(), like.span());
    }

    /**
     * @param value an array expression
     * @return {@code value.T}
     */
    public static Expr transposed(Expr value) {
        return new Expr.Attribute(value, "T", value.span(), value.span());
    }

    /**
     * @param e an expression
     * @return the numpy function it calls ({@code dot}, {@code outer}, {@code sum}, …), or {@code null}
     */
    public static String numpyFunction(Expr e) {
        if (e instanceof Expr.Call c && c.function() instanceof Expr.Attribute a) {
            return a.attribute();
        }
        return null;
    }
}
