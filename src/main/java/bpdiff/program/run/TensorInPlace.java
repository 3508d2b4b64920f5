package bpdiff.program.run;

import bpdiff.program.array.DType;
import bpdiff.program.array.NdArray;
import bpdiff.program.syntax.Span;
import bpdiff.program.tape.Op;
import bpdiff.program.tape.OpArgs;

/**
 * Changes of a tensor in place ({@code -=}, {@code add_}, {@code zero_}, {@code t[i] = v}, an optimizer's step), with
 * PyTorch's rules: a leaf that requires grad may be changed only while gradients are not recorded, the result keeps
 * the tensor's type and shape, the change counts in the tensor's version.
 */
final class TensorInPlace {

    private TensorInPlace() {}

    /**
     * Changes a tensor in place to the result of an operation ({@code -=}, {@code add_}, {@code zero_}): the
     * result is cast to the tensor's type; a tensor made by a tracked operation becomes that operation's.
     *
     * @param torch the torch state
     * @param t the tensor
     * @param result what it becomes
     * @param at where
     * @throws ProgramError PyTorch's {@code RuntimeError} for a leaf that requires grad while gradients are enabled
     */
    static void change(Torch torch, PyTensor t, Value result, Span at) {
        if (!(result instanceof PyArray r)) {
            throw ProgramError.of("TypeError", "an in-place operation on a tensor needs a tensor");
        }
        if (torch.gradEnabled() && t.isLeaf() && t.requiresGrad()) {
            throw ProgramError.of("RuntimeError", "a leaf Variable that requires grad is being used in an in-place "
                    + "operation.");
        }
        DType type = t.value().dtype();
        NdArray value = r.value();
        if (!java.util.Arrays.equals(value.shape(), t.value().shape())) {
            throw ProgramError.of("RuntimeError", "output with shape " + TorchOps.text(t.value().shape())
                    + " doesn't match the broadcast shape " + TorchOps.text(value.shape()));
        }
        if (!type.isFloat() && value.dtype().isFloat()) {
            throw ProgramError.of("RuntimeError", "result type " + TensorOperators.scalarName(value.dtype())
                    + " can't be cast to the desired output type " + TensorOperators.scalarName(type));
        }
        boolean recorded = t.node() >= 0;
        t.set(value.withDType(type), r.node());
        t.changedAt(at);
        if (recorded && t.node() < 0 && torch.machine.tape() != null) {
            // a constant written through a view (w.data.fill_(0)): the storage, w's too, keeps a node of its own, so
            // that w stays a leaf autograd finds
            torch.machine.recorder.held(t, at);
        }
        if (r instanceof PyTensor rt && rt.requiresGrad() && !t.isLeaf()) {
            t.gradFn(rt.gradFn());
        } else if (r instanceof PyTensor rt && rt.requiresGrad()) {
            t.requiresGrad(true);
            t.gradFn(rt.gradFn());
        }
        if (t.isLeaf() && t.requiresGrad()) {
            if (t.node() < 0 && torch.machine.tape() != null) {
                // what was copied in is a constant (copy_ of a new tensor under no_grad): the leaf holds it on a
                // node of its own, as requires_grad_() gives one
                torch.machine.recorder.held(t, at);
            }
            torch.graph.leaf(t.node(), t);
        }
    }

    /**
     * {@code t.zero_()}: every element +0 (a fill, so {@code -0.0} becomes {@code 0.0}), recorded as the tensor times
     * 0 so that a zeroed gradient stays one of the weights it was taken at.
     *
     * @param torch the torch state
     * @param t the tensor
     * @param at where
     */
    static void zero(Torch torch, PyTensor t, Span at) {
        NdArray v = t.value();
        NdArray zeros = new NdArray(v.shape(), new double[v.size()], v.dtype());
        int node = Value.NO_NODE;
        if (torch.machine.tape() != null && t.node() >= 0) {
            node = torch.machine.recorder.record(Op.MUL, OpArgs.NONE, at, zeros,
                    new NdArray[] {v, NdArray.scalar(0, DType.INT64)}, t, new PyInt(0));
        }
        change(torch, t, new PyTensor(zeros, node, false, null), at);
    }

}
