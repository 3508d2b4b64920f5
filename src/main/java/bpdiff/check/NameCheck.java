package bpdiff.check;

import bpdiff.BadInputException;
import bpdiff.Position;
import bpdiff.program.Suggestions;
import bpdiff.program.syntax.Expr;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Checks that every name a line uses is known or assigned on a line above it.
 *
 * <p>The names of a tuple line {@code a, b = e1, e2} become usable on the next line, as in Python,
 * where the right-hand side is computed before anything is assigned.
 */
public final class NameCheck {

    private NameCheck() {}

    /**
     * Checks a derivation's names.
     *
     * @param derivation the parsed file
     * @param known the names the network provides ({@link NetworkNames#all()})
     * @throws BadInputException at {@code file:line:column} of the first unknown name, with the closest
     *     known names, or saying on which later line it is assigned
     */
    public static void check(Derivation derivation, Collection<String> known) {
        Set<String> defined = new LinkedHashSet<>(known);
        for (Derivation.Statement statement : derivation.statements()) {
            List<Assignment> assignments = derivation.assignments().subList(statement.from(), statement.to());
            for (Assignment assignment : assignments) {
                for (Expr used : ExprEdits.find(assignment.expression(), e -> e instanceof Expr.Name)) {
                    if (!defined.contains(((Expr.Name) used).id())) {
                        throw unknown(derivation, assignment, (Expr.Name) used, defined);
                    }
                }
            }
            assignments.forEach(a -> defined.add(a.name()));
        }
    }

    private static BadInputException unknown(
            Derivation derivation, Assignment assignment, Expr.Name used, Set<String> defined) {
        Position where = derivation.position(assignment.line(), used.span().column());
        for (Assignment later : derivation.assignments()) {
            if (later.line() >= assignment.line() && later.name().equals(used.id())) {
                return new BadInputException("'" + used.id() + "' is used before it is assigned (on line "
                        + later.line() + ")", where);
            }
        }
        return new BadInputException("unknown name '" + used.id() + "'"
                + Suggestions.didYouMean(used.id(), defined), where);
    }
}
