package bpdiff.program.run;

import bpdiff.program.array.DType;
import bpdiff.program.array.Extremes;
import bpdiff.program.array.NdArray;
import bpdiff.program.array.Reshaping;
import bpdiff.program.syntax.BinaryOperator;
import bpdiff.program.syntax.Span;
import bpdiff.program.tape.Op;
import bpdiff.program.tape.OpArgs;

/**
 * Reductions of tensors: {@code sum}, {@code mean}, {@code prod} over all elements or a {@code dim} (with
 * {@code keepdim}), their compositions ({@code std}, {@code var}, {@code logsumexp}, the 2-norm), {@code max}/
 * {@code min} (of all elements, along a dim with the indices, or elementwise against another tensor),
 * {@code argmax}, {@code all}/{@code any} and {@code allclose}.
 */
final class TorchReductions {

    private TorchReductions() {}

    /**
     * @param a the arguments
     * @return the {@code dim} argument, or {@code null}
     */
    private static Integer dim(Arguments a) {
        Value d = a.get(1, "dim");
        if (d == null || d == PyNone.NONE) {
            return null;
        }
        if (d instanceof PyTuple t && t.items().size() == 1) {
            return Numbers.toInt(t.items().get(0));
        }
        return Numbers.toInt(d);
    }

    private static boolean keepdim(Arguments a) {
        Value k = a.get(2, "keepdim");
        return k != null && Numbers.toLong(k) != 0;
    }

    /**
     * @param torch the torch state
     * @param name {@code sum}, {@code mean}, {@code prod}, {@code logsumexp}, {@code std}, {@code var}, {@code norm}
     * @param x the tensor
     * @param a the arguments
     * @param at where
     * @return the reduction
     */
    static Value reduce(Torch torch, String name, PyArray x, Arguments a, Span at) {
        Integer dim = name.equals("norm") ? null : dim(a);
        boolean keep = keepdim(a);
        OpArgs args = OpArgs.reduction(dim, keep);
        DType type = x.value().dtype();
        TorchOps ops = torch.ops;
        String suffix = dim == null ? "0" : "1";
        switch (name) {
            case "sum":
                return ops.apply(Op.SUM, args, "SumBackward" + suffix, at, null, type.accumulated(), x);
            case "prod":
                return ops.apply(Op.PROD, args, "ProdBackward" + suffix, at, null, type.accumulated(), x);
            case "mean":
                if (!type.isFloat()) {
                    throw ProgramError.of("RuntimeError", "mean(): could not infer output dtype. Input dtype must be "
                            + "either a floating point or complex dtype. Got: " + TensorOperators.scalarName(type));
                }
                return ops.apply(Op.MEAN, args, "MeanBackward" + suffix, at, null, type, x);
            case "logsumexp": {
                PyTensor max = ops.apply(Op.MAX, OpArgs.reduction(dim, true), null, at, null, type,
                        TorchOps.constant(x.value()));
                PyTensor shifted = ops.elementwise(Op.SUB, "SubBackward0", at, false, x, max);
                PyTensor sum = ops.apply(Op.SUM, args, "SumBackward1", at, null, type,
                        ops.unary(Op.EXP, "ExpBackward0", shifted, true, at));
                PyTensor log = ops.unary(Op.LOG, "LogBackward0", sum, true, at);
                PyTensor m = keep ? max : ops.same(Op.RESHAPE, OpArgs.shape(log.value().shape()), null, max, at);
                return named(ops.elementwise(Op.ADD, "AddBackward0", at, false, log, m), "LogsumexpBackward0");
            }
            case "norm": {
                PyTensor square = ops.elementwise(Op.MUL, "MulBackward0", at, false, x, x);
                PyTensor sum = ops.apply(Op.SUM, OpArgs.reduction(null, false), "SumBackward0", at, null, type, square);
                return named(ops.unary(Op.SQRT, "SqrtBackward0", sum, true, at), "NormBackward1");
            }
            default: {
                Value correction = a.get(dim == null ? 1 : 3, "unbiased");
                boolean unbiased = correction == null || Truth.of(torch.machine, correction);
                PyTensor mean = ops.apply(Op.MEAN, OpArgs.reduction(dim, true), "MeanBackward1", at, null, type, x);
                PyTensor centered = ops.elementwise(Op.SUB, "SubBackward0", at, false, x, mean);
                PyTensor squares = ops.elementwise(Op.MUL, "MulBackward0", at, false, centered, centered);
                PyTensor sum = ops.apply(Op.SUM, args, "SumBackward1", at, null, type, squares);
                int n = dim == null ? x.value().size() : x.value().dim(Math.floorMod(dim, x.value().ndim()));
                PyTensor var = ops.elementwise(Op.DIV, "DivBackward0", at, true, sum, new PyInt(unbiased ? n - 1 : n));
                return named(name.equals("var") ? var : ops.unary(Op.SQRT, "SqrtBackward0", var, true, at),
                        name.equals("var") ? "VarBackward0" : "StdBackward0");
            }
        }
    }

    private static PyTensor named(PyTensor t, String gradFn) {
        if (t.gradFn() != null) {
            t.gradFn(gradFn);
        }
        return t;
    }

    /**
     * {@code max}/{@code min}: of all elements; along a dim, the values and indices
     * ({@code torch.return_types.max}); against another tensor, elementwise.
     *
     * @param torch the torch state
     * @param name {@code max} or {@code min}
     * @param x the tensor
     * @param a the arguments
     * @param at where
     * @return the result
     */
    static Value extreme(Torch torch, String name, PyArray x, Arguments a, Span at) {
        boolean max = name.equals("max");
        Value other = a.get(1, "dim");
        if (other instanceof PyArray) {
            return TorchMath.call(torch, max ? "maximum" : "minimum", new Arguments(name,
                    java.util.List.of(x, other), java.util.Map.of()), at);
        }
        Integer dim = dim(a);
        Op op = max ? Op.MAX : Op.MIN;
        String cap = max ? "Max" : "Min";
        if (dim == null) {
            return torch.ops.same(op, OpArgs.reduction(null, false), cap + "Backward1", x, at);
        }
        boolean keep = keepdim(a);
        PyTensor values = torch.ops.same(op, OpArgs.reduction(dim, keep), cap + "Backward0", x, at);
        NdArray indices = Extremes.argument(x.value(), dim, max);
        if (keep) {
            indices = Reshaping.reshape(indices, values.value().shape());
        }
        return TorchMath.returnType(torch, name, values, indices);
    }

    /**
     * @param name {@code argmax} or {@code argmin}
     * @param x the tensor
     * @param a the arguments
     * @return the positions, int64
     */
    static Value arg(String name, PyArray x, Arguments a) {
        Integer dim = dim(a);
        NdArray positions = Extremes.argument(x.value(), dim, name.equals("argmax"));
        if (keepdim(a) && dim != null) {
            int[] shape = x.value().shape();
            shape[Math.floorMod(dim, shape.length)] = 1;
            positions = Reshaping.reshape(positions, shape);
        }
        return TorchOps.constant(positions);
    }

    /**
     * @param name {@code all} or {@code any}
     * @param x the tensor
     * @param a the arguments
     * @return a bool tensor
     */
    static Value allAny(String name, PyArray x, Arguments a) {
        boolean all = name.equals("all");
        boolean result = all;
        for (int k = 0; k < x.value().size(); k++) {
            boolean set = x.value().get(k) != 0;
            result = all ? result && set : result || set;
        }
        return TorchOps.constant(NdArray.scalar(result ? 1 : 0, DType.BOOL));
    }

    /**
     * {@code allclose} (\( |a - b| \le atol + rtol |b| \), {@code rtol = 1e-5}, {@code atol = 1e-8}),
     * {@code isclose} (elementwise) and {@code equal} (same shape and elements).
     *
     * @param torch the torch state
     * @param name the function
     * @param x the first tensor
     * @param a the arguments
     * @param at where
     * @return a Python bool, or a bool tensor for {@code isclose}
     */
    static Value close(Torch torch, String name, PyArray x, Arguments a, Span at) {
        PyArray y = TorchMath.tensor(a.required(1, "other"), name);
        torch.compared(x, y, at);
        if (name.equals("equal")) {
            return PyBool.of(java.util.Arrays.equals(x.value().shape(), y.value().shape())
                    && java.util.Arrays.equals(x.value().data(), y.value().data()));
        }
        if (x.value().dtype() != y.value().dtype()) {
            throw ProgramError.of("RuntimeError", "Float did not match Double".replace("Float",
                    TensorOperators.scalarName(x.value().dtype())).replace("Double",
                    TensorOperators.scalarName(y.value().dtype())));
        }
        double rtol = a.get(2, "rtol") == null ? 1e-5 : Numbers.toDouble(a.get(2, "rtol"));
        double atol = a.get(3, "atol") == null ? 1e-8 : Numbers.toDouble(a.get(3, "atol"));
        PyTensor difference = (PyTensor) TensorOperators.binary(torch, BinaryOperator.SUBTRACT,
                TorchOps.constant(x.value()), TorchOps.constant(y.value()), at);
        NdArray d = difference.value();
        NdArray b = bpdiff.program.array.Reshaping.broadcastTo(y.value(), d.shape());
        double[] out = new double[d.size()];
        boolean all = true;
        for (int k = 0; k < out.length; k++) {
            double bk = b.get(k);
            double ak = d.get(k) + bk;
            boolean near = ak == bk || Math.abs(d.get(k)) <= atol + rtol * Math.abs(bk);
            out[k] = near ? 1 : 0;
            all &= near;
        }
        return name.equals("allclose") ? PyBool.of(all) : TorchOps.constant(new NdArray(d.shape(), out, DType.BOOL));
    }
}
