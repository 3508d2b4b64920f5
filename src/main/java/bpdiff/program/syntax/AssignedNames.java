package bpdiff.program.syntax;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The names a block of statements binds, as Python decides a function's local variables: every name assigned
 * (also by {@code +=}, an annotation, {@code :=} outside a lambda, {@code del}), looped over, bound by
 * {@code with … as} or {@code except … as}, defined ({@code def}, {@code class}) or imported anywhere in the block
 * (not inside nested functions and classes), minus those declared {@code global} or {@code nonlocal}.
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
        names.removeAll(nonlocals(body));
        return names;
    }

    /**
     * @param body the statements of a function
     * @return the names declared {@code global} anywhere in them (not in nested functions and classes)
     */
    public static Set<String> globals(List<Stmt> body) {
        Set<String> names = new LinkedHashSet<>();
        declared(body, names, true);
        return names;
    }

    /**
     * @param body the statements of a function
     * @return the names declared {@code nonlocal} anywhere in them (not in nested functions and classes)
     */
    public static Set<String> nonlocals(List<Stmt> body) {
        Set<String> names = new LinkedHashSet<>();
        declared(body, names, false);
        return names;
    }

    private static void declared(List<Stmt> body, Set<String> names, boolean global) {
        for (Stmt s : body) {
            if (global && s instanceof Stmt.Global g) {
                names.addAll(g.names());
            } else if (!global && s instanceof Stmt.Nonlocal n) {
                names.addAll(n.names());
            } else if (!(s instanceof Stmt.FunctionDef || s instanceof Stmt.ClassDef)) {
                Children.blocks(s).forEach(block -> declared(block, names, global));
            }
        }
    }

    private static void collect(List<Stmt> body, Set<String> names) {
        for (Stmt s : body) {
            if (s instanceof Stmt.Assign a) {
                a.targets().forEach(t -> targets(t, names));
            } else if (s instanceof Stmt.AugAssign a) {
                targets(a.target(), names);
            } else if (s instanceof Stmt.AnnAssign a) {
                targets(a.target(), names);
            } else if (s instanceof Stmt.For f) {
                targets(f.target(), names);
            } else if (s instanceof Stmt.With w) {
                w.items().forEach(i -> targets(i.target(), names));
            } else if (s instanceof Stmt.Try t) {
                t.handlers().forEach(h -> {
                    if (h.name() != null) {
                        names.add(h.name());
                    }
                });
            } else if (s instanceof Stmt.Delete d) {
                d.targets().forEach(t -> targets(t, names));
            } else if (s instanceof Stmt.FunctionDef f) {
                names.add(f.name());
            } else if (s instanceof Stmt.ClassDef c) {
                names.add(c.name());
            } else if (s instanceof Stmt.Import i) {
                names.addAll(i.bound());
            }
            Children.of(s).forEach(e -> walrus(e, names));
            if (!(s instanceof Stmt.FunctionDef || s instanceof Stmt.ClassDef)) {
                Children.blocks(s).forEach(block -> collect(block, names));
            }
        }
    }

    /** {@code name := value} binds in the function, even inside a comprehension, but not inside a lambda. */
    private static void walrus(Expr e, Set<String> names) {
        if (e instanceof Expr.NamedExpr n) {
            names.add(n.target().id());
        }
        if (!(e instanceof Expr.Lambda)) {
            Children.of(e).forEach(child -> walrus(child, names));
        }
    }

    /**
     * Adds the names an assignment target binds.
     *
     * @param target a name, or a tuple or list of targets, possibly starred; subscripts and attributes bind
     *     nothing; {@code null} binds nothing
     * @param names where to add them
     */
    public static void targets(Expr target, Set<String> names) {
        if (target instanceof Expr.Name n) {
            names.add(n.id());
        } else if (target instanceof Expr.TupleExpr t) {
            t.elements().forEach(e -> targets(e, names));
        } else if (target instanceof Expr.ListExpr l) {
            l.elements().forEach(e -> targets(e, names));
        } else if (target instanceof Expr.Starred s) {
            targets(s.value(), names);
        }
    }
}
