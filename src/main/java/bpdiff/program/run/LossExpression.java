package bpdiff.program.run;

import bpdiff.program.BadProgramException;
import bpdiff.program.Problem;
import bpdiff.program.syntax.Children;
import bpdiff.program.syntax.Expr;
import bpdiff.program.syntax.Parser;
import bpdiff.program.syntax.Program;
import bpdiff.program.syntax.Stmt;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * {@code --loss-expr EXPR}: the loss of a program that computes none of its own (Trask's eleven lines, which update
 * {@code syn1 += l1.T.dot(l2_delta)} from {@code l2_error = y - l2} and never write the loss down). The program runs
 * as if {@code loss = EXPR} followed every assignment to something the expression reads ({@code l2},
 * {@code self.output}), in that assignment's scope, whenever every name it reads is bound there; so
 * {@code --loss-expr '0.5 * np.sum((y - l2) ** 2)'} is computed after each forward pass, before the updates that follow
 * it.
 *
 * <p>The expression is parsed after the program's last line (its spans lie in {@link #program}'s text), and is
 * never a statement of the program.
 *
 * @param text the expression as given
 * @param expr its tree
 * @param reads the names and attribute paths it reads ({@code y}, {@code l2}, {@code self}, {@code self.output})
 */
public record LossExpression(String text, Expr expr, Set<String> reads) {

    /** Makes the set unmodifiable. */
    public LossExpression {
        reads = Set.copyOf(reads);
    }

    /** A program with the loss given by {@code --loss-expr}: its statements, and the expression in its text. */
    public record Given(Program program, LossExpression loss) {}

    /** Errors that mean the expression cannot be computed yet at this assignment: the check tries the next one. */
    private static final Set<String> NOT_YET = Set.of("NameError", "UnboundLocalError", "AttributeError",
            "KeyError");

    /**
     * @param given a {@code --loss-name} or {@code --loss-expr}
     * @return whether it names a variable, rather than being an expression
     */
    public static boolean isName(String given) {
        return given.matches("[\\p{L}_][\\p{L}\\p{N}_]*");
    }

    /**
     * @param program the program, parsed
     * @param expression the loss, one Python expression on one line
     * @return the program with the expression parsed in its text
     * @throws BadProgramException when the expression is not one expression
     */
    public static Given parse(Program program, String expression) {
        List<Stmt> alone = Parser.syntaxErrors(expression, "--loss-expr").isEmpty()
                ? Parser.syntaxTree(expression, "--loss-expr").body() : List.of();
        if (alone.size() != 1 || !(alone.get(0) instanceof Stmt.ExprStmt) || expression.contains("\n") || expression.contains("\r")) {
            throw new BadProgramException(new Problem(Problem.Kind.USAGE, "--loss-expr '" + expression.strip()
                    + "' is not a loss: give one Python expression on one line, as --loss-expr '0.5 * np.sum((y - out) ** 2)'",
                    program.source(), 0, 0));
        }
        String text = program.text() + (program.text().endsWith("\n") ? "" : "\n") + expression + "\n";
        List<Stmt> body = Parser.syntaxTree(text, program.source()).body();
        Expr expr = ((Stmt.ExprStmt) body.get(body.size() - 1)).value();
        Set<String> reads = new LinkedHashSet<>();
        collect(expr, reads);
        return new Given(new Program(program.source(), text, program.body()), new LossExpression(expression, expr,
                reads));
    }

    /**
     * @param targets an assignment's targets
     * @return whether it assigns something the expression reads
     */
    boolean readsAny(List<Expr> targets) {
        List<Expr> pending = new ArrayList<>(targets);
        while (!pending.isEmpty()) {
            Expr t = pending.remove(pending.size() - 1);
            String path = path(t instanceof Expr.Subscript s ? s.value() : t);
            if (path != null && reads.contains(path)) {
                return true;
            }
            if (t instanceof Expr.TupleExpr tuple) {
                pending.addAll(tuple.elements());
            } else if (t instanceof Expr.ListExpr list) {
                pending.addAll(list.elements());
            } else if (t instanceof Expr.Starred s) {
                pending.add(s.value());
            }
        }
        return false;
    }

    /**
     * @param error what computing the expression raised
     * @return whether it says only that something the expression reads is not there yet
     */
    static boolean notYet(ProgramError error) {
        return !error.limit() && NOT_YET.contains(error.type());
    }

    private static void collect(Expr e, Set<String> reads) {
        String path = path(e);
        if (path != null) {
            reads.add(path);
        }
        Children.of(e).forEach(c -> collect(c, reads));
    }

    /** @return {@code a} or {@code a.b.c} for a name or an attribute path on a name, else {@code null} */
    private static String path(Expr e) {
        if (e instanceof Expr.Name n) {
            return n.id();
        }
        if (e instanceof Expr.Attribute a) {
            String base = path(a.value());
            return base == null ? null : base + "." + a.attribute();
        }
        return null;
    }
}
