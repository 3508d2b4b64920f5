package bpdiff.program.run;

import bpdiff.program.array.DType;
import bpdiff.program.array.Elementwise;
import bpdiff.program.array.NdArray;
import bpdiff.program.array.ShapeException;
import bpdiff.program.array.TooLargeException;
import bpdiff.program.syntax.Span;
import bpdiff.program.tape.Op;
import bpdiff.program.tape.OpArgs;

/**
 * One tensor operation as PyTorch performs it: the operands cast to the computation's type first (a Python
 * {@code 0.1} meets a {@code float32} tensor as {@code 0.1f}), the result computed elementwise in double and rounded
 * to its type (which for {@code + - * /} and the square root is the result of the float32 operation itself),
 * recorded on the tape as numpy's operations are, and, when gradients are enabled and an operand requires grad,
 * tracked for autograd ({@link TorchGraph}).
 */
final class TorchOps {

    private final Torch torch;

    /**
     * @param torch the program's torch state
     */
    TorchOps(Torch torch) {
        this.torch = torch;
    }

    /**
     * @param op the operation
     * @param args its arguments
     * @param gradFn PyTorch's name of its backward node ({@code MulBackward0})
     * @param at where
     * @param compute the type the operands are cast to, or {@code null} to keep each operand's
     * @param result the result's type
     * @param operands tensors, arrays and numbers
     * @return the result
     */
    PyTensor apply(Op op, OpArgs args, String gradFn, Span at, DType compute, DType result, Value... operands) {
        Interpreter machine = torch.machine;
        NdArray[] arrays = new NdArray[operands.length];
        boolean record = false;
        boolean tracked = false;
        for (int k = 0; k < operands.length; k++) {
            NdArray a = array(operands[k]);
            arrays[k] = compute == null ? a : a.withDType(compute);
            record |= Numbers.node(operands[k]) != Value.NO_NODE;
            tracked |= operands[k] instanceof PyTensor t && t.requiresGrad();
        }
        tracked &= torch.gradEnabled() && result.isFloat();
        NdArray value;
        try {
            machine.recorder.checkSize(op.resultSize(args, arrays));
            // charged as numpy's are: a tensor product in a loop holds the limits of work and time inside it too
            long work = op.work(args, arrays);
            machine.budget.work(work);
            if (op == Op.SIGMOID && result == DType.FLOAT32) {
                value = sigmoid32(arrays[0]);
                machine.budget.worked(work);
            } else if (op == Op.EXP && result == DType.FLOAT64 && arrays[0].dtype() == DType.FLOAT64) {
                value = SleefExp.exp(arrays[0]);
                machine.budget.worked(work);
            } else if (op == Op.EXP || op == Op.LOG || op == Op.TANH) {
                // PyTorch's own kernels are not followed here (SLEEF's, but for float64 exp above): Java's values, as
                // before Op took numpy's kernels (PyTorch's float32 exp: 9 % of arguments a last bit from Java's, 39 %
                // from numpy's kernel)
                value = Elementwise.unary(arrays[0], op == Op.EXP ? Math::exp : op == Op.LOG ? Math::log : Math::tanh)
                        .withDType(result);
                machine.budget.worked(work);
            } else {
                value = op.apply(args, machine.budget::worked, arrays).withDType(result);
            }
        } catch (TooLargeException e) {
            machine.recorder.checkSize(e.count());
            throw new ProgramError(e.getMessage());
        } catch (ShapeException e) {
            throw ProgramError.of("RuntimeError", e.getMessage());
        }
        int node = Value.NO_NODE;
        if (machine.tape() != null && (record || tracked)) {
            torch.graph.prune(machine.tape());
            Value[] recorded = operands.clone();
            for (int k = 0; k < recorded.length; k++) {
                boolean constant = !(recorded[k] instanceof PyTensor t && t.requiresGrad());
                if (tracked && constant && torch.graph.needsCopy(Numbers.node(recorded[k]), recorded[k])) {
                    recorded[k] = copy(recorded[k], arrays[k], at);
                }
            }
            node = machine.recorder.record(op, args, at, value, arrays, recorded);
            if (tracked) {
                track(op, node, recorded);
            }
        }
        return new PyTensor(value, node, tracked, tracked ? gradFn : null);
    }

    /**
     * PyTorch's float32 sigmoid, \( \mathrm{fl}(1 / \mathrm{fl}(1 + \mathrm{fl}(e^{-a}))) \): each step rounded to
     * float32 as its CPU kernel computes it (the correctly rounded \( \sigma(a) \) differs from it in the last bit
     * for about a third of the arguments, which then shows in a printed {@code loss.item()}).
     */
    private static NdArray sigmoid32(NdArray a) {
        double[] out = new double[a.size()];
        for (int k = 0; k < out.length; k++) {
            float e = (float) Math.exp(-(float) a.get(k));
            out[k] = 1f / (1f + e);
        }
        return new NdArray(a.shape(), out, DType.FLOAT32);
    }

    /** A constant operand on a node of its own (an identity reshape of it), so that its node has one role. */
    private Value copy(Value operand, NdArray array, Span at) {
        int node = torch.machine.recorder.record(Op.RESHAPE, OpArgs.shape(array.shape()), at, array,
                new NdArray[] {array}, operand);
        return new PyTensor(array, node, false, null);
    }

    private void track(Op op, int node, Value[] operands) {
        bpdiff.program.tape.TapeNode recorded = torch.machine.tape().node(node);
        int[] inputs = recorded.inputs();
        PyTensor[] leaves = new PyTensor[inputs.length];
        boolean[] interior = new boolean[inputs.length];
        boolean[] requiresGrad = new boolean[inputs.length];
        for (int k = 0; k < inputs.length; k++) {
            requiresGrad[k] = operands[k] instanceof PyTensor t && t.requiresGrad();
        }
        boolean[] saves = TorchGraph.saves(op, requiresGrad);
        PyTensor[] saved = new PyTensor[inputs.length];
        int[] versions = new int[inputs.length];
        for (int k = 0; k < inputs.length; k++) {
            if (saves[k] && operands[k] instanceof PyTensor t) {
                saved[k] = t;
                versions[k] = t.version();
            }
            if (operands[k] instanceof PyTensor t && t.requiresGrad()) {
                if (t.isLeaf()) {
                    leaves[k] = t;
                    torch.graph.leaf(inputs[k], t);
                } else {
                    interior[k] = true;
                }
            }
        }
        torch.graph.add(node, new TorchGraph.Function(op, inputs, leaves, interior, saved, versions));
    }

    /**
     * @param v an operand
     * @return its elements; a Python number as a 0-d array of its own type
     * @throws ProgramError {@code TypeError} for anything that is not a number, an array or a tensor
     */
    static NdArray array(Value v) {
        if (v instanceof PyArray || v instanceof PyFloat || v instanceof PyInt || v instanceof PyBool
                || v instanceof PyBigInt) {
            return Numbers.array(v);
        }
        throw ProgramError.of("TypeError", "expected Tensor as element 0 in argument 0, but got "
                + BuiltinTypes.typeOf(v).name());
    }

    /**
     * @param v an operand
     * @return whether it can take part in a tensor operation
     */
    static boolean isOperand(Value v) {
        return v instanceof PyArray || v instanceof PyFloat || v instanceof PyInt || v instanceof PyBool
                || v instanceof PyBigInt;
    }

    /**
     * An elementwise operation of two or more operands, typed by {@code torch.result_type}, with PyTorch's message
     * when the shapes do not broadcast.
     *
     * @param op the operation
     * @param gradFn its backward node's name
     * @param at where
     * @param floating whether the result is floating even for integer operands (true division)
     * @param operands the operands
     * @return the result
     */
    PyTensor elementwise(Op op, String gradFn, Span at, boolean floating, Value... operands) {
        checkBroadcast(operands);
        DType type = TorchTypes.result(torch.defaultFloat(), operands);
        DType result = op.isComparison() ? DType.BOOL : floating ? TorchTypes.floating(type, torch.defaultFloat())
                : type;
        return apply(op, OpArgs.NONE, gradFn, at, floating ? result : type, result, operands);
    }

    /**
     * An elementwise function of one tensor.
     *
     * @param op the operation
     * @param gradFn its backward node's name
     * @param x the tensor
     * @param floating whether integers become the default floating type
     * @param at where
     * @return the result
     */
    PyTensor unary(Op op, String gradFn, PyArray x, boolean floating, Span at) {
        DType type = x.value().dtype();
        DType result = floating ? TorchTypes.floating(type, torch.defaultFloat()) : type;
        if (op == Op.NEG && type == DType.BOOL) {
            throw ProgramError.of("RuntimeError", "Negation, the `-` operator, on a bool tensor is not supported. If "
                    + "you are trying to invert a mask, use the `~` or `logical_not()` operator instead.");
        }
        return apply(op, OpArgs.NONE, gradFn, at, result, result, x);
    }

    /**
     * An operation that keeps the tensor's type and moves or picks its elements ({@code reshape}, {@code T},
     * indexing, {@code max}).
     *
     * @param op the operation
     * @param args its arguments
     * @param gradFn its backward node's name
     * @param x the tensor
     * @param at where
     * @return the result
     */
    PyTensor same(Op op, OpArgs args, String gradFn, PyArray x, Span at) {
        DType type = x.value().dtype();
        return apply(op, args, gradFn, at, null, type, x);
    }

    /**
     * @param x a tensor
     * @param at where
     * @return the tensor as a plain Python number's tensor: no node is needed, nothing is tracked
     */
    static PyTensor constant(NdArray x) {
        return new PyTensor(x, Value.NO_NODE, false, null);
    }

    /** PyTorch's message when two shapes do not broadcast, naming the first dimension (from the right) that fails. */
    private static void checkBroadcast(Value... operands) {
        int[] shape = null;
        for (Value v : operands) {
            if (!(v instanceof PyArray a)) {
                continue;
            }
            int[] s = a.value().shape();
            if (shape == null) {
                shape = s;
                continue;
            }
            int n = Math.max(shape.length, s.length);
            int[] out = new int[n];
            for (int k = 1; k <= n; k++) {
                int x = k <= shape.length ? shape[shape.length - k] : 1;
                int y = k <= s.length ? s[s.length - k] : 1;
                if (x != y && x != 1 && y != 1) {
                    throw ProgramError.of("RuntimeError", "The size of tensor a (" + x + ") must match the size of "
                            + "tensor b (" + y + ") at non-singleton dimension " + (n - k));
                }
                out[n - k] = Math.max(x, y);
            }
            shape = out;
        }
    }

    /**
     * @param shape a shape
     * @return PyTorch's text of it: {@code [2, 3]}
     */
    static String text(int[] shape) {
        StringBuilder out = new StringBuilder("[");
        for (int k = 0; k < shape.length; k++) {
            out.append(k == 0 ? "" : ", ").append(shape[k]);
        }
        return out.append(']').toString();
    }
}
