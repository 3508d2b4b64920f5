package bpdiff.program.run;

import bpdiff.program.syntax.BinaryOperator;
import bpdiff.program.syntax.Children;
import bpdiff.program.syntax.Expr;
import bpdiff.program.syntax.Program;
import bpdiff.program.syntax.Stmt;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The arrays a program steps element by element, read from its text: the base of every target of
 * {@code W1[0, 1] -= s}, {@code w[i] += s} or {@code W1[0][1] = W1[0][1] - s} (indices, no slices), as written
 * without spaces ({@code W1}, {@code self.w}). Such an array, bound while it has no node yet, is recorded as one leaf
 * per element ({@link Recorder#assigned}), so that each element's first value is a node the loss reads even where
 * the forward pass reads the array whole ({@code X @ w}).
 */
final class ElementSteps {

    private ElementSteps() {}

    /**
     * @param program the program
     * @return the bases of its element steps, as written without spaces
     */
    static Set<String> of(Program program) {
        Set<String> found = new HashSet<>();
        scan(program, program.body(), found);
        return found;
    }

    private static void scan(Program program, List<Stmt> body, Set<String> found) {
        for (Stmt s : body) {
            Expr target = null;
            if (s instanceof Stmt.AugAssign a && (a.operator() == BinaryOperator.SUBTRACT
                    || a.operator() == BinaryOperator.ADD)) {
                target = a.target();
            } else if (s instanceof Stmt.Assign a && a.targets().size() == 1 && a.value() instanceof Expr.Binary b
                    && (b.operator() == BinaryOperator.SUBTRACT || b.operator() == BinaryOperator.ADD)
                    && text(program, a.targets().get(0)).equals(text(program, b.left()))) {
                target = a.targets().get(0);
            }
            Expr base = target instanceof Expr.Subscript sub ? base(sub) : null;
            if (base instanceof Expr.Name || base instanceof Expr.Attribute) {
                found.add(text(program, base));
            }
            for (List<Stmt> block : Children.blocks(s)) {
                scan(program, block, found);
            }
        }
    }

    /** The array a subscript of subscripts selects from, or {@code null} when one of them slices. */
    private static Expr base(Expr.Subscript s) {
        Expr e = s;
        while (e instanceof Expr.Subscript sub) {
            if (sub.indices().stream().anyMatch(i -> i instanceof Expr.Slice)) {
                return null;
            }
            e = sub.value();
        }
        return e;
    }

    private static String text(Program program, Expr e) {
        return program.text(e.span()).replaceAll("\\s+", "");
    }
}
