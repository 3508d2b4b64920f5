package bpdiff.program.run;

import bpdiff.program.array.NdArray;
import bpdiff.program.syntax.Span;
import bpdiff.program.tape.Op;
import bpdiff.program.tape.OpArgs;
import bpdiff.program.tape.Tape;
import bpdiff.program.tape.TapeNode;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * One element of an array read as the node that already holds it: {@code W[0, 1]} is the same value every time it is
 * read until it is written, and after {@code W[0, 1] -= lr * g} it is the value that step made. So an element stepped
 * in place is a parameter of its own, as an element of a list is: the update's value before is the one the loss read,
 * and its value after is the one the next forward pass reads.
 *
 * <p>The read follows the recorded selections and writes back to the node the element came from: a gather selects
 * position \( q_p \) of its input, a join (the write {@code a[i] = v} is a gather from {@code [a, v]}) the position in
 * the input that holds it, a reshape the same position, a broadcast of one number that number. It ends at a one-number node, which is the element,
 * or at a node whose element is gathered once and that gather reused. The element read is the same number in the same
 * type as an ordinary gather's, and its derivative is the same: the selections are linear and exact.
 */
final class ElementReads {

    /** The most selections and writes followed back from one read: a long chain is read by an ordinary gather. */
    private static final int MAX_STEPS = 64;
    /** The most gathers remembered; beyond it they are forgotten and recorded anew. */
    private static final int MAX_REMEMBERED = 1 << 16;

    /** For (node, flat position): the gather recorded for that element. */
    private final Map<Long, Integer> gathered = new HashMap<>();

    /**
     * @param machine the interpreter (with a tape)
     * @param a the array read
     * @param position the element's flat position
     * @param at where it is read
     * @return the element with the node that holds it, or {@code null} when it is read by an ordinary gather
     */
    Value read(Interpreter machine, PyArray a, int position, Span at) {
        Tape tape = machine.recorder.tape();
        if (tape == null || a.node() < 0 || tape.isReleased(a.node())) {
            return null;
        }
        double expected = a.value().get(position);
        int node = a.node();
        int p = position;
        for (int step = 0; step < MAX_STEPS; step++) {
            TapeNode n = tape.node(node);
            long next = source(tape, n, p);
            if (next < 0 || tape.isReleased((int) (next >>> 32))) {
                break;
            }
            node = (int) (next >>> 32);
            p = (int) next;
        }
        NdArray held = tape.node(node).value();
        if (held.dtype() != a.value().dtype() || !same(held.get(p), expected)) {
            return null;
        }
        if (held.ndim() == 0) {
            return Numbers.wrap(held, node);
        }
        long key = (long) node << 32 | p;
        Integer known = gathered.get(key);
        if (known != null && !tape.isReleased(known)) {
            NdArray value = tape.node(known).value();
            if (value.ndim() == 0 && value.dtype() == held.dtype() && same(value.item(), expected)) {
                return Numbers.wrap(value, known);
            }
        }
        Value read = machine.recorder.apply(Op.GATHER, OpArgs.gather(new int[] {p}, new int[0]), at,
                new PyArray(held, node));
        int made = Numbers.node(read);
        if (made >= 0) {
            if (gathered.size() >= MAX_REMEMBERED) {
                gathered.clear();
            }
            gathered.put(key, made);
        }
        return read;
    }

    /**
     * Where an element of a node comes from: (input node, position in it) packed in a long, or -1 when the node makes
     * it by anything but a selection.
     */
    private static long source(Tape tape, TapeNode n, int p) {
        int[] in = n.inputs();
        if (n.op() == Op.GATHER && in.length == 1) {
            return pack(in[0], n.args().positions()[p]);
        }
        if (n.op() == Op.CONCAT) {
            int offset = p;
            for (int input : in) {
                if (tape.isReleased(input)) {
                    return -1;
                }
                int size = tape.node(input).value().size();
                if (offset < size) {
                    return pack(input, offset);
                }
                offset -= size;
            }
            return -1;
        }
        if (n.op() == Op.RESHAPE && in.length == 1) {
            return pack(in[0], p);
        }
        if (n.op() == Op.BROADCAST && in.length == 1 && !tape.isReleased(in[0])) {
            NdArray from = tape.node(in[0]).value();
            if (from.size() == 1) {
                return pack(in[0], 0);
            }
            if (Arrays.equals(from.shape(), n.value().shape())) {
                return pack(in[0], p);
            }
        }
        return -1;
    }

    private static long pack(int node, int position) {
        return (long) node << 32 | position;
    }

    /** The same double, bit for bit (NaN equal to NaN, 0.0 not to -0.0). */
    private static boolean same(double x, double y) {
        return Double.compare(x, y) == 0;
    }
}
