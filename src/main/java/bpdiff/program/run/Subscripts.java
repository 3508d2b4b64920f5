package bpdiff.program.run;

import bpdiff.program.array.Index;
import bpdiff.program.syntax.Expr;
import bpdiff.program.syntax.Span;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code x[…]}, {@code x[…] = v} and {@code del x[…]}: arrays are {@link ArraySubscripts}', everything else
 * (lists, tuples, strings, dicts, objects) is {@link Items}'.
 */
final class Subscripts {

    private Subscripts() {}

    /**
     * @param machine the interpreter
     * @param container the indexed value
     * @param indices the subscript's entries (integers, {@link PySlice}s, {@code None}, keys)
     * @param at where
     * @return {@code container[indices]}
     */
    static Value get(Interpreter machine, Value container, List<Value> indices, Span at) {
        if (container instanceof PyTensor t) {
            return TensorIndexing.get(machine.torch, t, indices, at);
        }
        if (container instanceof PyArray a) {
            return ArraySubscripts.get(machine, a, indices, at);
        }
        if (container instanceof PyConcatenator c) {
            return machine.calls.numpy().shapes().concatenator(c, indices, at);
        }
        return Items.get(machine, container, indices.size() == 1 ? indices.get(0) : new PyTuple(indices), at);
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
     * {@code target[…] = value}: an array's selected elements are replaced in place (recorded); a list item,
     * a dict entry or an object's item is set, and a float or array stored there is a tape leaf named after
     * the target ({@code params['W1']}).
     *
     * @param machine the interpreter
     * @param target the subscript
     * @param value the assigned value
     * @param frame the variables
     * @return the entry set when the target is a dict's entry under a string key ({@code grads['W1']}), else
     *     {@code null}
     */
    static DictEntry assign(Interpreter machine, Expr.Subscript target, Value value, Frame frame) {
        if (target.value() instanceof Expr.Subscript inner
                && ViewWrites.assign(machine, inner, target, value, frame)) {
            return null;
        }
        Value container = machine.evaluator.evaluate(target.value(), frame);
        List<Value> indices = indices(machine, target, frame);
        if (container instanceof PyTensor t) {
            TensorIndexing.assign(machine.torch, t, indices, value, target.span());
            return null;
        }
        if (container instanceof PyArray array) {
            ArraySubscripts.assign(machine, array, indices, value, target.span());
            return null;
        }
        Value key = indices.size() == 1 ? indices.get(0) : new PyTuple(indices);
        Value named = container instanceof PyDict || container instanceof PyList || container instanceof PyInstance
                ? machine.recorder.assigned(value, machine.label(target.value()) + "[" + Formatting.repr(key) + "]",
                target.span(), machine.budget.depth()) : value;
        Items.set(machine, container, key, named, target.span());
        return container instanceof PyDict && key instanceof PyStr k ? new DictEntry(k.value(), named) : null;
    }

    /**
     * A dict's entry set under a string key.
     *
     * @param key the key
     * @param value the value stored
     */
    record DictEntry(String key, Value value) {}

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
}
