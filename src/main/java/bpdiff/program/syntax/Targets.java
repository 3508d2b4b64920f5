package bpdiff.program.syntax;

/**
 * What can be assigned to, as the grammar's {@code star_targets}, {@code single_target} and {@code del_targets}
 * allow: names, attributes and subscripts; for {@code =}, {@code for} and {@code with … as}, also tuples and lists
 * of targets with at most one starred target each.
 */
final class Targets {

    private Targets() {}

    /**
     * Checks a target of {@code =}, {@code for}, a comprehension or {@code with … as}.
     *
     * @param target the target
     * @throws ParseError if it cannot be assigned to
     */
    static void check(Expr target) {
        if (target instanceof Expr.Starred) {
            throw error("starred assignment target must be in a list or tuple", target);
        }
        assignable(target, "assign to");
    }

    /**
     * Checks the target of an augmented or annotated assignment: one name, attribute or subscript.
     *
     * @param target the target
     * @param operator the operator, for the message
     * @throws ParseError if it is not a single target
     */
    static void single(Expr target, String operator) {
        if (!(target instanceof Expr.Name || target instanceof Expr.Attribute || target instanceof Expr.Subscript)) {
            throw error(operator.equals(":") ? "only a single target (not a tuple or list) can be annotated"
                    : "'" + operator + "' assigns to one name, attribute or subscript", target);
        }
    }

    /**
     * Checks a target of {@code del}.
     *
     * @param target the target
     * @throws ParseError if it cannot be deleted
     */
    static void deletable(Expr target) {
        if (target instanceof Expr.TupleExpr t) {
            t.elements().forEach(Targets::deletable);
        } else if (target instanceof Expr.ListExpr l) {
            l.elements().forEach(Targets::deletable);
        } else if (!(target instanceof Expr.Name || target instanceof Expr.Attribute
                || target instanceof Expr.Subscript)) {
            throw error("cannot delete this expression", target);
        }
    }

    private static void assignable(Expr target, String verb) {
        if (target instanceof Expr.TupleExpr || target instanceof Expr.ListExpr) {
            int starred = 0;
            for (Expr e : Children.of(target)) {
                if (e instanceof Expr.Starred s) {
                    if (++starred > 1) {
                        throw error("multiple starred expressions in assignment", e);
                    }
                    if (s.value() instanceof Expr.Starred) {
                        throw error("cannot use a starred expression here", s.value());
                    }
                    assignable(s.value(), verb);
                } else {
                    assignable(e, verb);
                }
            }
        } else if (!(target instanceof Expr.Name || target instanceof Expr.Subscript
                || target instanceof Expr.Attribute)) {
            String hint = target instanceof Expr.Compare || target instanceof Expr.Call
                    ? " (to compare, write '==')" : "";
            throw error("cannot " + verb + " this expression" + hint, target);
        }
    }

    private static ParseError error(String message, Expr target) {
        Span s = target.span();
        return new ParseError("syntax error: " + message, Token.of(TokenKind.OP, "", s.line(), s.column(), s.start(),
                s.end()), false);
    }
}
