package bpdiff.program.run;

import bpdiff.program.ProgramLimits;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Predicate;

/**
 * How to run a program for the check.
 *
 * @param lossNames the variables whose assignments are computations of the loss
 * @param watched which other variables' assignments to report ({@link Events.Assignment}): those that may
 *     claim a derivative
 * @param limits the limits
 * @param output where {@code print} writes, or {@code null} to print nothing
 */
public record RunOptions(Set<String> lossNames, Predicate<String> watched, ProgramLimits limits,
        Consumer<String> output) {

    /** Makes the set unmodifiable. */
    public RunOptions {
        lossNames = Set.copyOf(lossNames);
    }
}
