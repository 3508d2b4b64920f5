package bpdiff.check;

import bpdiff.program.syntax.BinaryOperator;
import bpdiff.program.syntax.Expr;
import java.util.stream.Collectors;

/**
 * Writes a formula list's expression back as text, numbers as the student wrote them, with only the parentheses
 * Python's precedence needs: {@code a * (b * c)} is written {@code a * b * c}, as the formula list's messages have
 * always shown it (the program checker's {@code Rendering} keeps those parentheses, and writes numbers by value).
 */
public final class ExprText {

    private static final int ATOM = 5;
    private static final int UNARY = 3;

    private ExprText() {}

    /**
     * Renders an expression.
     *
     * @param expr the tree
     * @return e.g. {@code (d_w5 * w5 / out_h1 + d_w6 * w6 / out_h1) * out_h1 * (1 - out_h1) * x1}
     */
    public static String render(Expr expr) {
        if (expr instanceof Expr.Num n) {
            return n.text();
        }
        if (expr instanceof Expr.Name n) {
            return n.id();
        }
        if (expr instanceof Expr.Unary n) {
            return "-" + wrap(n.operand(), precedence(n.operand()) <= UNARY);
        }
        if (expr instanceof Expr.Binary b) {
            return binary(b);
        }
        Expr.Call c = (Expr.Call) expr;
        return ((Expr.Name) c.function()).id() + "("
                + c.arguments().stream().map(ExprText::render).collect(Collectors.joining(", ")) + ")";
    }

    private static String binary(Expr.Binary b) {
        int own = precedence(b.operator());
        int left = precedence(b.left());
        int right = precedence(b.right());
        boolean leftParens = b.operator() == BinaryOperator.POWER ? left <= own : left < own;
        boolean rightParens = right < own || right == own
                && (b.operator() == BinaryOperator.SUBTRACT || b.operator() == BinaryOperator.DIVIDE);
        return wrap(b.left(), leftParens) + " " + b.operator().symbol() + " " + wrap(b.right(), rightParens);
    }

    private static String wrap(Expr expr, boolean parens) {
        return parens ? "(" + render(expr) + ")" : render(expr);
    }

    /** bitwise 0, {@code + -} 1, {@code * /} 2, a sign 3, {@code **} 4: higher binds tighter. */
    private static int precedence(BinaryOperator operator) {
        return switch (operator) {
            case BIT_OR, BIT_XOR, BIT_AND, LEFT_SHIFT, RIGHT_SHIFT -> 0;
            case ADD, SUBTRACT -> 1;
            case POWER -> 4;
            default -> 2;
        };
    }

    private static int precedence(Expr expr) {
        if (expr instanceof Expr.Binary b) {
            return precedence(b.operator());
        }
        if (expr instanceof Expr.Unary || expr instanceof Expr.Num n && n.value() < 0) {
            return UNARY;
        }
        return ATOM;
    }
}
