package bpdiff.program.syntax;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Collectors;

/**
 * bpdiff's tree written as {@code tools/python_layout.py} writes CPython's ast ("shapes"): one line per statement,
 * its kind and the shape of each expression it holds, sorted; equal digests mean the two parsers built the same
 * tree (names, attributes, operators and nesting; not the values of literals).
 */
final class TreeShapes {

    private TreeShapes() {}

    /**
     * @param program a parsed program
     * @return the SHA-256, in hex, of its shape lines joined by line breaks
     */
    static String digest(Program program) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(String.join("\n", lines(program))
                    .getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * @param program a parsed program
     * @return its shape lines, sorted
     */
    static List<String> lines(Program program) {
        List<String> lines = new ArrayList<>();
        statements(program.body(), lines);
        lines.sort(null);
        return lines;
    }

    private static void statements(List<Stmt> body, List<String> lines) {
        for (Stmt s : body) {
            lines.add(statement(s));
            Children.blocks(s).forEach(block -> statements(block, lines));
        }
    }

    private static String statement(Stmt s) {
        List<Expr> parts = new ArrayList<>();
        String kind = s.getClass().getSimpleName();
        if (s instanceof Stmt.ExprStmt e) {
            kind = "Expr";
            parts.add(e.value());
        } else if (s instanceof Stmt.Assign a) {
            parts.addAll(a.targets());
            parts.add(a.value());
        } else if (s instanceof Stmt.AugAssign a) {
            kind += a.operator().symbol();
            parts.add(a.target());
            parts.add(a.value());
        } else if (s instanceof Stmt.AnnAssign a) {
            parts.add(a.target());
            parts.add(a.annotation());
            parts.add(a.value());
        } else if (s instanceof Stmt.If i) {
            parts.add(i.test());
        } else if (s instanceof Stmt.While w) {
            parts.add(w.test());
        } else if (s instanceof Stmt.For f) {
            parts.add(f.target());
            parts.add(f.iterable());
        } else if (s instanceof Stmt.FunctionDef f) {
            parts.addAll(f.decorators());
        } else if (s instanceof Stmt.ClassDef c) {
            List<String> written = new ArrayList<>();
            c.decorators().forEach(d -> written.add(shape(d)));
            c.bases().forEach(b -> written.add(shape(b)));
            c.keywords().forEach(k -> written.add(keyword(k)));
            return "ClassDef[" + String.join("|", written) + "]";
        } else if (s instanceof Stmt.Return r) {
            parts.add(r.value());
        } else if (s instanceof Stmt.Delete d) {
            parts.addAll(d.targets());
        } else if (s instanceof Stmt.Raise r) {
            parts.add(r.exception());
            parts.add(r.cause());
        } else if (s instanceof Stmt.Assert a) {
            parts.add(a.test());
            parts.add(a.message());
        } else if (s instanceof Stmt.Try t) {
            t.handlers().forEach(h -> parts.add(h.type()));
        } else if (s instanceof Stmt.With w) {
            return "With[" + w.items().stream().map(i -> shape(i.context()) + "@" + shape(i.target()))
                    .collect(Collectors.joining("|")) + "]";
        } else if (s instanceof Stmt.Import) {
            return "Import[]";
        }
        return kind + "[" + parts.stream().map(TreeShapes::shape).collect(Collectors.joining("|")) + "]";
    }

    /** An expression as {@code shape} in the tool writes it. */
    static String shape(Expr e) {
        if (e == null) {
            return "-";
        }
        if (e instanceof Expr.Name n) {
            return "N" + n.id();
        }
        if (e instanceof Expr.Constant c) {
            return "C" + (c.value() == null ? "None" : c.value() ? "True" : "False");
        }
        if (e instanceof Expr.Str) {
            return "S";
        }
        if (e instanceof Expr.Num) {
            return "n";
        }
        if (e instanceof Expr.EllipsisLiteral) {
            return "E";
        }
        if (e instanceof Expr.FString f) {
            return "F(" + f.parts().stream().filter(p -> p instanceof Expr.FormattedValue)
                    .map(p -> shape(((Expr.FormattedValue) p).value())).collect(Collectors.joining(",")) + ")";
        }
        if (e instanceof Expr.Attribute a) {
            return "A" + a.attribute() + "(" + shape(a.value()) + ")";
        }
        if (e instanceof Expr.Subscript s) {
            Expr index = s.indices().size() == 1 ? s.indices().get(0) : new Expr.TupleExpr(s.indices(), s.span());
            return "Sub(" + shape(s.value()) + "," + shape(index) + ")";
        }
        if (e instanceof Expr.Slice s) {
            return "Sl(" + shape(s.lower()) + "," + shape(s.upper()) + "," + shape(s.step()) + ")";
        }
        if (e instanceof Expr.Call c) {
            return "Call(" + shape(c.function()) + ";" + all(c.arguments()) + ";"
                    + c.keywords().stream().map(TreeShapes::keyword).collect(Collectors.joining(",")) + ")";
        }
        if (e instanceof Expr.Binary b) {
            return "BinOp" + b.operator().symbol() + "(" + shape(b.left()) + "," + shape(b.right()) + ")";
        }
        if (e instanceof Expr.Unary u) {
            return "U" + u.operator() + "(" + shape(u.operand()) + ")";
        }
        if (e instanceof Expr.Compare c) {
            return "Cmp" + String.join(",", c.operators()) + "(" + shape(c.left()) + "," + all(c.comparators()) + ")";
        }
        if (e instanceof Expr.BoolOp b) {
            return (b.and() ? "and" : "or") + "(" + all(b.values()) + ")";
        }
        if (e instanceof Expr.IfExp i) {
            return "If(" + shape(i.test()) + "," + shape(i.body()) + "," + shape(i.orElse()) + ")";
        }
        return display(e);
    }

    private static String display(Expr e) {
        if (e instanceof Expr.ListExpr l) {
            return "L(" + all(l.elements()) + ")";
        }
        if (e instanceof Expr.TupleExpr t) {
            return "T(" + all(t.elements()) + ")";
        }
        if (e instanceof Expr.SetExpr s) {
            return "St(" + all(s.elements()) + ")";
        }
        if (e instanceof Expr.DictExpr d) {
            List<String> entries = new ArrayList<>();
            for (int k = 0; k < d.values().size(); k++) {
                Expr key = d.keys().get(k);
                entries.add((key == null ? "**" : shape(key) + ":") + shape(d.values().get(k)));
            }
            return "D(" + String.join(",", entries) + ")";
        }
        if (e instanceof Expr.ListComp c) {
            return "LC(" + shape(c.element()) + clauses(c.clauses()) + ")";
        }
        if (e instanceof Expr.SetComp c) {
            return "SC(" + shape(c.element()) + clauses(c.clauses()) + ")";
        }
        if (e instanceof Expr.GeneratorExp g) {
            return "G(" + shape(g.element()) + clauses(g.clauses()) + ")";
        }
        if (e instanceof Expr.DictComp c) {
            return "DC(" + shape(c.key()) + ":" + shape(c.value()) + clauses(c.clauses()) + ")";
        }
        if (e instanceof Expr.Lambda l) {
            return "Lam(" + shape(l.body()) + ")";
        }
        if (e instanceof Expr.Starred s) {
            return "*(" + shape(s.value()) + ")";
        }
        if (e instanceof Expr.NamedExpr n) {
            return "W(" + shape(n.target()) + "," + shape(n.value()) + ")";
        }
        if (e instanceof Expr.Yield y) {
            return (y.from() ? "YF(" : "Y(") + shape(y.value()) + ")";
        }
        return "?" + e.getClass().getSimpleName();
    }

    private static String keyword(Expr.Keyword k) {
        return (k.name() == null ? "**" : k.name()) + "=" + shape(k.value());
    }

    private static String all(List<Expr> items) {
        return items.stream().map(TreeShapes::shape).collect(Collectors.joining(","));
    }

    private static String clauses(List<Expr.ForClause> clauses) {
        StringBuilder out = new StringBuilder();
        for (Expr.ForClause c : clauses) {
            out.append(";for ").append(shape(c.target())).append(" in ").append(shape(c.iterable()));
            c.conditions().forEach(condition -> out.append(" if ").append(shape(condition)));
        }
        return out.toString();
    }
}
