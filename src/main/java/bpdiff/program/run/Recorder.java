package bpdiff.program.run;

import bpdiff.program.LimitExceededException;
import bpdiff.program.array.NdArray;
import bpdiff.program.array.ShapeException;
import bpdiff.program.array.TooLargeException;
import bpdiff.program.syntax.Span;
import bpdiff.program.tape.Op;
import bpdiff.program.tape.OpArgs;
import bpdiff.program.tape.Tape;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Computes numpy operations and records them on the tape.
 *
 * <p>An operation is recorded when one of its inputs has a node; an input without one (a literal) becomes an
 * unnamed constant leaf. An operation on constants only is a constant. A float or array assigned to a
 * variable becomes a named leaf, so that {@code w1 = 0.2} is a value the loss can depend on. Without a tape
 * nothing is recorded: that is how candidate corrections are evaluated.
 */
final class Recorder {

    /** The most items of containers looked at when one is bound. */
    private static final int MAX_SCANNED = 100_000;
    /**
     * The most levels of containers inside containers looked into when one is bound ({@code params['layers'][0]['W']}
     * is three): a list nested thousands deep is bound in constant time and without deep Java recursion.
     */
    private static final int MAX_SCANNED_LEVELS = 32;

    private final Tape tape;
    private final Budget budget;
    private final int maxElements;
    private final java.util.Map<Integer, Integer> again = new java.util.HashMap<>();
    /** The arrays the program steps element by element ({@link ElementSteps}), by the name they are bound to. */
    private java.util.Set<String> elementStepped = java.util.Set.of();
    /** The most elements of an array recorded as one leaf per element. */
    private static final int MAX_SPLIT = 256;
    private int releasedAt;

    /**
     * @param tape where operations are recorded, or {@code null} to record nothing
     * @param budget the run's budget, charged with the work of each operation before it is computed
     * @param maxElements the most elements an array may have
     */
    Recorder(Tape tape, Budget budget, int maxElements) {
        this.tape = tape;
        this.budget = budget;
        this.maxElements = maxElements;
    }

    /** @return the most elements an array may have */
    long maxElements() {
        return maxElements;
    }

    /** @return the tape, or {@code null} */
    Tape tape() {
        return tape;
    }

    /**
     * Applies an operation to values and records it.
     *
     * @param op the operation
     * @param args its arguments
     * @param at where the program computes it
     * @param inputs the operands: numbers, bools or arrays
     * @return the result: a {@link PyBool} for a comparison of scalars, a {@link PyFloat} for another scalar,
     *     else a {@link PyArray}
     */
    Value apply(Op op, OpArgs args, Span at, Value... inputs) {
        NdArray[] arrays = new NdArray[inputs.length];
        boolean recorded = false;
        boolean numpy = false;
        for (int k = 0; k < inputs.length; k++) {
            arrays[k] = Numbers.array(inputs[k]);
            recorded |= Numbers.node(inputs[k]) != Value.NO_NODE;
            numpy |= Numbers.isNumpy(inputs[k]);
        }
        NdArray result;
        try {
            checkSize(op.resultSize(args, arrays));
            long work = op.work(args, arrays);
            budget.work(work);
            result = op.apply(args, budget::worked, arrays);
        } catch (TooLargeException e) {
            checkSize(e.count());
            throw new ProgramError(e.getMessage());
        } catch (ShapeException e) {
            throw new ProgramError(e.getMessage());
        }
        Value value = Numbers.wrap(result, recorded ? record(op, args, at, result, arrays, inputs) : Value.NO_NODE);
        return numpy ? value : Numbers.python(value);
    }

    /**
     * Records a function of one number whose value the caller computed: {@code math}'s functions are the C library's,
     * a last bit away from numpy's kernels, which {@link #apply} would compute.
     *
     * @param op the function
     * @param at where the program computes it
     * @param x its argument: a number with a node
     * @param value the function's value
     * @return the value, recorded
     */
    Value applied(Op op, Span at, Value x, double value) {
        NdArray result = new NdArray(new int[0], new double[] {value});
        budget.work(1);
        budget.worked(1);
        return Numbers.python(Numbers.wrap(result, record(op, OpArgs.NONE, at, result, new NdArray[] {Numbers.array(x)},
                x)));
    }

    /**
     * Records an operation whose result the caller computed (a torch operation, typed by PyTorch's rules): an input
     * without a node becomes an unnamed constant leaf, or an array's leaf that may be a parameter.
     *
     * @param op the operation
     * @param args its arguments
     * @param at where the program computes it
     * @param result its result
     * @param arrays the inputs' elements
     * @param inputs the operands
     * @return the result's node, or {@link Value#NO_NODE} without a tape
     */
    int record(Op op, OpArgs args, Span at, NdArray result, NdArray[] arrays, Value... inputs) {
        if (tape == null) {
            return Value.NO_NODE;
        }
        int[] nodes = new int[inputs.length];
        for (int k = 0; k < inputs.length; k++) {
            nodes[k] = nodeOrConstant(inputs[k], arrays[k], at);
        }
        return record(() -> tape.op(op, args, nodes, result, at.line(), at.column()));
    }

    /**
     * Records an operation on nodes the caller chose.
     *
     * @param op the operation
     * @param inputs its inputs' nodes
     * @param value its result
     * @param at where
     * @return its node
     */
    int node(Op op, int[] inputs, NdArray value, Span at) {
        return record(() -> tape.op(op, OpArgs.NONE, inputs, value, at.line(), at.column()));
    }

    /**
     * Gives a float or array assigned to a variable its leaf, or names its node.
     *
     * @param value the assigned value
     * @param name the variable
     * @param at where the assignment is
     * @param depth how many calls deep it is; a negative depth (a parameter being bound) names only a new leaf
     * @return the value, with its node
     */
    Value assigned(Value value, String name, Span at, int depth) {
        if (tape == null) {
            return value;
        }
        int node = Numbers.node(value);
        if (node != Value.NO_NODE && tape.isReleased(node)) {
            node = Value.NO_NODE;
            value = value instanceof PyFloat f ? f.on(Value.NO_NODE) : value;
        }
        if (node != Value.NO_NODE) {
            if (depth >= 0) {
                tape.name(node, name, depth);
            }
            return value;
        }
        if (value instanceof PyFloat f) {
            node = leaf(NdArray.scalar(f.value()), name, at);
            value = f.on(node);
        } else if (value instanceof PyArray a) {
            node = elementStepped.contains(name) && splits(a.value()) ? elements(a.value(), name, at)
                    : leaf(a.value(), name, at);
            a.set(a.value(), node);
        } else {
            return depth < 0 ? value : contents(value, name, at, depth, new int[] {MAX_SCANNED}, 0);
        }
        tape.name(node, name, Math.max(0, depth));
        return value;
    }

    /**
     * The floats and arrays a list, tuple or dict holds get leaves as a variable's do, named after where they
     * are ({@code w[2]}, {@code params['W1']}, {@code W[0][1]}); those already on the tape keep their nodes.
     * A list or dict is changed in place (it is the object being bound); a tuple is rebuilt. Only the first
     * {@value #MAX_SCANNED} items are looked at, so that binding a large data set costs no more than that, and only
     * the first {@value #MAX_SCANNED_LEVELS} levels of nesting.
     */
    private Value contents(Value value, String name, Span at, int depth, int[] budget, int level) {
        if (level >= MAX_SCANNED_LEVELS) {
            return value;
        }
        if (value instanceof PyList l) {
            List<Value> items = l.items();
            for (int k = 0; k < items.size() && budget[0]-- > 0; k++) {
                Value item = items.get(k);
                Value named = element(item, name + "[" + k + "]", at, depth, budget, level);
                if (named != item) {
                    items.set(k, named);
                }
            }
        } else if (value instanceof PyTuple t) {
            List<Value> items = new ArrayList<>(t.items());
            boolean changed = false;
            List<String> fields = t.type() == null ? null : NamedTuples.fields(t.type());
            for (int k = 0; k < items.size() && budget[0]-- > 0; k++) {
                String part = fields == null ? name + "[" + k + "]" : name + "." + fields.get(k);
                Value named = element(items.get(k), part, at, depth, budget, level);
                changed |= named != items.get(k);
                items.set(k, named);
            }
            return changed ? new PyTuple(items, t.type()) : value;
        } else if (value instanceof PyDict d) {
            List<Map.Entry<HashKey, Value>> entries = new ArrayList<>();
            d.entries().forEach(entries::add);
            for (Map.Entry<HashKey, Value> e : entries) {
                if (budget[0]-- <= 0) {
                    break;
                }
                Value item = e.getValue();
                Value named = element(item, name + "[" + Formatting.repr(e.getKey().value()) + "]", at, depth, budget,
                        level);
                if (named != item) {
                    d.put(e.getKey().value(), named);
                }
            }
        }
        return value;
    }

    private Value element(Value item, String name, Span at, int depth, int[] budget, int level) {
        if (item instanceof PyFloat || item instanceof PyArray) {
            int node = Numbers.node(item);
            if (node != Value.NO_NODE && item instanceof PyTensor t && t.isLeaf() && t.requiresGrad()
                    && !tape.isReleased(node) && tape.nameOf(node) == null) {
                // a parameter made in the list itself (w = [torch.tensor(v, requires_grad=True) for v in …]) is
                // called w[0], w[1], … rather than by the loop variable that updates each in turn
                tape.name(node, name, depth);
            }
            return node == Value.NO_NODE ? assigned(item, name, at, depth) : item;
        }
        return item instanceof PyList || item instanceof PyTuple || item instanceof PyDict
                ? contents(item, name, at, depth, budget, level + 1) : item;
    }

    /**
     * Counts an operation of integers just computed ({@link Budget#integer}).
     *
     * @param bits the bits of its operand and result
     */
    void integer(long bits) {
        budget.integer(bits);
    }

    /**
     * Checks the size of an array, list or string about to be made.
     *
     * @param size its number of elements
     * @throws ProgramError if it passes the limit
     */
    void checkSize(long size) {
        if (size > maxElements) {
            throw new ProgramError("an array, list or string of " + size + " elements is more than bpdiff's limit of "
                    + maxElements, true);
        }
    }

    private int nodeOrConstant(Value input, NdArray array, Span at) {
        int node = Numbers.node(input);
        if (node == Value.NO_NODE && input instanceof PyArray a) {
            a.set(a.value(), leaf(array, null, at));
            return a.node();
        }
        if (node == Value.NO_NODE) {
            return leaf(array, null, at);
        }
        return tape.isReleased(node) ? recorded(input, node, array, at) : node;
    }

    /**
     * A value whose node the tape released (its epoch has been checked) is recorded again as a constant leaf,
     * once per release; an array keeps the new node, so that its later uses share it.
     */
    private int recorded(Value input, int released, NdArray array, Span at) {
        if (releasedAt != tape.base()) {
            releasedAt = tape.base();
            again.clear();
        }
        Integer node = again.get(released);
        if (node == null) {
            node = leaf(array, null, at);
            again.put(released, node);
        }
        if (input instanceof PyArray a && a.node() == released) {
            a.set(a.value(), node);
        }
        return node;
    }

    /**
     * A number read from a list, dict or object that has no node yet gets a leaf that may be a parameter, so
     * that the program's update of it there links the epochs: {@code w[2]}, {@code params["b1"]},
     * {@code self.W1}. An array keeps the node itself; a float is replaced in its container by the caller.
     *
     * @param v the value read
     * @param at where it is read
     * @return the value with a node, or {@code v}
     */
    Value held(Value v, Span at) {
        if (tape == null) {
            return v;
        }
        if (v instanceof PyFloat f && f.node() == Value.NO_NODE) {
            return f.on(record(() -> tape.held(NdArray.scalar(f.value()), line(at), column(at))));
        }
        if (v instanceof PyArray a && a.node() == Value.NO_NODE) {
            a.set(a.value(), record(() -> tape.held(a.value(), line(at), column(at))));
        }
        return v;
    }

    /**
     * {@link #held} for item {@code k} of a list, replacing it there.
     *
     * @param items the list's items
     * @param k the position
     * @param at where it is read
     * @return the item, with a node
     */
    Value held(java.util.List<Value> items, int k, Span at) {
        Value v = items.get(k);
        Value h = held(v, at);
        if (h != v) {
            items.set(k, h);
        }
        return h;
    }

    private static int line(Span at) {
        return at == null ? 0 : at.line();
    }

    private static int column(Span at) {
        return at == null ? 0 : at.column();
    }

    /**
     * @param value a value
     * @param name the variable it is assigned to, or {@code null} for a constant
     * @param at where
     * @return its new leaf
     */
    /**
     * @param names the arrays the program steps element by element, as written ({@link ElementSteps})
     */
    void elementStepped(java.util.Set<String> names) {
        elementStepped = java.util.Set.copyOf(names);
    }

    private static boolean splits(NdArray a) {
        return a.dtype() == bpdiff.program.array.DType.FLOAT64 && a.ndim() > 0 && a.size() > 1 && a.size() <= MAX_SPLIT;
    }

    /**
     * An array the program steps element by element, recorded as one leaf per element ({@code W1[0, 1]}) joined, and
     * reshaped to its shape: the same numbers, and each element a node of its own from the start.
     */
    private int elements(NdArray value, String name, Span at) {
        int[] leaves = new int[value.size()];
        int[] shape = value.shape();
        for (int k = 0; k < leaves.length; k++) {
            leaves[k] = leaf(NdArray.scalar(value.get(k)), name + "[" + index(k, shape) + "]", at);
        }
        NdArray flat = bpdiff.program.array.Reshaping.concat(java.util.Arrays.stream(leaves)
                .mapToObj(id -> tape.node(id).value()).toList());
        int joined = record(() -> tape.op(Op.CONCAT, OpArgs.NONE, leaves, flat, at.line(), at.column()));
        return shape.length == 1 ? joined : record(() -> tape.op(Op.RESHAPE, OpArgs.shape(shape), new int[] {joined},
                value, at.line(), at.column()));
    }

    /** The indices of flat position k in a shape, as numpy's {@code a[i, j]} writes them ({@code 0, 1}). */
    private static String index(int k, int[] shape) {
        String[] parts = new String[shape.length];
        int rest = k;
        for (int axis = shape.length - 1; axis >= 0; axis--) {
            parts[axis] = Integer.toString(rest % shape[axis]);
            rest /= shape[axis];
        }
        return String.join(", ", parts);
    }

    int leaf(NdArray value, String name, Span at) {
        return record(() -> tape.leaf(value, name, at.line(), at.column()));
    }

    private static int record(java.util.function.IntSupplier add) {
        try {
            return add.getAsInt();
        } catch (LimitExceededException e) {
            throw new ProgramError(e.getMessage(), true);
        }
    }
}
