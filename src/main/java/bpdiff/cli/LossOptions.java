package bpdiff.cli;

import bpdiff.BadInputException;
import bpdiff.check.program.LossNames;
import picocli.CommandLine.Option;

/**
 * How a program's loss is found, for the commands that run programs: a variable of the program's ({@code --loss-name}),
 * or an expression for a program that computes no loss of its own ({@code --loss-expr}, computed after each
 * assignment to what it reads: {@link bpdiff.program.run.LossExpression}). Both travel as one text: a name, or an
 * expression.
 */
public final class LossOptions {

    @Option(names = "--loss-name", paramLabel = "NAME",
            description = "The program's loss variable. Default: " + LossNames.LISTED + ".")
    private String name;

    @Option(names = "--loss-expr", paramLabel = "EXPR",
            description = "The loss of a program that computes none, as a Python expression of its names, computed"
                    + " after each assignment to what it reads: --loss-expr '0.5 * np.sum((y - l2) ** 2)'.")
    private String expression;

    /**
     * @return the loss's variable or expression, or {@code null} for the usual names
     * @throws BadInputException when both are given
     */
    String given() {
        if (name != null && expression != null) {
            throw new BadInputException("give the loss either by its name or as an expression, not both",
                    "--loss-expr");
        }
        return expression != null ? expression : name;
    }
}
