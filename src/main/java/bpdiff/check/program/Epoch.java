package bpdiff.check.program;

import bpdiff.program.run.Events;
import bpdiff.program.tape.Closure;
import bpdiff.program.tape.Replay;
import bpdiff.program.tape.TapeFiniteDifferences;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * One epoch of the program's own loop: a computation of the loss at one set of parameter values, and the
 * claims made about its derivatives.
 */
final class Epoch {

    /** The epoch's loss (the last computation of it at these parameter values). */
    final Events.Loss loss;
    /** What the loss depends on. */
    final Closure closure;
    /** The parameter values it depends on. */
    final Set<Integer> parameterNodes;
    /** The claims about its derivatives, in the order they were made. */
    final List<Claim> claims = new ArrayList<>();
    /** Its epoch number, from 1, among the epochs with claims. */
    int number;
    /** Autograd's derivatives, once replayed. */
    Replay replay;
    /** Finite differences, once computed. */
    TapeFiniteDifferences.Result numeric;

    /**
     * @param loss the loss event
     * @param closure its closure
     * @param parameterNodes the parameter values in it
     */
    Epoch(Events.Loss loss, Closure closure, Set<Integer> parameterNodes) {
        this.loss = loss;
        this.closure = closure;
        this.parameterNodes = parameterNodes;
    }
}
