package bpdiff.program.syntax;

import java.util.ArrayList;
import java.util.List;

/** The parts of a node, left to right as written: what a walk over the tree visits. */
public final class Children {

    private Children() {}

    /**
     * @param e an expression
     * @return its direct sub-expressions (for a conditional: test, body, else; for a comprehension: element, then
     *     each clause's target, iterable and conditions; for a lambda: its defaults and body; for an f-string: the
     *     formatted expressions)
     */
    public static List<Expr> of(Expr e) {
        List<Expr> children = new ArrayList<>();
        if (e instanceof Expr.Attribute a) {
            children.add(a.value());
        } else if (e instanceof Expr.Subscript s) {
            children.add(s.value());
            children.addAll(s.indices());
        } else if (e instanceof Expr.Slice s) {
            addPresent(children, s.lower(), s.upper(), s.step());
        } else if (e instanceof Expr.Call c) {
            children.add(c.function());
            children.addAll(c.arguments());
            c.keywords().forEach(k -> children.add(k.value()));
        } else if (e instanceof Expr.Binary b) {
            children.add(b.left());
            children.add(b.right());
        } else if (e instanceof Expr.Unary u) {
            children.add(u.operand());
        } else if (e instanceof Expr.Compare c) {
            children.add(c.left());
            children.addAll(c.comparators());
        } else if (e instanceof Expr.BoolOp b) {
            children.addAll(b.values());
        } else if (e instanceof Expr.IfExp i) {
            children.add(i.test());
            children.add(i.body());
            children.add(i.orElse());
        } else if (e instanceof Expr.ListExpr l) {
            children.addAll(l.elements());
        } else if (e instanceof Expr.TupleExpr t) {
            children.addAll(t.elements());
        } else if (e instanceof Expr.SetExpr s) {
            children.addAll(s.elements());
        } else if (e instanceof Expr.DictExpr d) {
            for (int k = 0; k < d.values().size(); k++) {
                addPresent(children, d.keys().get(k), d.values().get(k));
            }
        } else if (e instanceof Expr.ListComp c) {
            children.add(c.element());
            clauses(c.clauses(), children);
        } else if (e instanceof Expr.SetComp c) {
            children.add(c.element());
            clauses(c.clauses(), children);
        } else if (e instanceof Expr.GeneratorExp g) {
            children.add(g.element());
            clauses(g.clauses(), children);
        } else if (e instanceof Expr.DictComp c) {
            children.add(c.key());
            children.add(c.value());
            clauses(c.clauses(), children);
        } else if (e instanceof Expr.Lambda l) {
            l.parameters().forEach(p -> addPresent(children, p.defaultValue()));
            children.add(l.body());
        } else if (e instanceof Expr.Starred s) {
            children.add(s.value());
        } else if (e instanceof Expr.Yield y) {
            addPresent(children, y.value());
        } else if (e instanceof Expr.NamedExpr n) {
            children.add(n.target());
            children.add(n.value());
        } else if (e instanceof Expr.FString f) {
            f.parts().forEach(p -> {
                if (p instanceof Expr.FormattedValue v) {
                    children.add(v.value());
                    v.specParts().forEach(q -> {
                        if (q instanceof Expr.FormattedValue w) {
                            children.add(w.value());
                        }
                    });
                }
            });
        }
        return children;
    }

    /**
     * @param s a statement
     * @return the expressions it holds itself, not those of its blocks (targets, values, tests, iterables,
     *     decorators, parameter defaults, base classes, exception types, context managers)
     */
    public static List<Expr> of(Stmt s) {
        List<Expr> children = new ArrayList<>();
        if (s instanceof Stmt.ExprStmt e) {
            children.add(e.value());
        } else if (s instanceof Stmt.Assign a) {
            children.addAll(a.targets());
            children.add(a.value());
        } else if (s instanceof Stmt.AugAssign a) {
            children.add(a.target());
            children.add(a.value());
        } else if (s instanceof Stmt.AnnAssign a) {
            addPresent(children, a.target(), a.annotation(), a.value());
        } else if (s instanceof Stmt.If i) {
            children.add(i.test());
        } else if (s instanceof Stmt.For f) {
            children.add(f.target());
            children.add(f.iterable());
        } else if (s instanceof Stmt.While w) {
            children.add(w.test());
        } else if (s instanceof Stmt.FunctionDef f) {
            children.addAll(f.decorators());
            f.parameters().forEach(p -> addPresent(children, p.defaultValue()));
        } else if (s instanceof Stmt.ClassDef c) {
            children.addAll(c.decorators());
            children.addAll(c.bases());
            c.keywords().forEach(k -> children.add(k.value()));
        } else if (s instanceof Stmt.Return r) {
            addPresent(children, r.value());
        } else if (s instanceof Stmt.Assert a) {
            addPresent(children, a.test(), a.message());
        } else if (s instanceof Stmt.Delete d) {
            children.addAll(d.targets());
        } else if (s instanceof Stmt.Raise r) {
            addPresent(children, r.exception(), r.cause());
        } else if (s instanceof Stmt.Try t) {
            t.handlers().forEach(h -> addPresent(children, h.type()));
        } else if (s instanceof Stmt.With w) {
            w.items().forEach(i -> addPresent(children, i.context(), i.target()));
        }
        return children;
    }

    /**
     * @param s a statement
     * @return its blocks in order (for a try: body, each handler's body, else, finally), possibly none
     */
    public static List<List<Stmt>> blocks(Stmt s) {
        List<List<Stmt>> blocks = new ArrayList<>();
        if (s instanceof Stmt.If i) {
            blocks.add(i.body());
            blocks.add(i.orElse());
        } else if (s instanceof Stmt.For f) {
            blocks.add(f.body());
            blocks.add(f.orElse());
        } else if (s instanceof Stmt.While w) {
            blocks.add(w.body());
            blocks.add(w.orElse());
        } else if (s instanceof Stmt.FunctionDef f) {
            blocks.add(f.body());
        } else if (s instanceof Stmt.ClassDef c) {
            blocks.add(c.body());
        } else if (s instanceof Stmt.Try t) {
            blocks.add(t.body());
            t.handlers().forEach(h -> blocks.add(h.body()));
            blocks.add(t.orElse());
            blocks.add(t.finalBody());
        } else if (s instanceof Stmt.With w) {
            blocks.add(w.body());
        }
        return blocks;
    }

    private static void clauses(List<Expr.ForClause> clauses, List<Expr> children) {
        for (Expr.ForClause clause : clauses) {
            children.add(clause.target());
            children.add(clause.iterable());
            children.addAll(clause.conditions());
        }
    }

    private static void addPresent(List<Expr> children, Expr... parts) {
        for (Expr part : parts) {
            if (part != null) {
                children.add(part);
            }
        }
    }
}
