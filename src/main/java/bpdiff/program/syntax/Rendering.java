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
    private static final int BIT_OR = 5;
    private static final int BIT_XOR = 6;
    private static final int BIT_AND = 7;
    private static final int SHIFT = 8;
    private static final int SUM = 9;
    private static final int PRODUCT = 10;
    private static final int UNARY = 11;
    private static final int POWER = 12;
    private static final int ATOM = 13;

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
            c.keywords().forEach(k -> args.add((k.name() == null ? "**" : k.name() + "=") + render(k.value())));
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
        return renderDisplay(e);
    }

    /** Displays, comprehensions, lambdas and the rest; "…" for what cannot be written back (unsupported). */
    private static String renderDisplay(Expr e) {
        if (e instanceof Expr.SetExpr s) {
            return s.elements().stream().map(Rendering::render).collect(Collectors.joining(", ", "{", "}"));
        }
        if (e instanceof Expr.DictExpr d) {
            List<String> entries = new ArrayList<>();
            for (int k = 0; k < d.values().size(); k++) {
                Expr key = d.keys().get(k);
                entries.add(key == null ? "**" + wrap(d.values().get(k), BIT_OR, false)
                        : render(key) + ": " + render(d.values().get(k)));
            }
            return "{" + String.join(", ", entries) + "}";
        }
        if (e instanceof Expr.ListComp c) {
            return "[" + render(c.element()) + clauses(c.clauses()) + "]";
        }
        if (e instanceof Expr.SetComp c) {
            return "{" + render(c.element()) + clauses(c.clauses()) + "}";
        }
        if (e instanceof Expr.GeneratorExp g) {
            return "(" + render(g.element()) + clauses(g.clauses()) + ")";
        }
        if (e instanceof Expr.DictComp c) {
            return "{" + render(c.key()) + ": " + render(c.value()) + clauses(c.clauses()) + "}";
        }
        if (e instanceof Expr.Lambda l) {
            String parameters = parameters(l.parameters());
            return "lambda" + (parameters.isEmpty() ? "" : " " + parameters) + ": " + render(l.body());
        }
        if (e instanceof Expr.Starred s) {
            return "*" + wrap(s.value(), BIT_OR, false);
        }
        if (e instanceof Expr.NamedExpr n) {
            return "(" + n.target().id() + " := " + render(n.value()) + ")";
        }
        if (e instanceof Expr.EllipsisLiteral) {
            return "...";
        }
        return "…";
    }

    private static String clauses(List<Expr.ForClause> clauses) {
        StringBuilder out = new StringBuilder();
        for (Expr.ForClause clause : clauses) {
            String target = clause.target() instanceof Expr.TupleExpr t && !t.elements().isEmpty()
                    ? t.elements().stream().map(Rendering::render).collect(Collectors.joining(", "))
                    : render(clause.target());
            out.append(" for ").append(target).append(" in ").append(wrap(clause.iterable(), OR, false));
            clause.conditions().forEach(c -> out.append(" if ").append(wrap(c, OR, false)));
        }
        return out.toString();
    }

    /** A parameter list as written: {@code a, /, b=1, *args, c, **kwargs}. */
    private static String parameters(List<Stmt.Parameter> parameters) {
        List<String> written = new ArrayList<>();
        boolean star = false;
        for (int k = 0; k < parameters.size(); k++) {
            Stmt.Parameter p = parameters.get(k);
            switch (p.kind()) {
                case VAR_POSITIONAL -> {
                    written.add("*" + p.name());
                    star = true;
                }
                case VAR_KEYWORD -> written.add("**" + p.name());
                case KEYWORD_ONLY -> {
                    if (!star) {
                        written.add("*");
                        star = true;
                    }
                    written.add(parameter(p));
                }
                default -> written.add(parameter(p));
            }
            boolean lastPositionalOnly = p.kind() == Stmt.Parameter.Kind.POSITIONAL_ONLY && (k + 1 == parameters.size()
                    || parameters.get(k + 1).kind() != Stmt.Parameter.Kind.POSITIONAL_ONLY);
            if (lastPositionalOnly) {
                written.add("/");
            }
        }
        return String.join(", ", written);
    }

    private static String parameter(Stmt.Parameter p) {
        return p.defaultValue() == null ? p.name() : p.name() + "=" + render(p.defaultValue());
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
                case BIT_OR -> BIT_OR;
                case BIT_XOR -> BIT_XOR;
                case BIT_AND -> BIT_AND;
                case LEFT_SHIFT, RIGHT_SHIFT -> SHIFT;
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
        if (e instanceof Expr.IfExp || e instanceof Expr.Lambda) {
            return 0;
        }

        if (e instanceof Expr.Num n && n.value() < 0) {
            return UNARY;
        }
        return ATOM;
    }
}
