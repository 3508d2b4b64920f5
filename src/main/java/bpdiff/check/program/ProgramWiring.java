package bpdiff.check.program;

import bpdiff.program.tape.Closure;
import bpdiff.program.tape.Op;
import bpdiff.program.tape.Tape;
import bpdiff.program.tape.TapeNode;
import java.util.ArrayList;
import java.util.List;

/**
 * Says, in the program's own names, where a value sits in the forward pass: which product a weight is a
 * factor of and which named value that product flows into ({@code w6·out_h1 → in_o2}).
 */
final class ProgramWiring {

    private ProgramWiring() {}

    /**
     * @param closure an epoch's forward pass
     * @param node a value in it
     * @return the uses of the value: for each, the consumer node's id
     */
    static List<Integer> consumers(Closure closure, int node) {
        List<Integer> consumers = new ArrayList<>();
        for (int id : closure.nodes()) {
            if (closure.isLeaf(id)) {
                continue;
            }
            for (int input : closure.tape().node(id).inputs()) {
                if (input == node) {
                    consumers.add(id);
                    break;
                }
            }
        }
        return consumers;
    }

    /**
     * The one product a value is a factor of, and its other factor.
     *
     * @param closure the forward pass
     * @param node the value
     * @return {@code {product, other factor}}, or {@code null} if the value is used otherwise or more than once
     */
    static int[] product(Closure closure, int node) {
        List<Integer> consumers = consumers(closure, node);
        if (consumers.size() != 1) {
            return null;
        }
        TapeNode use = closure.tape().node(consumers.get(0));
        if (use.op() != Op.MUL) {
            return null;
        }
        int other = use.inputs()[0] == node ? use.inputs()[1] : use.inputs()[0];
        return new int[] {use.id(), other};
    }

    /**
     * @param closure the forward pass
     * @param node a value
     * @return the first named value it flows into, following single uses, or {@code null}
     */
    static String flowsInto(Closure closure, int node) {
        int current = node;
        for (int steps = 0; steps < 20; steps++) {
            String name = closure.tape().nameOf(current);
            if (name != null && current != node) {
                return name;
            }
            List<Integer> next = consumers(closure, current);
            if (next.size() != 1) {
                return null;
            }
            current = next.get(0);
        }
        return null;
    }

    /**
     * @param tape the tape
     * @param node a node
     * @return its name, or the operation that made it written with its inputs' names ({@code w6 * out_h1})
     */
    static String describe(Tape tape, int node) {
        String name = tape.nameOf(node);
        if (name != null) {
            return name;
        }
        TapeNode n = tape.node(node);
        if (n.isLeaf()) {
            return n.value().isScalar() ? bpdiff.check.ValueText.of(n.value().item()) : "a constant";
        }
        if (n.inputs().length == 2) {
            return operand(tape, n.inputs()[0]) + " " + n.op().symbol() + " " + operand(tape, n.inputs()[1]);
        }
        List<String> inputs = new ArrayList<>();
        for (int input : n.inputs()) {
            inputs.add(operand(tape, input));
        }
        return n.op().symbol() + "(" + String.join(", ", inputs) + ")";
    }

    private static String operand(Tape tape, int node) {
        String name = tape.nameOf(node);
        if (name != null) {
            return name;
        }
        TapeNode n = tape.node(node);
        return n.isLeaf() && n.value().isScalar() ? bpdiff.check.ValueText.of(n.value().item()) : "(…)";
    }

    /**
     * @param closure the forward pass
     * @param parameter a weight's node
     * @return e.g. {@code out_h1 → in_o2} for {@code in_o2 = w6 * out_h1 + …}, or {@code ""} if the weight is not
     *     one factor of one product
     */
    static String connection(Closure closure, int parameter) {
        int[] product = product(closure, parameter);
        if (product == null) {
            return "";
        }
        String into = flowsInto(closure, product[0]);
        return into == null ? "" : describe(closure.tape(), product[1]) + " → " + into;
    }
}
