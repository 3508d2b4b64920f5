package bpdiff.program.run;

import bpdiff.program.array.NdArray;
import bpdiff.program.syntax.Span;
import bpdiff.program.tape.Op;
import bpdiff.program.tape.OpArgs;
import java.util.ArrayList;
import java.util.List;

/**
 * A tensor's attributes, read ({@code .data}, {@code .grad}, {@code .requires_grad}, {@code .is_leaf},
 * {@code .grad_fn}, {@code .shape}, {@code .T}, {@code .dtype}, {@code .ndim}, its methods) and written
 * ({@code .data = …}, {@code .requires_grad = …}, {@code .grad = …}), with PyTorch's errors.
 */
final class TensorAttributes {

    private TensorAttributes() {}

    /**
     * @param torch the torch state
     * @param t the tensor
     * @param name the attribute
     * @param at where
     * @return {@code t.name}
     */
    static Value get(Torch torch, PyTensor t, String name, Span at) {
        return switch (name) {
            case "data" -> t.view(false);
            case "grad" -> grad(torch, t, at);
            case "requires_grad" -> PyBool.of(t.requiresGrad());
            case "is_leaf" -> PyBool.of(t.isLeaf());
            case "grad_fn" -> t.gradFn() == null ? PyNone.NONE : new TorchObject(TorchObject.Kind.GRAD_FN, t.gradFn());
            case "shape" -> torch.size(shape(t.value()));
            case "T" -> t.value().ndim() < 2 ? t : torch.ops.same(Op.TRANSPOSE, OpArgs.NONE, "PermuteBackward0", t, at);
            case "dtype" -> new TorchTypes.TorchDType(t.value().dtype());
            case "ndim" -> new PyInt(t.value().ndim());
            case "device" -> new TorchObject(TorchObject.Kind.DEVICE, "cpu");
            case "is_cuda" -> PyBool.of(false);
            case "__class__" -> BuiltinTypes.typeOf(t);
            default -> {
                if (TensorMethods.NAMES.contains(name)) {
                    yield new PyMethod(t, name);
                }
                throw ProgramError.of("AttributeError", "'Tensor' object has no attribute '" + name + "'");
            }
        };
    }

    /**
     * @param value a tensor's elements
     * @return its {@code shape}, a tuple of ints ({@code torch.Size} prints as {@code torch.Size([2, 3])})
     */
    static PyTuple shape(NdArray value) {
        List<Value> dims = new ArrayList<>();
        for (int d : value.shape()) {
            dims.add(new PyInt(d));
        }
        return new PyTuple(dims);
    }

    /**
     * {@code t.grad}: a non-leaf has none unless it called {@code retain_grad()}, as in PyTorch (which warns); the
     * explanation is kept for the failure that usually follows.
     */
    private static Value grad(Torch torch, PyTensor t, Span at) {
        if (t.grad() != null) {
            return t.grad();
        }
        if (!t.isLeaf() && !t.retainsGrad()) {
            torch.hint(TorchHints.notLeaf(torch, t), "'NoneType'");
        }
        return PyNone.NONE;
    }

    /**
     * @param torch the torch state
     * @param t the tensor
     * @param name the attribute
     * @param value the new value
     * @param at where
     */
    static void set(Torch torch, PyTensor t, String name, Value value, Span at) {
        switch (name) {
            case "data" -> {
                if (!(value instanceof PyArray v)) {
                    throw ProgramError.of("TypeError", "Variable data has to be a tensor, but got "
                            + BuiltinTypes.typeOf(value).name());
                }
                int node = v.node();
                if (torch.graph.needsCopy(node, t)) {
                    node = torch.ops.same(Op.RESHAPE, OpArgs.shape(v.value().shape()), null,
                            new PyTensor(v.value(), node, false, null), at).node();
                }
                t.replace(v.value(), node);
                if (t.isLeaf() && t.requiresGrad()) {
                    torch.graph.leaf(node, t);
                }
            }
            case "requires_grad" -> requiresGrad(torch, t, Truth.of(torch.machine, value), at);
            case "grad" -> {
                if (value != PyNone.NONE && !(value instanceof PyTensor)) {
                    throw ProgramError.of("TypeError", "assigned grad expected to be a Tensor or None but got grad of "
                            + "type " + BuiltinTypes.typeOf(value).name());
                }
                t.grad(value == PyNone.NONE ? null : (PyTensor) value);
            }
            default -> throw ProgramError.of("AttributeError", "bpdiff does not set the attribute '" + name
                    + "' of a tensor");
        }
    }

    /**
     * {@code t.requires_grad = flag} and {@code t.requires_grad_(flag)}.
     *
     * @param torch the torch state
     * @param t the tensor
     * @param flag the new value
     * @param at where
     */
    static void requiresGrad(Torch torch, PyTensor t, boolean flag, Span at) {
        if (!t.isLeaf()) {
            throw ProgramError.of("RuntimeError", "you can only change requires_grad flags of leaf variables. If you "
                    + "want to use a computed variable in a subgraph that doesn't require differentiation use "
                    + "var_no_grad = var.detach().");
        }
        if (flag && !t.value().dtype().isFloat()) {
            throw ProgramError.of("RuntimeError", "only Tensors of floating point dtype can require gradients");
        }
        t.requiresGrad(flag);
        if (flag && torch.machine.tape() != null) {
            if (t.node() < 0) {
                torch.machine.recorder.held(t, at);
            } else if (torch.graph.needsCopy(t.node(), t)) {
                t.set(t.value(), torch.ops.same(Op.RESHAPE, OpArgs.shape(t.value().shape()), null,
                        new PyTensor(t.value(), t.node(), false, null), at).node());
            }
            torch.graph.leaf(t.node(), t);
        }
    }
}
