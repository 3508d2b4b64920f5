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
    /** The closure's activations by their output node, once asked for. */
    private java.util.Map<Integer, Activations.Activation> activations;

    /** @return the activations of the forward pass, by the node of their output */
    java.util.Map<Integer, Activations.Activation> activations() {
        if (activations == null) {
            activations = new java.util.HashMap<>();
            for (Activations.Activation a : Activations.of(closure)) {
                activations.putIfAbsent(a.output(), a);
            }
        }
        return activations;
    }

    /** The closure's nodes by the variable each was first assigned to, once asked for. */
    private java.util.Map<String, Integer> named;

    /**
     * @param tape the tape holding the closure
     * @return the closure's named values: the first node of each variable name
     */
    java.util.Map<String, Integer> named(bpdiff.program.tape.Tape tape) {
        if (named == null) {
            named = new java.util.HashMap<>();
            for (int id : closure.nodes()) {
                String name = tape.nameOf(id);
                if (name != null) {
                    named.putIfAbsent(name, id);
                }
            }
        }
        return named;
    }

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
