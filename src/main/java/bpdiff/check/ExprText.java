package bpdiff.check;

import java.util.stream.Collectors;

/**
 * Writes an expression tree back as text, with only the parentheses Python's precedence needs.
 *
 * <p>Used for the corrections the diagnosis proposes, which exist only as trees.
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
        if (expr instanceof Expr.Number n) {
            return n.text();
        }
        if (expr instanceof Expr.Name n) {
            return n.name();
        }
        if (expr instanceof Expr.Negate n) {
            boolean parens = precedence(n.operand()) <= UNARY
                    && !(n.operand() instanceof Expr.Binary b && b.operator() == Operator.POWER);
            return "-" + wrap(n.operand(), parens);
        }
        if (expr instanceof Expr.Binary b) {
            return binary(b);
        }
        Expr.Call c = (Expr.Call) expr;
        return c.function().id() + "("
                + c.arguments().stream().map(ExprText::render).collect(Collectors.joining(", ")) + ")";
    }

    private static String binary(Expr.Binary b) {
        int own = b.operator().precedence();
        int left = precedence(b.left());
        int right = precedence(b.right());
        boolean leftParens = b.operator() == Operator.POWER ? left <= own : left < own;
        boolean rightParens = right < own
                || right == own && (b.operator() == Operator.SUBTRACT || b.operator() == Operator.DIVIDE);
        return wrap(b.left(), leftParens) + " " + b.operator().symbol() + " " + wrap(b.right(), rightParens);
    }

    private static String wrap(Expr expr, boolean parens) {
        return parens ? "(" + render(expr) + ")" : render(expr);
    }

    private static int precedence(Expr expr) {
        if (expr instanceof Expr.Binary b) {
            return b.operator().precedence();
        }
        if (expr instanceof Expr.Negate || expr instanceof Expr.Number n && n.value() < 0) {
            return UNARY;
        }
        return ATOM;
    }
}
