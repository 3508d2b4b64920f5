package bpdiff.program.run;

import bpdiff.program.syntax.Children;
import bpdiff.program.syntax.Expr;
import bpdiff.program.syntax.Stmt;
import java.util.List;
import java.util.Map;
import java.util.IdentityHashMap;

/**
 * Which functions are generators: CPython makes a function one when its body holds {@code yield} or
 * {@code yield from} anywhere outside the functions, classes and lambdas defined in it.
 */
final class Generators {


    /** Per statement of the program, found once: whether it holds a {@code yield} of its function. */
    private final Map<Stmt, Boolean> holds = new IdentityHashMap<>();

    /**
     * @param body a function's statements
     * @return whether the function is a generator
     */
    boolean isGenerator(List<Stmt> body) {
        for (Stmt s : body) {
            if (holdsYield(s)) {
                return true;
            }
        }
        return false;
    }

    /**
     * @param s a statement
     * @return whether it, or a statement of its blocks, holds a {@code yield} of the function it stands in
     */
    boolean holdsYield(Stmt s) {
        if (s instanceof Stmt.FunctionDef || s instanceof Stmt.ClassDef) {
            return false;
        }
        Boolean known = holds.get(s);
        if (known != null) {
            return known;
        }
        boolean found = Children.of(s).stream().anyMatch(Generators::holdsYield)
                || Children.blocks(s).stream().anyMatch(this::isGenerator);
        holds.put(s, found);
        return found;
    }

    private static boolean holdsYield(Expr e) {
        if (e instanceof Expr.Yield) {
            return true;
        }
        return !(e instanceof Expr.Lambda) && Children.of(e).stream().anyMatch(Generators::holdsYield);
    }
}
