package bpdiff.program.syntax;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Every name that a piece of program binds anywhere, in any scope, by any binding form: assignment, augmented and
 * annotated assignment targets, {@code for}, {@code with … as}, {@code except … as}, imports, {@code def},
 * {@code class}, parameters of functions and lambdas, comprehension variables, {@code :=}, {@code global},
 * {@code nonlocal} and {@code del}. A name bound nowhere in the file and built into no Python is one that CPython
 * cannot resolve.
 */
final class BoundNames {

    private BoundNames() {}

    /**
     * @param body statements
     * @return the names they bind, in order of first appearance
     */
    static Set<String> of(List<Stmt> body) {
        return of(body, true);
    }

    /**
     * @param body statements
     * @param imports whether the names that imports bind count
     * @return the names they bind, in order of first appearance
     */
    static Set<String> of(List<Stmt> body, boolean imports) {
        Set<String> names = new LinkedHashSet<>();
        body.forEach(s -> statement(s, names, imports));
        return names;
    }

    private static void statement(Stmt s, Set<String> names, boolean imports) {
        if (s instanceof Stmt.Assign a) {
            a.targets().forEach(t -> AssignedNames.targets(t, names));
        } else if (s instanceof Stmt.AugAssign a) {
            AssignedNames.targets(a.target(), names);
        } else if (s instanceof Stmt.AnnAssign a) {
            AssignedNames.targets(a.target(), names);
        } else if (s instanceof Stmt.For f) {
            AssignedNames.targets(f.target(), names);
        } else if (s instanceof Stmt.With w) {
            w.items().forEach(i -> AssignedNames.targets(i.target(), names));
        } else if (s instanceof Stmt.Try t) {
            t.handlers().forEach(h -> {
                if (h.name() != null) {
                    names.add(h.name());
                }
            });
        } else if (s instanceof Stmt.FunctionDef f) {
            names.add(f.name());
            f.parameters().forEach(p -> names.add(p.name()));
        } else if (s instanceof Stmt.ClassDef c) {
            names.add(c.name());
        } else if (s instanceof Stmt.Import i && imports) {
            names.addAll(i.bound());
        } else if (s instanceof Stmt.Global g) {
            names.addAll(g.names());
        } else if (s instanceof Stmt.Nonlocal n) {
            names.addAll(n.names());
        } else if (s instanceof Stmt.Delete d) {
            d.targets().forEach(t -> AssignedNames.targets(t, names));
        }
        Children.of(s).forEach(e -> expression(e, names));
        Children.blocks(s).forEach(block -> block.forEach(inner -> statement(inner, names, imports)));
    }

    private static void expression(Expr e, Set<String> names) {
        if (e instanceof Expr.NamedExpr n) {
            names.add(n.target().id());
        } else if (e instanceof Expr.Lambda l) {
            l.parameters().forEach(p -> names.add(p.name()));
        } else if (e instanceof Expr.ListComp c) {
            c.clauses().forEach(clause -> AssignedNames.targets(clause.target(), names));
        } else if (e instanceof Expr.SetComp c) {
            c.clauses().forEach(clause -> AssignedNames.targets(clause.target(), names));
        } else if (e instanceof Expr.GeneratorExp g) {
            g.clauses().forEach(clause -> AssignedNames.targets(clause.target(), names));
        } else if (e instanceof Expr.DictComp c) {
            c.clauses().forEach(clause -> AssignedNames.targets(clause.target(), names));
        }
        Children.of(e).forEach(child -> expression(child, names));
    }
}
