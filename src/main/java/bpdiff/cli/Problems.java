package bpdiff.cli;

import bpdiff.BadInputException;
import bpdiff.program.Problem;
import java.util.List;
import java.util.function.Function;

/**
 * Problems as the console tells them, and a bad-input error as a {@link Problem} with its position, for the JUnit
 * report of a check that could not run.
 */
final class Problems {

    private Problems() {}

    /**
     * @param e the error
     * @param source the checked file
     * @return the problem: a syntax error, an unknown name, or bad usage, with its line and column if known
     */
    static Problem of(BadInputException e, String source) {
        String message = e.problem();
        Problem.Kind kind = message.startsWith("syntax error") ? Problem.Kind.SYNTAX
                : message.startsWith("unknown name") || message.contains("is used before it is assigned")
                ? Problem.Kind.NAME : Problem.Kind.USAGE;
        if (e.position() != null) {
            return Problem.at(kind, message, e.position());
        }
        return new Problem(kind, message, e.where() == null ? source : e.where(), 0, 0);
    }

    /**
     * @param problems what stops a program from running
     * @param excerpt the quoted line and caret under a problem, or {@code ""}
     * @return one {@code bpdiff: <problem> (<where>)} line per problem, each followed by its excerpt
     */
    static String told(List<Problem> problems, Function<Problem, String> excerpt) {
        StringBuilder told = new StringBuilder();
        for (Problem p : problems) {
            told.append("bpdiff: ").append(p.text()).append('\n').append(excerpt.apply(p));
        }
        return told.toString();
    }
}
