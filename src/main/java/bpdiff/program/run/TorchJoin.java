package bpdiff.program.run;

import bpdiff.program.array.DType;
import bpdiff.program.array.NdArray;
import bpdiff.program.array.Shapes;
import bpdiff.program.syntax.Span;
import bpdiff.program.tape.Op;
import bpdiff.program.tape.OpArgs;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code torch.cat} and {@code torch.stack}: the tensors laid end to end (one recorded {@code CONCAT}), then, along
 * a dim other than 0, their elements picked into place (a recorded {@code GATHER}).
 */
final class TorchJoin {

    private TorchJoin() {}

    /**
     * @param torch the torch state
     * @param name {@code cat}, {@code concat} or {@code stack}
     * @param a the arguments: the tensors, and {@code dim}
     * @param at where
     * @return the joined tensor
     */
    static PyTensor join(Torch torch, String name, Arguments a, Span at) {
        List<Value> items = Iteration.list(a.required(0, "tensors"), torch.machine, at);
        if (items.isEmpty()) {
            throw ProgramError.of("RuntimeError", "expected a non-empty list of Tensors");
        }
        Value dimArg = a.get(1, "dim");
        int dim = dimArg == null ? 0 : Numbers.toInt(dimArg);
        boolean stack = name.equals("stack");
        List<Value> parts = new ArrayList<>();
        DType type = null;
        int[] first = TorchMath.tensor(items.get(0), name).value().shape();
        for (Value item : items) {
            PyArray t = TorchMath.tensor(item, name);
            type = type == null ? t.value().dtype() : TorchTypes.promote(type, t.value().dtype());
            if (stack && !java.util.Arrays.equals(t.value().shape(), first)) {
                throw ProgramError.of("RuntimeError", "stack expects each tensor to be equal size, but got "
                        + Shapes.text(first) + " at entry 0 and " + Shapes.text(t.value().shape()) + " at entry "
                        + parts.size());
            }
            parts.add(t);
        }
        int[] shape = joined(parts, first, dim, stack);
        PyTensor flat = torch.ops.apply(Op.CONCAT, OpArgs.NONE, stack ? "StackBackward0" : "CatBackward0", at, type, type,
                parts.toArray(new Value[0]));
        if (dim == 0 || first.length == 0 && !stack) {
            return torch.ops.same(Op.RESHAPE, OpArgs.shape(shape), flat.gradFn(), flat, at);
        }
        int[] positions = positions(parts, shape, dim, stack);
        return torch.ops.same(Op.GATHER, OpArgs.gather(positions, shape), flat.gradFn(), flat, at);
    }

    private static int[] joined(List<Value> parts, int[] first, int dim, boolean stack) {
        int rank = first.length + (stack ? 1 : 0);
        int d = Math.floorMod(dim, Math.max(1, rank));
        if (stack) {
            int[] shape = new int[rank];
            for (int k = 0, j = 0; k < rank; k++) {
                shape[k] = k == d ? parts.size() : first[j++];
            }
            return shape;
        }
        if (first.length == 0) {
            throw ProgramError.of("RuntimeError", "zero-dimensional tensor (at position 0) cannot be concatenated");
        }
        int[] shape = first.clone();
        shape[d] = 0;
        for (Value p : parts) {
            shape[d] += ((PyArray) p).value().dim(d);
        }
        return shape;
    }

    /** For a join along another dim than 0: each result element's position in the parts laid end to end. */
    private static int[] positions(List<Value> parts, int[] shape, int dim, boolean stack) {
        int d = Math.floorMod(dim, shape.length);
        int[] offsets = new int[parts.size()];
        int[] lengths = new int[parts.size()];
        for (int k = 0, at = 0; k < parts.size(); k++) {
            offsets[k] = at;
            NdArray v = ((PyArray) parts.get(k)).value();
            at += v.size();
            lengths[k] = stack ? 1 : v.dim(d);
        }
        int[] out = new int[Shapes.size(shape)];
        int[] strides = Shapes.strides(shape);
        for (int flat = 0; flat < out.length; flat++) {
            int[] index = new int[shape.length];
            for (int k = 0, rest = flat; k < shape.length; k++) {
                index[k] = rest / strides[k];
                rest %= strides[k];
            }
            int part = 0;
            int along = index[d];
            while (along >= lengths[part]) {
                along -= lengths[part++];
            }
            int[] partShape = ((PyArray) parts.get(part)).value().shape();
            int local = 0;
            for (int k = 0, j = 0; k < shape.length; k++) {
                int i = k == d ? along : index[k];
                if (stack && k == d) {
                    continue;
                }
                local = local * partShape[j++] + i;
            }
            out[flat] = offsets[part] + local;
        }
        return out;
    }
}
