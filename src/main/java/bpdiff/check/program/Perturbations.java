package bpdiff.check.program;

import bpdiff.program.run.Events;
import bpdiff.program.tape.Tape;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;

/**
 * The constant steps of a numerical gradient check ({@code wp = w[:]; wp[i] += eps}, {@code w[i] -= 2 * h}): a step
 * by a number computed from nothing (a leaf of the tape, such as {@code eps}), of a value that gradient descent also starts from or makes, is a perturbation,
 * not an update to check. A constant step is held until a step of gradient descent (one that subtracts a recorded
 * value) reaches the same value, before or after it; the steps still held when the program ends are updates without
 * a derivative, reported as such.
 */
final class Perturbations {

    /** The values gradient descent started from or made, and those the perturbations of them made. */
    private final Set<Integer> descended = new HashSet<>();
    /** Constant steps not yet known to be perturbations. */
    private final List<Events.Update> held = new ArrayList<>();

    /**
     * @param u a step of training
     * @param tape the tape it is recorded on
     * @return whether it is a step of gradient descent to check; a constant step is held or dropped
     */
    boolean admit(Events.Update u, Tape tape) {
        int s = u.subtractedNode();
        boolean recorded = s >= 0 && (tape.isReleased(s) || !tape.node(s).isLeaf());
        boolean constant = !recorded && !ClaimFinder.namesAClaim(u.subtracted());
        if (constant) {
            held.add(u);
        } else {
            descended.add(u.oldNode());
            descended.add(u.newNode());
        }
        boolean changed = true;
        while (changed) {
            changed = false;
            for (Iterator<Events.Update> it = held.iterator(); it.hasNext();) {
                Events.Update c = it.next();
                if (descended.contains(c.oldNode()) || descended.contains(c.newNode())) {
                    descended.add(c.oldNode());
                    descended.add(c.newNode());
                    it.remove();
                    changed = true;
                }
            }
        }
        return !constant;
    }

    /** @return the constant steps of values gradient descent never reached, in the order made */
    List<Events.Update> unresolved() {
        return List.copyOf(held);
    }
}
