package bpdiff.program.run;

import bpdiff.program.ProgramLimits;
import java.util.Collections;
import java.util.LinkedHashSet;
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
 * @param output where {@code print} writes, or {@code null} to print nothing (and format nothing)
 * @param text whether {@code output} receives the text as written, line breaks included, rather than one
 *     line at a time without them
 * @param loss the loss given as an expression ({@code --loss-expr}), or {@code null}
 * @param lossCalls whether {@code v += f(…)} computes the loss when {@code f} is a function of the
 *     program named as a loss ({@link LossCalls}), whatever {@code v} is called
 */
public record RunOptions(Set<String> lossNames, Predicate<String> watched, ProgramLimits limits,
        Consumer<String> output, boolean text, LossExpression loss, boolean lossCalls) {

    /** Makes the set unmodifiable. */
    public RunOptions {
        lossNames = Collections.unmodifiableSet(new LinkedHashSet<>(lossNames));
    }

    /**
     * Options whose output receives one line at a time.
     *
     * @param lossNames the loss's variables
     * @param watched the watched variables
     * @param limits the limits
     * @param output where printed lines go, or {@code null}
     */
    public RunOptions(Set<String> lossNames, Predicate<String> watched, ProgramLimits limits,
            Consumer<String> output) {
        this(lossNames, watched, limits, output, false, null, false);
    }

    /**
     * @param lossNames the loss's variables
     * @param watched the watched variables
     * @param limits the limits
     * @param output where {@code print} writes, or {@code null}
     * @param text whether {@code output} receives the text as written
     */
    public RunOptions(Set<String> lossNames, Predicate<String> watched, ProgramLimits limits,
            Consumer<String> output, boolean text) {
        this(lossNames, watched, limits, output, text, null, false);
    }

    /**
     * @param given the loss as an expression
     * @return these options, the loss computed from {@code given}
     */
    public RunOptions withLoss(LossExpression given) {
        return new RunOptions(lossNames, watched, limits, output, text, given, lossCalls);
    }

    /**
     * @return these options, the loss also read from the calls of functions named as a loss ({@link LossCalls})
     */
    public RunOptions withLossCalls() {
        return new RunOptions(lossNames, watched, limits, output, text, loss, true);
    }
}
