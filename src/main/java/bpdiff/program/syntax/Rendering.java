package bpdiff.program.syntax;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Writes an expression back as Python, with only the parentheses Python's precedence needs: how a candidate
 * correction (a tree that was never written) is shown.
 */
public final class Rendering {

    private static final int OR = 1;
    private static final int AND = 2;
    private static final int NOT = 3;
    private static final int COMPARE = 4;
    private static final int SUM = 5;
    private static final int PRODUCT = 6;
    private static final int UNARY = 7;
    private static final int POWER = 8;
    private static final int ATOM = 9;

    private Rendering() {}

    /**
     * @param e an expression
     * @return it as Python, e.g. {@code np.outer(delta2, a1)}
     */
    public static String render(Expr e) {
        if (e instanceof Expr.Num n) {
            return n.integer() ? Long.toString((long) n.value()) : Double.toString(n.value());
        }
        if (e instanceof Expr.Str s) {
            return "'" + s.value().replace("'", "\\'") + "'";
        }
        if (e instanceof Expr.Constant c) {
            return c.value() == null ? "None" : c.value() ? "True" : "False";
        }
        if (e instanceof Expr.Name n) {
            return n.id();
        }
        if (e instanceof Expr.Attribute a) {
            return wrap(a.value(), ATOM, false) + "." + a.attribute();
        }
        if (e instanceof Expr.Subscript s) {
            return wrap(s.value(), ATOM, false) + "[" + s.indices().stream().map(Rendering::render)
                    .collect(Collectors.joining(", ")) + "]";
        }
        if (e instanceof Expr.Slice s) {
            return part(s.lower()) + ":" + part(s.upper()) + (s.step() == null ? "" : ":" + render(s.step()));
        }
        if (e instanceof Expr.Call c) {
            List<String> args = new ArrayList<>();
            c.arguments().forEach(a -> args.add(render(a)));
            c.keywords().forEach(k -> args.add(k.name() + "=" + render(k.value())));
            return wrap(c.function(), ATOM, false) + "(" + String.join(", ", args) + ")";
        }
        if (e instanceof Expr.Binary b) {
            int own = precedence(b);
            boolean power = b.operator() == BinaryOperator.POWER;
            return wrap(b.left(), own, power) + " " + b.operator().symbol() + " " + wrap(b.right(), own, !power);
        }
        if (e instanceof Expr.Unary u) {
            return u.operator().equals("not") ? "not " + wrap(u.operand(), NOT, false)
                    : u.operator() + wrap(u.operand(), UNARY, false);
        }
        if (e instanceof Expr.Compare c) {
            StringBuilder out = new StringBuilder(wrap(c.left(), COMPARE, true));
            for (int k = 0; k < c.operators().size(); k++) {
                out.append(' ').append(c.operators().get(k)).append(' ').append(wrap(c.comparators().get(k), COMPARE, true));
            }
            return out.toString();
        }
        if (e instanceof Expr.BoolOp b) {
            int own = b.and() ? AND : OR;
            return b.values().stream().map(v -> wrap(v, own, true)).collect(Collectors.joining(b.and() ? " and " : " or "));
        }
        if (e instanceof Expr.IfExp i) {
            return wrap(i.body(), OR, true) + " if " + wrap(i.test(), OR, true) + " else " + render(i.orElse());
        }
        if (e instanceof Expr.ListExpr l) {
            return l.elements().stream().map(Rendering::render).collect(Collectors.joining(", ", "[", "]"));
        }
        if (e instanceof Expr.TupleExpr t) {
            return t.elements().size() == 1 ? "(" + render(t.elements().get(0)) + ",)"
                    : t.elements().stream().map(Rendering::render).collect(Collectors.joining(", ", "(", ")"));
        }
        return "…";
    }

    private static String part(Expr e) {
        return e == null ? "" : render(e);
    }

    /** Parenthesises an operand that binds less tightly than its place needs (or as tightly, on the wrong side). */
    private static String wrap(Expr operand, int place, boolean strict) {
        int p = precedence(operand);
        boolean parens = strict ? p <= place : p < place;
        return parens ? "(" + render(operand) + ")" : render(operand);
    }

    private static int precedence(Expr e) {
        if (e instanceof Expr.Binary b) {
            return switch (b.operator()) {
                case ADD, SUBTRACT -> SUM;
                case POWER -> POWER;
                default -> PRODUCT;
            };
        }
        if (e instanceof Expr.Unary u) {
            return u.operator().equals("not") ? NOT : UNARY;
        }
        if (e instanceof Expr.Compare) {
            return COMPARE;
        }
        if (e instanceof Expr.BoolOp b) {
            return b.and() ? AND : OR;
        }
        if (e instanceof Expr.IfExp) {
            return 0;
        }
        if (e instanceof Expr.Num n && n.value() < 0) {
            return UNARY;
        }
        return ATOM;
    }
}
