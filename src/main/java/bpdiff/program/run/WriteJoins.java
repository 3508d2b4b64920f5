package bpdiff.program.run;

import bpdiff.program.syntax.Span;
import bpdiff.program.tape.Op;
import bpdiff.program.tape.OpArgs;
import bpdiff.program.tape.Tape;
import bpdiff.program.tape.TapeNode;
import java.util.ArrayList;
import java.util.List;

/**
 * A write into an array that is itself a join of pieces ({@code a[i] = v} made it a gather from {@code [a, v]}, or
 * it was recorded one leaf per element): the new array is a gather from the pieces still read and the new value,
 * not from the whole old array. So an element written over is no input of the array any more, and a value that
 * later epochs' steps replaced is not among what the loss is computed from (else a step of {@code w[0]} would seem
 * to carry {@code w[0]}'s earlier values, as a momentum's does). The numbers and the derivatives are those of the
 * gather from {@code [a, v]}: the pieces left out are those no element selects, but for the array the writes started
 * from (a leaf of more than one element), which stays an input.
 */
final class WriteJoins {

    /** The most pieces a join made by a write may have (an array of {@link Recorder}'s element leaves fits). */
    private static final int MAX_PIECES = 300;

    private WriteJoins() {}

    /**
     * @param machine the interpreter
     * @param array the written array (its node, if any, not released)
     * @param assignment for each element of the result, its position in {@code concat(array, part)}
     * @param part the written value, broadcast to the selection
     * @param at where
     * @return the new content, or {@code null} when the array is no join of pieces (the caller gathers from it whole)
     */
    static Value write(Interpreter machine, PyArray array, int[] assignment, Value part, Span at) {
        Tape tape = machine.recorder.tape();
        int node = array.node();
        if (tape == null || node < 0 || tape.isReleased(node)) {
            return null;
        }
        TapeNode n = tape.node(node);
        int size = array.value().size();
        int[] from;
        TapeNode join;
        if (n.op() == Op.CONCAT) {
            join = n;
            from = identity(size);
        } else if ((n.op() == Op.GATHER || n.op() == Op.RESHAPE) && n.inputs().length == 1
                && !tape.isReleased(n.inputs()[0]) && tape.node(n.inputs()[0]).op() == Op.CONCAT) {
            join = tape.node(n.inputs()[0]);
            from = n.op() == Op.GATHER ? n.args().positions() : identity(size);
        } else {
            return null;
        }
        int[] pieces = join.inputs();
        int total = 0;
        int[] start = new int[pieces.length];
        for (int k = 0; k < pieces.length; k++) {
            if (tape.isReleased(pieces[k])) {
                return null;
            }
            start[k] = total;
            total += tape.node(pieces[k]).value().size();
        }
        int[] pieceOf = new int[total];
        for (int k = 0; k < pieces.length; k++) {
            int end = k + 1 < pieces.length ? start[k + 1] : total;
            for (int q = start[k]; q < end; q++) {
                pieceOf[q] = k;
            }
        }
        boolean[] used = new boolean[pieces.length];
        for (int k = 0; k < pieces.length; k++) {
            // the array the writes started from stays an input: a loss computed from it is at weights written on (a
            // numerical gradient check's W[i, j] = old + h, then restored), an epoch of its own
            TapeNode piece = tape.node(pieces[k]);
            used[k] = piece.isLeaf() && piece.value().size() > 1;
        }
        for (int target : assignment) {
            if (target < size) {
                used[pieceOf[from[target]]] = true;
            }
        }
        int count = 1;
        for (boolean u : used) {
            count += u ? 1 : 0;
        }
        if (count > MAX_PIECES) {
            return null; // an array filled element by element: a chain of writes, each of two inputs, not n² of them
        }
        List<Value> inputs = new ArrayList<>();
        int[] newStart = new int[pieces.length];
        int length = 0;
        for (int k = 0; k < pieces.length; k++) {
            if (used[k]) {
                newStart[k] = length;
                TapeNode piece = tape.node(pieces[k]);
                inputs.add(new PyArray(piece.value(), pieces[k]));
                length += piece.value().size();
            }
        }
        int partStart = length;
        inputs.add(part);
        int[] positions = new int[assignment.length];
        for (int k = 0; k < assignment.length; k++) {
            int target = assignment[k];
            if (target < size) {
                int q = from[target];
                int piece = pieceOf[q];
                positions[k] = newStart[piece] + q - start[piece];
            } else {
                positions[k] = partStart + target - size;
            }
        }
        Value joined = machine.recorder.apply(Op.CONCAT, OpArgs.NONE, at, inputs.toArray(new Value[0]));
        return machine.recorder.apply(Op.GATHER, OpArgs.gather(positions, array.value().shape()), at, joined);
    }

    private static int[] identity(int size) {
        int[] all = new int[size];
        for (int k = 0; k < size; k++) {
            all[k] = k;
        }
        return all;
    }
}
