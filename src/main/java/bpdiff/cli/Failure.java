package bpdiff.cli;

import bpdiff.BadInputException;
import bpdiff.gradient.EngineUnavailableException;

/**
 * How a command's failure is told: the lines on standard error, the exit status, and the report a command
 * writes of it for CI ({@code --junit-xml}) once it is told.
 *
 * @param told the lines, each {@code bpdiff: …} possibly with the input's line and a caret under it, each line ended
 * @param status the exit status ({@link ExitCode})
 * @param report writes the command's report of the failure, if it was asked for one
 */
record Failure(String told, int status, Runnable report) {

    /**
     * The one line bpdiff says of a failure of any command: bad input (exit 2), an engine that cannot start (3),
     * an input nested too deep or memory run out (2), or a bug (4).
     *
     * @param failure what the command threw
     * @return the failure, with no report
     */
    static Failure of(Throwable failure) {
        if (failure instanceof BadInputException) {
            return said(failure.getMessage(), ExitCode.BAD_INPUT);
        }
        if (failure instanceof EngineUnavailableException) {
            return said(failure.getMessage(), ExitCode.ENGINE_FAILURE);
        }
        if (failure instanceof StackOverflowError) {
            // a safety net: inputs are limited so that this does not happen
            return said("the input is too deeply nested to process (stack overflow)", ExitCode.BAD_INPUT);
        }
        if (failure instanceof OutOfMemoryError outOfMemory) {
            return said(OutOfMemory.explain(outOfMemory, Runtime.getRuntime().maxMemory()), ExitCode.BAD_INPUT);
        }
        return said("internal error, a bug in bpdiff (run with --debug for the stack trace)", ExitCode.INTERNAL_ERROR);
    }

    /**
     * @param message the message, without {@code bpdiff: }
     * @param status the exit status
     * @return one line {@code bpdiff: <message>}, with no report
     */
    static Failure said(String message, int status) {
        return new Failure("bpdiff: " + message + "\n", status, () -> { });
    }

    /**
     * @param writer writes the report
     * @return this failure, with its report
     */
    Failure reportedBy(Runnable writer) {
        return new Failure(told, status, writer);
    }
}
