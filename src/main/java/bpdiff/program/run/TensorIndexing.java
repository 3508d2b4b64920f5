package bpdiff.program.run;

import bpdiff.program.array.DType;
import bpdiff.program.array.Index;
import bpdiff.program.array.Indexing;
import bpdiff.program.syntax.Span;
import bpdiff.program.tape.Op;
import bpdiff.program.tape.OpArgs;
import java.util.ArrayList;
import java.util.List;

/**
 * Indexing of tensors, numpy's basic and advanced indexing with PyTorch's results: {@code t[0]} of a vector is a
 * 0-d tensor, not a number; {@code t[idx] = v} changes {@code t} in place; iterating gives the rows as tensors.
 */
final class TensorIndexing {

    private TensorIndexing() {}

    /**
     * @param torch the torch state
     * @param t the tensor
     * @param values the subscript's entries
     * @param at where
     * @return {@code t[values]}
     */
    static PyTensor get(Torch torch, PyArray t, List<Value> values, Span at) {
        Interpreter machine = torch.machine;
        List<Index> indices = ArraySubscripts.indices(machine, values);
        Indexing indexing = ArraySubscripts.indexing(machine, t.value().shape(), indices);
        return torch.ops.same(Op.GATHER, OpArgs.gather(indexing.positions(), indexing.shape()), gradFn(indices), t, at);
    }

    /** {@code SelectBackward0} for integers only, {@code IndexBackward0} with an index tensor or list, else a slice. */
    private static String gradFn(List<Index> indices) {
        boolean advanced = false;
        boolean integers = true;
        for (Index i : indices) {
            advanced |= i instanceof Index.Positions || i instanceof Index.Mask;
            integers &= i instanceof Index.At;
        }
        return advanced ? "IndexBackward0" : integers ? "SelectBackward0" : "SliceBackward0";
    }

    /**
     * {@code t[values] = value}: the selected elements replaced, in place.
     *
     * @param torch the torch state
     * @param t the tensor
     * @param values the subscript's entries
     * @param value the assigned value, broadcast to the selection
     * @param at where
     */
    static void assign(Torch torch, PyTensor t, List<Value> values, Value value, Span at) {
        Interpreter machine = torch.machine;
        Indexing indexing = ArraySubscripts.indexing(machine, t.value().shape(),
                ArraySubscripts.indices(machine, values));
        DType type = t.value().dtype();
        TorchOps ops = torch.ops;
        PyTensor part = ops.apply(Op.BROADCAST, OpArgs.shape(indexing.shape()), "ExpandBackward0", at, type, type,
                value);
        PyTensor joined = ops.apply(Op.CONCAT, OpArgs.NONE, "CatBackward0", at, type, type, t, part);
        PyTensor result = ops.same(Op.GATHER, OpArgs.gather(indexing.assignment(t.value().size()), t.value().shape()),
                "CopySlices", joined, at);
        TensorInPlace.change(torch, t, result, at);
    }

    /**
     * @param torch the torch state
     * @param t a tensor of at least one dimension
     * @param at where
     * @return its rows, as {@code for row in t} gives them
     */
    static List<Value> rows(Torch torch, PyArray t, Span at) {
        if (t.value().ndim() == 0) {
            throw ProgramError.of("TypeError", "iteration over a 0-d tensor");
        }
        List<Value> rows = new ArrayList<>();
        for (int k = 0; k < t.value().dim(0); k++) {
            PyTensor row = get(torch, t, List.of(new PyInt(k)), at);
            if (row.gradFn() != null) {
                row.gradFn("UnbindBackward0");
            }
            rows.add(row);
        }
        return rows;
    }
}
