package bpdiff.check.program;

import bpdiff.program.array.NdArray;
import bpdiff.program.tape.Closure;
import bpdiff.program.tape.IntStack;
import bpdiff.program.tape.NodeSet;
import bpdiff.program.tape.Tape;
import bpdiff.program.tape.TapeNode;
import java.util.List;
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
        return node >= 0 && !tape.isReleased(node) && Closure.reaches(tape, node, targets::contains);
    }

    /**
     * Where a value stopped being finite: of the nodes it was computed from (itself included), the first computed
     * whose value has an element that is not finite while every input's elements are finite.
     *
     * @param tape the tape
     * @param node a node whose value is not finite
     * @return that node, or {@code null} if there is none (a leaf's value was not finite)
     */
    static TapeNode firstNonFinite(Tape tape, int node) {
        if (node < 0 || tape.isReleased(node)) {
            return null;
        }
        TapeNode first = null;
        NodeSet seen = new NodeSet(tape);
        IntStack todo = new IntStack();
        todo.push(node);
        seen.add(node);
        while (!todo.isEmpty()) {
            TapeNode n = tape.node(todo.pop());
            if (n.isLeaf() || finite(n.value())) {
                continue;
            }
            boolean inputsFinite = true;
            for (int input : n.inputs()) {
                if (tape.isReleased(input)) {
                    continue;
                }
                inputsFinite &= finite(tape.node(input).value());
                if (seen.add(input)) {
                    todo.push(input);
                }
            }
            if (inputsFinite && (first == null || n.id() < first.id())) {
                first = n;
            }
        }
        return first;
    }

    private static boolean finite(NdArray value) {
        for (int k = 0, n = value.size(); k < n; k++) {
            if (!Double.isFinite(value.get(k))) {
                return false;
            }
        }
        return true;
    }

    /**
     * @param tape the tape
     * @param node a node
     * @param stop nodes not to look beyond
     * @return the node and every node it was computed from, up to {@code stop}
     */
    static NodeSet of(Tape tape, int node, Set<Integer> stop) {
        if (node < 0 || tape.isReleased(node)) {
            return new NodeSet(tape);
        }
        return Closure.ancestors(tape, List.of(node), id -> id == node || !stop.contains(id));
    }
}
