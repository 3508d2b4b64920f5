package bpdiff.check;

import bpdiff.program.syntax.BinaryOperator;
import bpdiff.program.syntax.Expr;
import bpdiff.program.syntax.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;

/**
 * Changes a formula list's expression tree: replaces names, or one node picked by its position; and makes the
 * nodes a correction needs, which were not written by the student (their span is {@link #MADE_UP}).
 *
 * <p>Nodes are numbered in pre-order (a node before its operands, left before right; a call's function is not a
 * node of its own), so equal sub-trees at different places can be told apart.
 */
final class ExprRewrite {

    /** Where a node the diagnosis made up is: nowhere (column 0). */
    static final Span MADE_UP = new Span(0, 0, 0, 0);

    private ExprRewrite() {}

    /**
     * @param name a name
     * @return it as a made-up node
     */
    static Expr name(String name) {
        return new Expr.Name(name, MADE_UP);
    }

    /**
     * @param value a number
     * @return a made-up literal, written in the shortest form that reads back the same
     */
    static Expr number(double value) {
        boolean integer = value == Math.rint(value) && Math.abs(value) < 1e15;
        return new Expr.Num(value, integer, MADE_UP, integer ? Long.toString((long) value) : Double.toString(value));
    }

    /**
     * @param operator the operator
     * @param left its left operand
     * @param right its right operand
     * @return the made-up operation
     */
    static Expr.Binary binary(BinaryOperator operator, Expr left, Expr right) {
        return new Expr.Binary(operator, left, right, MADE_UP);
    }

    /**
     * @param operand an expression
     * @return its made-up negation
     */
    static Expr negate(Expr operand) {
        return new Expr.Unary("-", operand, MADE_UP);
    }

    /**
     * Replaces every occurrence of some names.
     *
     * @param expr the tree
     * @param replacements for a name, the tree to put in its place
     * @return the changed tree
     */
    static Expr replaceNames(Expr expr, Map<String, Expr> replacements) {
        return map(expr, node -> node instanceof Expr.Name n && replacements.containsKey(n.id())
                ? replacements.get(n.id()) : null);
    }

    /**
     * The positions of the nodes that satisfy a test.
     *
     * @param expr the tree
     * @param test which nodes
     * @return their pre-order positions
     */
    static List<Integer> positions(Expr expr, Predicate<Expr> test) {
        List<Integer> found = new ArrayList<>();
        int[] counter = {0};
        walk(expr, test, found, counter);
        return found;
    }

    /**
     * The node at a position.
     *
     * @param expr the tree
     * @param position a pre-order position
     * @return the node
     */
    static Expr at(Expr expr, int position) {
        Expr[] found = new Expr[1];
        int[] counter = {0};
        find(expr, position, counter, found);
        return found[0];
    }

    /**
     * Replaces the node at a position.
     *
     * @param expr the tree
     * @param position a pre-order position
     * @param replacement the new node
     * @return the changed tree
     */
    static Expr replaceAt(Expr expr, int position, Expr replacement) {
        int[] counter = {0};
        return rebuild(expr, position, replacement, counter);
    }

    private static void walk(Expr expr, Predicate<Expr> test, List<Integer> found, int[] counter) {
        if (test.test(expr)) {
            found.add(counter[0]);
        }
        counter[0]++;
        children(expr).forEach(child -> walk(child, test, found, counter));
    }

    private static void find(Expr expr, int position, int[] counter, Expr[] found) {
        if (counter[0]++ == position) {
            found[0] = expr;
        }
        children(expr).forEach(child -> find(child, position, counter, found));
    }

    private static Expr rebuild(Expr expr, int position, Expr replacement, int[] counter) {
        if (counter[0]++ == position) {
            counter[0] += size(expr) - 1;
            return replacement;
        }
        if (expr instanceof Expr.Unary n) {
            return new Expr.Unary(n.operator(), rebuild(n.operand(), position, replacement, counter), n.span());
        }
        if (expr instanceof Expr.Binary b) {
            Expr left = rebuild(b.left(), position, replacement, counter);
            return new Expr.Binary(b.operator(), left, rebuild(b.right(), position, replacement, counter), b.span());
        }
        if (expr instanceof Expr.Call c) {
            List<Expr> arguments = new ArrayList<>();
            c.arguments().forEach(a -> arguments.add(rebuild(a, position, replacement, counter)));
            return new Expr.Call(c.function(), arguments, c.keywords(), c.span());
        }
        return expr;
    }

    private static int size(Expr expr) {
        int size = 1;
        for (Expr child : children(expr)) {
            size += size(child);
        }
        return size;
    }

    private static Expr map(Expr expr, UnaryOperator<Expr> replace) {
        Expr replaced = replace.apply(expr);
        if (replaced != null) {
            return replaced;
        }
        if (expr instanceof Expr.Unary n) {
            return new Expr.Unary(n.operator(), map(n.operand(), replace), n.span());
        }
        if (expr instanceof Expr.Binary b) {
            return new Expr.Binary(b.operator(), map(b.left(), replace), map(b.right(), replace), b.span());
        }
        if (expr instanceof Expr.Call c) {
            return new Expr.Call(c.function(), c.arguments().stream().map(a -> map(a, replace)).toList(),
                    c.keywords(), c.span());
        }
        return expr;
    }

    /**
     * @param expr a formula's node
     * @return its operands, or a call's arguments
     */
    static List<Expr> children(Expr expr) {
        if (expr instanceof Expr.Unary n) {
            return List.of(n.operand());
        }
        if (expr instanceof Expr.Binary b) {
            return List.of(b.left(), b.right());
        }
        if (expr instanceof Expr.Call c) {
            return c.arguments();
        }
        return List.of();
    }
}
