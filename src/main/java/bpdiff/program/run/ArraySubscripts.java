package bpdiff.program.run;

import bpdiff.program.array.DType;
import bpdiff.program.array.Index;
import bpdiff.program.array.Indexing;
import bpdiff.program.array.NdArray;
import bpdiff.program.array.ShapeException;
import bpdiff.program.array.TooLargeException;
import bpdiff.program.syntax.Span;
import bpdiff.program.tape.Op;
import bpdiff.program.tape.OpArgs;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * {@code a[…]} and {@code a[…] = v} for arrays, with numpy's basic and advanced indexing: integers, slices,
 * {@code None}, integer arrays and lists ({@code a[[0, 2]]}, {@code scores[np.arange(N), y]},
 * {@code probs[range(N), y]}) and boolean masks ({@code a[a > 0]}).
 *
 * <p>Reading is recorded as a gather of the selected positions; one element is read as the node that holds it
 * ({@link ElementReads}). Writing ({@code a[mask] = 0},
 * {@code dscores[np.arange(N), y] -= 1}, {@code a[a < 0] *= 0.01}) replaces the array's content, in place, by a
 * recorded gather from the old elements and the new ones, so autograd sees the write: the overwritten elements no
 * longer depend on what they were, the written ones depend on the value. A value is cast to the array's type as
 * numpy casts it ({@code 1.7} written into an int64 array is 1); a cast that changes a value makes it a constant.
 */
final class ArraySubscripts {

    private ArraySubscripts() {}

    /**
     * @param machine the interpreter
     * @param a the array
     * @param indices the subscript's entries, as the program computed them
     * @param at where
     * @return the element (a number) or the sub-array
     */
    static Value get(Interpreter machine, PyArray a, List<Value> indices, Span at) {
        return gather(machine, a, indices(machine, indices), at);
    }

    /**
     * Recorded basic or advanced indexing.
     *
     * @param machine the interpreter
     * @param a the array
     * @param indices the subscript
     * @param at where
     * @return the element (a number) or the sub-array
     */
    static Value gather(Interpreter machine, PyArray a, List<Index> indices, Span at) {
        Indexing indexing = indexing(machine, a.value().shape(), indices);
        if (indexing.shape().length == 0) {
            Value element = machine.elementReads.read(machine, a, indexing.positions()[0], at);
            if (element != null) {
                return element;
            }
        }
        return machine.recorder.apply(Op.GATHER, OpArgs.gather(indexing.positions(), indexing.shape()), at, a);
    }

    /**
     * {@code array[indices] = value}: the selected elements replaced in place, recorded.
     *
     * @param machine the interpreter
     * @param array the array
     * @param indices the subscript's entries
     * @param value the assigned value, broadcast to the selection
     * @param at where
     */
    static void assign(Interpreter machine, PyArray array, List<Value> indices, Value value, Span at) {
        write(machine, array, indexing(machine, array.value().shape(), indices(machine, indices)), value, at);
    }

    /** Writes {@code value}, broadcast and cast to the array's type, at the indexing's positions; recorded. */
    /**
     * @param machine the interpreter
     * @param array the written array
     * @param indexing the positions written
     * @param value the value, broadcast to the selection
     * @param at where
     */
    static void write(Interpreter machine, PyArray array, Indexing indexing, Value value, Span at) {
        NdArray base = array.value();
        NdArray given = Numbers.array(value);
        NdArray cast = given.withDType(base.dtype());
        Value part = Arrays.equals(cast.data(), given.data()) ? value : Numbers.wrap(cast, Value.NO_NODE);
        part = machine.recorder.apply(Op.BROADCAST, OpArgs.shape(indexing.shape()), at, part);
        int[] assignment = indexing.assignment(base.size());
        Value result = WriteJoins.write(machine, array, assignment, part, at);
        if (result == null) {
            Value joined = machine.recorder.apply(Op.CONCAT, OpArgs.NONE, at, array, part);
            result = machine.recorder.apply(Op.GATHER, OpArgs.gather(assignment, base.shape()), at, joined);
        }
        NdArray written = Numbers.array(result);
        NdArray typed = written.withDType(base.dtype());
        array.set(typed, Arrays.equals(typed.data(), written.data()) ? Numbers.node(result) : Value.NO_NODE);
    }

    /**
     * @param machine the interpreter
     * @param shape the indexed array's shape
     * @param indices the subscript
     * @return the positions it selects
     * @throws ProgramError with numpy's message if they do not fit, or if the result passes the element limit
     */
    static Indexing indexing(Interpreter machine, int[] shape, List<Index> indices) {
        try {
            return Indexing.of(shape, indices, machine.recorder.maxElements());
        } catch (TooLargeException e) {
            machine.recorder.checkSize(e.count());
            throw new ProgramError(e.getMessage());
        } catch (ShapeException e) {
            throw new ProgramError(e.getMessage());
        }
    }

    /**
     * @param machine the interpreter
     * @param values the subscript's values
     * @return them as numpy reads them: a tuple spreads over the axes, a list, range or array is an index array or
     *     a mask
     */
    static List<Index> indices(Interpreter machine, List<Value> values) {
        List<Index> out = new ArrayList<>();
        for (Value v : values) {
            if (v instanceof PySlice s) {
                out.add(new Index.Range(s.start(), s.stop(), s.step()));
            } else if (v == PyNone.NONE) {
                out.add(new Index.NewAxis());
            } else if (v instanceof PyInt || v instanceof PyBool b && b.node() == Value.NO_NODE) {
                out.add(new Index.At(Numbers.toLong(v)));
            } else if (v instanceof PyTuple t) {
                out.addAll(indices(machine, t.items()));
            } else if (v instanceof PyList l && l.items().isEmpty()) {
                out.add(new Index.Positions(new int[] {0}, new long[0]));
            } else if (v instanceof PyList || v instanceof PyRange || v instanceof PyArray) {
                out.add(array(v instanceof PyRange r ? rangeArray(machine, r) : Numbers.array(v)));
            } else {
                throw new ProgramError("only integers, slices (`:`), ellipsis (`...`), numpy.newaxis (`None`) and "
                        + "integer or boolean arrays are valid indices (got " + v.typeName() + ")");
            }
        }
        return out;
    }

    private static Index array(NdArray a) {
        if (a.dtype() == DType.BOOL && a.ndim() > 0) {
            boolean[] mask = new boolean[a.size()];
            for (int k = 0; k < mask.length; k++) {
                mask[k] = a.get(k) != 0;
            }
            return new Index.Mask(a.shape(), mask);
        }
        if (a.dtype() != DType.INT64 && a.dtype() != DType.BOOL) {
            throw new ProgramError("arrays used as indices must be of integer (or boolean) type (write "
                    + "idx.astype(int))");
        }
        long[] values = new long[a.size()];
        for (int k = 0; k < values.length; k++) {
            values[k] = (long) a.get(k);
        }
        return new Index.Positions(a.shape(), values);
    }

    private static NdArray rangeArray(Interpreter machine, PyRange r) {
        machine.recorder.checkSize(r.length());
        double[] values = new double[(int) r.length()];
        for (int k = 0; k < values.length; k++) {
            values[k] = r.at(k);
        }
        return new NdArray(new int[] {values.length}, values, DType.INT64);
    }
}
