package bpdiff.program.run;

import bpdiff.program.array.Index;
import bpdiff.program.array.ShapeException;
import bpdiff.program.syntax.Expr;
import bpdiff.program.syntax.Span;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code x[…]}: items and slices of lists, tuples and strings, and assignment into a list item; arrays are
 * {@link ArraySubscripts}'.
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
            return ArraySubscripts.get(machine, a, indices, at);
        }
        if (indices.size() != 1) {
            throw new ProgramError(container.typeName() + " indices must be integers or slices, not tuple");
        }
        Value index = indices.get(0);
        if (container instanceof PyStr s) {
            List<Value> chars = Iteration.list(s, machine, at);
            if (index instanceof PySlice slice) {
                StringBuilder out = new StringBuilder();
                for (int k : positions(slice, chars.size())) {
                    out.append(((PyStr) chars.get(k)).value());
                }
                return new PyStr(out.toString());
            }
            return chars.get(position(index, chars.size(), "string"));
        }
        if (container instanceof PyList || container instanceof PyTuple || container instanceof PyRange) {
            List<Value> items = Iteration.list(container, machine, at);
            if (index instanceof PySlice slice) {
                List<Value> part = new ArrayList<>();
                for (int k : positions(slice, items.size())) {
                    part.add(items.get(k));
                }
                return container instanceof PyTuple ? new PyTuple(part) : PyList.of(part);
            }
            return items.get(position(index, items.size(), container.typeName()));
        }
        throw new ProgramError("'" + container.typeName() + "' object is not subscriptable");
    }

    /**
     * numpy's indexing, recorded as a gather.
     *
     * @param machine the interpreter
     * @param a the array
     * @param indices its subscript
     * @param at where
     * @return the element (a number) or the sub-array
     */
    static Value index(Interpreter machine, PyArray a, List<Index> indices, Span at) {
        return ArraySubscripts.gather(machine, a, indices, at);
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
        if (target.value() instanceof Expr.Subscript inner
                && ViewWrites.assign(machine, inner, target, value, frame)) {
            return;
        }
        Value container = machine.evaluator.evaluate(target.value(), frame);
        List<Value> indices = new ArrayList<>();
        for (Expr index : target.indices()) {
            if (index instanceof Expr.Slice) {
                if (container instanceof PyArray) {
                    indices.add(sliceOf((Expr.Slice) index, machine, frame));
                    continue;
                }
                throw new ProgramError("assigning to a slice of a list is not supported: assign item by item");
            }
            indices.add(machine.evaluator.evaluate(index, frame));
        }
        if (container instanceof PyList list) {
            if (indices.size() != 1) {
                throw new ProgramError("list indices must be integers, not tuple");
            }
            list.items().set(position(indices.get(0), list.items().size(), "list"), value);
        } else if (container instanceof PyArray array) {
            ArraySubscripts.assign(machine, array, indices, value, target.span());
        } else {
            throw new ProgramError("'" + container.typeName() + "' object does not support item assignment");
        }
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

    private static int[] positions(PySlice slice, int length) {
        try {
            return new Index.Range(slice.start(), slice.stop(), slice.step()).positions(length);
        } catch (ShapeException e) {
            throw new ProgramError(e.getMessage());
        }
    }

    private static int position(Value index, int length, String what) {
        long k = Numbers.toLong(index);
        long p = k < 0 ? k + length : k;
        if (p < 0 || p >= length) {
            throw new ProgramError(what + " index " + k + " out of range (length " + length + ")");
        }
        return (int) p;
    }
}
