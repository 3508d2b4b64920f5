package bpdiff.program;

import java.util.List;

/**
 * A program that cannot be checked, with every problem found in it: all syntax and name errors of the
 * file at once, or the one error that stopped it while it ran.
 *
 * <p>The command line prints one line {@code bpdiff: <problem> (<file:line:column>)} per problem and exits
 * with status 2; {@code --junit-xml} writes one {@code <error>} test case per problem.
 */
public final class BadProgramException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient List<Problem> problems;

    /**
     * Creates the error.
     *
     * @param problems at least one problem, in file order
     */
    public BadProgramException(List<Problem> problems) {
        super(problems.isEmpty() ? "bad program" : problems.get(0).text()
                + (problems.size() > 1 ? " (and " + (problems.size() - 1) + " more)" : ""));
        this.problems = List.copyOf(problems);
    }

    /**
     * Creates the error for one problem.
     *
     * @param problem the problem
     */
    public BadProgramException(Problem problem) {
        this(List.of(problem));
    }

    /** @return every problem, in file order */
    public List<Problem> problems() {
        return problems;
    }
}
