package bpdiff.program.run;

import bpdiff.program.array.Index;
import bpdiff.program.array.Indexing;
import bpdiff.program.array.NdArray;
import bpdiff.program.array.ShapeException;
import bpdiff.program.syntax.Expr;
import bpdiff.program.syntax.Span;
import bpdiff.program.tape.Op;
import bpdiff.program.tape.OpArgs;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code x[…]} of arrays: numpy's basic indexing (recorded as a gather) and assignment into an array's
 * elements; everything else is {@link Items}.
 */
final class Subscripts {

    private Subscripts() {}

    /**
     * @param machine the interpreter
     * @param container the indexed value
     * @param indices the subscript's entries (integers, {@link PySlice}s, {@code None})
     * @param at where
     * @return {@code container[indices]}
     */
    static Value get(Interpreter machine, Value container, List<Value> indices, Span at) {
        if (container instanceof PyArray a) {
            return index(machine, a, arrayIndices(indices), at);
        }
        return Items.get(machine, container, indices.size() == 1 ? indices.get(0) : new PyTuple(indices), at);
    }

    /**
     * numpy's basic indexing, recorded as a gather.
     *
     * @param machine the interpreter
     * @param a the array
     * @param indices its subscript
     * @param at where
     * @return the element (a float) or the sub-array
     */
    static Value index(Interpreter machine, PyArray a, List<Index> indices, Span at) {
        Indexing indexing;
        try {
            indexing = Indexing.of(a.value().shape(), indices);
        } catch (ShapeException e) {
            throw new ProgramError(e.getMessage());
        }
        return machine.recorder.apply(Op.GATHER, OpArgs.gather(indexing.positions(), indexing.shape()), at, a);
    }

    /**
     * {@code target[…] = value}: a list item is replaced; an array's selected elements are replaced in place,
     * recorded as a gather from the old elements and the new ones.
     *
     * @param machine the interpreter
     * @param target the subscript
     * @param value the assigned value
     * @param frame the variables
     */
    static void assign(Interpreter machine, Expr.Subscript target, Value value, Frame frame) {
        Value container = machine.evaluator.evaluate(target.value(), frame);
        List<Value> indices = indices(machine, target, frame);
        if (container instanceof PyArray array) {
            assignArray(machine, array, arrayIndices(indices), value, target.span());
            return;
        }
        Value key = indices.size() == 1 ? indices.get(0) : new PyTuple(indices);
        Value named = container instanceof PyDict || container instanceof PyList || container instanceof PyInstance
                ? machine.recorder.assigned(value, machine.label(target.value()) + "[" + Formatting.repr(key) + "]",
                target.span(), machine.budget.depth()) : value;
        Items.set(machine, container, key, named, target.span());
    }

    /**
     * {@code del target[…]}.
     *
     * @param machine the interpreter
     * @param target the subscript
     * @param frame the variables
     */
    static void delete(Interpreter machine, Expr.Subscript target, Frame frame) {
        Value container = machine.evaluator.evaluate(target.value(), frame);
        List<Value> indices = indices(machine, target, frame);
        if (container instanceof PyArray) {
            throw ProgramError.of("ValueError", "cannot delete array elements");
        }
        Items.delete(machine, container, indices.size() == 1 ? indices.get(0) : new PyTuple(indices), target.span());
    }

    private static List<Value> indices(Interpreter machine, Expr.Subscript target, Frame frame) {
        List<Value> indices = new ArrayList<>();
        for (Expr index : target.indices()) {
            indices.add(index instanceof Expr.Slice slice ? sliceOf(slice, machine, frame)
                    : machine.evaluator.evaluate(index, frame));
        }
        return indices;
    }

    private static Value sliceOf(Expr.Slice s, Interpreter machine, Frame frame) {
        return new PySlice(bound(s.lower(), machine, frame), bound(s.upper(), machine, frame),
                bound(s.step(), machine, frame));
    }

    private static Long bound(Expr e, Interpreter machine, Frame frame) {
        if (e == null) {
            return null;
        }
        Value v = machine.evaluator.evaluate(e, frame);
        return v == PyNone.NONE ? null : Numbers.toLong(v);
    }

    private static void assignArray(Interpreter machine, PyArray array, List<Index> indices, Value value, Span at) {
        Indexing indexing;
        NdArray base = array.value();
        try {
            indexing = Indexing.of(base.shape(), indices);
        } catch (ShapeException e) {
            throw new ProgramError(e.getMessage());
        }
        Value part = machine.recorder.apply(Op.BROADCAST, OpArgs.shape(indexing.shape()), at, value);
        Value joined = machine.recorder.apply(Op.CONCAT, OpArgs.NONE, at, array, part);
        Value result = machine.recorder.apply(Op.GATHER,
                OpArgs.gather(indexing.assignment(base.size()), base.shape()), at, joined);
        array.set(Numbers.array(result), Numbers.node(result));
    }

    private static List<Index> arrayIndices(List<Value> indices) {
        List<Index> out = new ArrayList<>();
        for (Value v : indices) {
            if (v instanceof PySlice s) {
                out.add(new Index.Range(s.start(), s.stop(), s.step()));
            } else if (v == PyNone.NONE) {
                out.add(new Index.NewAxis());
            } else if (v instanceof PyInt || v instanceof PyBool b && b.node() == Value.NO_NODE) {
                out.add(new Index.At(Numbers.toLong(v)));
            } else if (v instanceof PyTuple t) {
                out.addAll(arrayIndices(t.items()));
            } else {
                throw new ProgramError("indexing an array with " + v.typeName() + " is not supported: use integers, "
                        + "slices and None (np.where selects by a condition)");
            }
        }
        return out;
    }
}
