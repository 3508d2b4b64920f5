package bpdiff.program.syntax;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The names a block of statements binds, as Python decides a function's local variables: every name
 * assigned, looped over, defined or imported anywhere in the block (not inside nested functions), minus
 * those declared {@code global}.
 */
public final class AssignedNames {

    private AssignedNames() {}

    /**
     * @param body the statements
     * @return the names they bind, in order of first appearance
     */
    public static Set<String> of(List<Stmt> body) {
        Set<String> names = new LinkedHashSet<>();
        collect(body, names);
        names.removeAll(globals(body));
        return names;
    }

    /**
     * @param body the statements of a function
     * @return the names declared {@code global} anywhere in them
     */
    public static Set<String> globals(List<Stmt> body) {
        Set<String> names = new LinkedHashSet<>();
        for (Stmt s : body) {
            if (s instanceof Stmt.Global g) {
                names.addAll(g.names());
            } else if (s instanceof Stmt.If i) {
                names.addAll(globals(i.body()));
                names.addAll(globals(i.orElse()));
            } else if (s instanceof Stmt.For f) {
                names.addAll(globals(f.body()));
            } else if (s instanceof Stmt.While w) {
                names.addAll(globals(w.body()));
            }
        }
        return names;
    }

    private static void collect(List<Stmt> body, Set<String> names) {
        for (Stmt s : body) {
            if (s instanceof Stmt.Assign a) {
                a.targets().forEach(t -> targets(t, names));
            } else if (s instanceof Stmt.AugAssign a) {
                targets(a.target(), names);
            } else if (s instanceof Stmt.For f) {
                targets(f.target(), names);
                collect(f.body(), names);
            } else if (s instanceof Stmt.While w) {
                collect(w.body(), names);
            } else if (s instanceof Stmt.If i) {
                collect(i.body(), names);
                collect(i.orElse(), names);
            } else if (s instanceof Stmt.FunctionDef f) {
                names.add(f.name());
            } else if (s instanceof Stmt.Import i) {
                names.add(i.alias());
            }
        }
    }

    /**
     * Adds the names an assignment target binds.
     *
     * @param target a name, or a tuple or list of targets; subscripts and attributes bind nothing
     * @param names where to add them
     */
    public static void targets(Expr target, Set<String> names) {
        if (target instanceof Expr.Name n) {
            names.add(n.id());
        } else if (target instanceof Expr.TupleExpr t) {
            t.elements().forEach(e -> targets(e, names));
        } else if (target instanceof Expr.ListExpr l) {
            l.elements().forEach(e -> targets(e, names));
        }
    }
}
