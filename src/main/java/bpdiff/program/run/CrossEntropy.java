package bpdiff.program.run;

import bpdiff.program.array.DType;
import bpdiff.program.array.NdArray;
import bpdiff.program.syntax.Span;
import bpdiff.program.tape.Op;
import bpdiff.program.tape.OpArgs;

/**
 * {@code F.cross_entropy} and {@code F.nll_loss}: the classes run along dim 1 of a batch (N, C), or dim 0 of one
 * sample (C); the target is a class index per sample (int64) or, for {@code cross_entropy}, a probability per class
 * (the input's shape and a floating type).
 */
final class CrossEntropy {

    private CrossEntropy() {}

    /**
     * @param torch the torch state
     * @param name {@code cross_entropy} or {@code nll_loss}
     * @param input the logits (or log-probabilities for {@code nll_loss})
     * @param target the classes or probabilities
     * @param reduction {@code mean}, {@code sum} or {@code none}
     * @param at where
     * @return the loss
     */
    static Value of(Torch torch, String name, PyArray input, PyArray target, String reduction, Span at) {
        TorchOps ops = torch.ops;
        NdArray x = input.value();
        if (x.ndim() < 1 || x.ndim() > 2) {
            throw new ProgramError(name + " of a tensor of " + x.ndim() + " dimensions is not supported by bpdiff "
                    + "(give (N, C) or (C))");
        }
        int classDim = x.ndim() == 2 ? 1 : 0;
        PyArray logp = name.equals("cross_entropy")
                ? ops.apply(Op.LOG_SOFTMAX, OpArgs.reduction(classDim, false), "LogSoftmaxBackward0", at,
                        x.dtype(), x.dtype(), input)
                : input;
        NdArray t = target.value();
        if (t.dtype().isFloat()) {
            if (!name.equals("cross_entropy") || !java.util.Arrays.equals(t.shape(), x.shape())) {
                throw ProgramError.of("RuntimeError", "expected scalar type Long but found "
                        + TensorOperators.scalarName(t.dtype()));
            }
            PyTensor product = ops.elementwise(Op.MUL, "MulBackward0", at, false, logp, target);
            PyTensor perSample = ops.same(Op.SUM, OpArgs.reduction(classDim, false), "SumBackward1", product, at);
            PyTensor negative = ops.unary(Op.NEG, "NegBackward0", perSample, false, at);
            PyTensor loss = TorchModules.reduce(ops, negative, reduction, at);
            if (loss.gradFn() != null) {
                loss.gradFn(reduction.equals("mean") ? "DivBackward1" : "NegBackward0");
            }
            return loss;
        }
        if (t.dtype() != DType.INT64) {
            throw ProgramError.of("RuntimeError", "expected scalar type Long but found "
                    + TensorOperators.scalarName(t.dtype()));
        }
        int samples = x.ndim() == 2 ? x.dim(0) : 1;
        int classes = x.dim(classDim);
        if (t.size() != samples || x.ndim() == 2 && t.ndim() != 1 || x.ndim() == 1 && t.ndim() != 0) {
            throw ProgramError.of("RuntimeError", "Expected input batch_size (" + samples + ") to match target "
                    + "batch_size (" + t.size() + ").");
        }
        int[] positions = new int[samples];
        for (int n = 0; n < samples; n++) {
            long c = (long) t.get(n);
            if (c < 0 || c >= classes) {
                throw ProgramError.of("IndexError", "Target " + c + " is out of bounds.");
            }
            positions[n] = n * classes + (int) c;
        }
        int[] shape = x.ndim() == 2 ? new int[] {samples} : new int[0];
        PyTensor picked = ops.same(Op.GATHER, OpArgs.gather(positions, shape), "IndexBackward0", logp, at);
        PyTensor negative = ops.unary(Op.NEG, "NegBackward0", picked, false, at);
        PyTensor loss = TorchModules.reduce(ops, negative, reduction, at);
        if (loss.gradFn() != null) {
            loss.gradFn("NllLossBackward0");
        }
        return loss;
    }
}
