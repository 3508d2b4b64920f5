package bpdiff.program.run;

import bpdiff.program.array.Indexing;
import bpdiff.program.syntax.Expr;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes through numpy's views: in {@code W[i][j] = v} the array {@code W[i]} that numpy writes into is a view of
 * {@code W} (basic indexing: integers, slices, {@code None}), so {@code W} changes. Indexing by arrays or masks
 * makes a copy, and a write into a copy changes nothing else, as in numpy.
 */
final class ViewWrites {

    private ViewWrites() {}

    /**
     * {@code X[i][j] = v} (and {@code X[i][j] -= v}) where {@code X[i]} is basic indexing of an array: numpy's
     * {@code X[i]} is a view, so the write changes {@code X}. The positions of every level are composed into
     * positions of {@code X}, and {@code X} is written, recorded.
     *
     * @param machine the interpreter
     * @param inner the subscript that is written into ({@code X[i]})
     * @param target the whole target ({@code X[i][j]})
     * @param value the assigned value
     * @param frame the variables
     * @return whether it was such a write (else nothing was written)
     */
    static boolean assign(Interpreter machine, Expr.Subscript inner, Expr.Subscript target, Value value,
            Frame frame) {
        View view = view(machine, inner, frame);
        if (view == null) {
            return false;
        }
        Indexing last = ArraySubscripts.indexing(machine, view.indexing().shape(),
                ArraySubscripts.indices(machine, evaluate(machine, target, frame)));
        int[] positions = new int[last.positions().length];
        for (int k = 0; k < positions.length; k++) {
            positions[k] = view.indexing().positions()[last.positions()[k]];
        }
        ArraySubscripts.write(machine, view.base(), new Indexing(last.shape(), positions), value, target.span());
        return true;
    }

    /** A view of an array by basic indexing: the array, and the positions of the view's elements in it. */
    private record View(PyArray base, Indexing indexing) {}

    private static View view(Interpreter machine, Expr.Subscript e, Frame frame) {
        View parent;
        if (e.value() instanceof Expr.Subscript s) {
            parent = view(machine, s, frame);
        } else {
            Value container = machine.evaluator.evaluate(e.value(), frame);
            if (!(container instanceof PyArray array)) {
                return null;
            }
            int[] all = new int[array.value().size()];
            for (int k = 0; k < all.length; k++) {
                all[k] = k;
            }
            parent = new View(array, new Indexing(array.value().shape(), all));
        }
        if (parent == null) {
            return null;
        }
        List<Value> values = evaluate(machine, e, frame);
        for (Value v : values) {
            if (!(v instanceof PySlice || v instanceof PyInt || v == PyNone.NONE
                    || v instanceof PyBool b && b.node() == Value.NO_NODE)) {
                return null;
            }
        }
        Indexing step = ArraySubscripts.indexing(machine, parent.indexing().shape(), ArraySubscripts.indices(machine, values));
        int[] positions = new int[step.positions().length];
        for (int k = 0; k < positions.length; k++) {
            positions[k] = parent.indexing().positions()[step.positions()[k]];
        }
        return new View(parent.base(), new Indexing(step.shape(), positions));
    }

    private static List<Value> evaluate(Interpreter machine, Expr.Subscript e, Frame frame) {
        List<Value> values = new ArrayList<>();
        for (Expr index : e.indices()) {
            if (index instanceof Expr.Slice slice) {
                values.add(new PySlice(bound(machine, slice.lower(), frame), bound(machine, slice.upper(), frame),
                        bound(machine, slice.step(), frame)));
            } else {
                values.add(machine.evaluator.evaluate(index, frame));
            }
        }
        return values;
    }

    private static Long bound(Interpreter machine, Expr e, Frame frame) {
        if (e == null) {
            return null;
        }
        Value v = machine.evaluator.evaluate(e, frame);
        return v == PyNone.NONE ? null : Numbers.toLong(v);
    }

}
