package bpdiff.check.program;

import bpdiff.program.tape.Tape;
import bpdiff.program.tape.IntStack;
import bpdiff.program.tape.NodeSet;
import java.util.Set;

/** Which recorded values a value was computed from. */
final class Ancestry {

    private Ancestry() {}

    /**
     * @param tape the tape
     * @param node a node, or −1 for a constant; a node the tape released is a constant of an epoch already checked
     * @param targets some nodes
     * @return whether the node is one of them or was computed from one of them
     */
    static boolean dependsOn(Tape tape, int node, Set<Integer> targets) {
        if (node < 0 || tape.isReleased(node)) {
            return false;
        }
        if (targets.contains(node)) {
            return true;
        }
        if (tape.node(node).inputs().length == 0) {
            return false;
        }
        NodeSet seen = new NodeSet(tape);
        IntStack todo = new IntStack();
        todo.push(node);
        seen.add(node);
        while (!todo.isEmpty()) {
            int id = todo.pop();
            if (targets.contains(id)) {
                return true;
            }
            for (int input : tape.node(id).inputs()) {
                if (seen.add(input)) {
                    todo.push(input);
                }
            }
        }
        return false;
    }

    /**
     * @param tape the tape
     * @param node a node
     * @param stop nodes not to look beyond
     * @return the node and every node it was computed from, up to {@code stop}
     */
    static NodeSet of(Tape tape, int node, Set<Integer> stop) {
        NodeSet seen = new NodeSet(tape);
        if (node < 0 || tape.isReleased(node)) {
            return seen;
        }
        IntStack todo = new IntStack();
        todo.push(node);
        seen.add(node);
        while (!todo.isEmpty()) {
            int id = todo.pop();
            if (id != node && stop.contains(id)) {
                continue;
            }
            for (int input : tape.node(id).inputs()) {
                if (seen.add(input)) {
                    todo.push(input);
                }
            }
        }
        return seen;
    }
}
