package bpdiff.check.program;

import bpdiff.gradient.Precision;
import bpdiff.program.ProgramLimits;
import java.util.List;
import java.util.function.Consumer;

/**
 * How to check a program.
 *
 * @param precision autograd's precision
 * @param lossName the loss's variable, or {@code null} for the usual names ({@link LossNames})
 * @param parameters the parameters' names, or empty to find them by their updates
 * @param limits the interpreter's limits
 * @param output where the program's {@code print} output goes, or {@code null} to drop it
 * @param checkpoint called before each epoch is differentiated and, once the program has ended, before each
 *     computation of its loss is traced back; a caller with a time limit of its own (a server) throws from it to
 *     stop the check between two of them, after the interpreter's own limits
 */
public record CheckOptions(Precision precision, String lossName, List<String> parameters, ProgramLimits limits,
        Consumer<String> output, Runnable checkpoint) {

    /** Makes the list unmodifiable. */
    public CheckOptions {
        parameters = List.copyOf(parameters);
    }

    /**
     * Options without a checkpoint: the check runs to its end.
     *
     * @param precision autograd's precision
     * @param lossName the loss's variable, or {@code null}
     * @param parameters the parameters' names, or empty
     * @param limits the interpreter's limits
     * @param output where the program's output goes, or {@code null}
     */
    public CheckOptions(Precision precision, String lossName, List<String> parameters, ProgramLimits limits,
            Consumer<String> output) {
        this(precision, lossName, parameters, limits, output, () -> { });
    }

    /**
     * @param precision autograd's precision
     * @return the defaults: usual loss names, parameters found by their updates, default limits, no output
     */
    public static CheckOptions defaults(Precision precision) {
        return new CheckOptions(precision, null, List.of(), ProgramLimits.DEFAULT, null);
    }
}
