package bpdiff.program.run;

import bpdiff.program.array.DType;
import bpdiff.program.syntax.BinaryOperator;
import bpdiff.program.syntax.Span;
import bpdiff.program.tape.Op;
import bpdiff.program.tape.OpArgs;

/**
 * Python's operators with a tensor on either side ({@code + - * / ** @}, unary minus, comparisons), named by the
 * backward node PyTorch 1.13 gives each ({@code 1 - x} is {@code RsubBackward1}, {@code 1 / x} is
 * {@code MulBackward0} since PyTorch computes it as a reciprocal times 1, {@code x ** 2} is {@code PowBackward0}).
 */
final class TensorOperators {

    private TensorOperators() {}

    /**
     * @param torch the torch state
     * @param op the operator
     * @param a the left operand
     * @param b the right operand
     * @param at where
     * @return {@code a op b}
     */
    static Value binary(Torch torch, BinaryOperator op, Value a, Value b, Span at) {
        if (!TorchOps.isOperand(a) || !TorchOps.isOperand(b)) {
            throw ProgramError.of("TypeError", "unsupported operand type(s) for " + op.symbol() + ": '"
                    + BuiltinTypes.typeOf(a).name() + "' and '" + BuiltinTypes.typeOf(b).name() + "'");
        }
        boolean scalarLeft = !(a instanceof PyArray);
        TorchOps ops = torch.ops;
        return switch (op) {
            case ADD -> ops.elementwise(Op.ADD, "AddBackward0", at, false, a, b);
            case SUBTRACT -> ops.elementwise(Op.SUB, scalarLeft ? "RsubBackward1" : "SubBackward0", at, false, a, b);
            case MULTIPLY -> ops.elementwise(Op.MUL, "MulBackward0", at, false, a, b);
            case DIVIDE -> scalarLeft ? reciprocal(torch, a, (PyArray) b, at)
                    : ops.elementwise(Op.DIV, "DivBackward0", at, true, a, b);
            case POWER -> ops.elementwise(Op.POW, b instanceof PyArray ? "PowBackward1" : "PowBackward0", at, false,
                    a, b);
            case MATMUL -> matmul(torch, a, b, at);
            default -> throw new ProgramError("'" + op.symbol() + "' on tensors is not supported");
        };
    }

    /**
     * {@code a / x} for a number {@code a}, as PyTorch computes it: {@code x.reciprocal() * a} (two roundings; the
     * product is left out for {@code a = 1}, where it changes nothing).
     */
    private static PyTensor reciprocal(Torch torch, Value a, PyArray x, Span at) {
        DType type = TorchTypes.floating(TorchTypes.result(torch.defaultFloat(), a, x), torch.defaultFloat());
        PyTensor inverse = torch.ops.apply(Op.RECIPROCAL, OpArgs.NONE, "ReciprocalBackward0", at, type, type, x);
        if (Numbers.toDouble(a) == 1) {
            if (inverse.gradFn() != null) {
                inverse.gradFn("MulBackward0");
            }
            return inverse;
        }
        return torch.ops.elementwise(Op.MUL, "MulBackward0", at, false, inverse, a);
    }

    /**
     * {@code a @ b}: PyTorch's {@code matmul} of 1-D and 2-D tensors, with its messages for shapes that do not fit
     * and for two types.
     *
     * @param torch the torch state
     * @param a the left operand
     * @param b the right operand
     * @param at where
     * @return the product
     */
    static PyTensor matmul(Torch torch, Value a, Value b, Span at) {
        if (!(a instanceof PyArray x) || !(b instanceof PyArray y)) {
            throw ProgramError.of("TypeError", "matmul(): argument 'other' (position 1) must be Tensor, not "
                    + BuiltinTypes.typeOf(a instanceof PyArray ? b : a).name());
        }
        int[] s = x.value().shape();
        int[] t = y.value().shape();
        if (s.length == 0 || t.length == 0) {
            throw ProgramError.of("RuntimeError", "both arguments to matmul need to be at least 1D, but they are "
                    + s.length + "D and " + t.length + "D");
        }
        if (s.length > 2 || t.length > 2) {
            throw new ProgramError("matmul of tensors with more than 2 dimensions is not supported by bpdiff");
        }
        int inner = s[s.length - 1];
        int other = t.length == 1 ? t[0] : t[0];
        if (inner != other) {
            String message = s.length == 2 && t.length == 2 ? "mat1 and mat2 shapes cannot be multiplied (" + s[0] + "x"
                    + s[1] + " and " + t[0] + "x" + t[1] + ")"
                    : s.length == 1 && t.length == 1 ? "inconsistent tensor size, expected tensor [" + s[0]
                    + "] and src [" + t[0] + "] to have the same number of elements, but got " + s[0] + " and " + t[0]
                    + " elements respectively"
                    : "size mismatch, got " + s[0] + ", " + s[0] + "x" + (s.length == 2 ? s[1] : 1) + "," + t[0];
            throw ProgramError.of("RuntimeError", message);
        }
        DType dx = x.value().dtype();
        DType dy = y.value().dtype();
        if (dx != dy) {
            throw ProgramError.of("RuntimeError", "expected scalar type " + scalarName(dx) + " but found "
                    + scalarName(dy));
        }
        String gradFn = s.length == 2 && t.length == 2 ? "MmBackward0" : s.length == 2 ? "MvBackward0"
                : t.length == 2 ? "SqueezeBackward3" : "DotBackward0";
        return torch.ops.apply(Op.MATMUL, OpArgs.NONE, gradFn, at, dx, dx, a, b);
    }

    /** PyTorch's C++ name of a scalar type, as its messages write it. */
    static String scalarName(DType t) {
        return switch (t) {
            case FLOAT32 -> "Float";
            case FLOAT64 -> "Double";
            case INT64 -> "Long";
            case BOOL -> "Bool";
        };
    }

    /**
     * @param torch the torch state
     * @param op {@code -} or {@code +}
     * @param a a tensor
     * @param at where
     * @return the result
     */
    static Value unary(Torch torch, String op, PyArray a, Span at) {
        if (op.equals("+")) {
            return a;
        }
        if (op.equals("-")) {
            return torch.ops.unary(Op.NEG, "NegBackward0", a, false, at);
        }
        if (a.value().dtype() == DType.BOOL) {
            return torch.ops.apply(Op.EQ, OpArgs.NONE, null, at, null, DType.BOOL, a, new PyBool(false, -1));
        }
        throw ProgramError.of("TypeError", "~ (bitwise not) is only supported on integer and boolean tensors");
    }

    /**
     * @param torch the torch state
     * @param op a comparison ({@code Op.LT}, …)
     * @param a the left operand
     * @param b the right operand
     * @param at where
     * @return the 0/1 bool tensor
     */
    static Value compare(Torch torch, Op op, Value a, Value b, Span at) {
        if (!TorchOps.isOperand(a) || !TorchOps.isOperand(b)) {
            if (op == Op.EQ || op == Op.NE) {
                return PyBool.of(op == Op.NE);
            }
            throw ProgramError.of("TypeError", "'" + op.symbol() + "' not supported between instances of '"
                    + BuiltinTypes.typeOf(a).name() + "' and '" + BuiltinTypes.typeOf(b).name() + "'");
        }
        if (op == Op.EQ && a instanceof PyArray x && b instanceof PyArray y) {
            torch.compared(x, y, at);
        }
        return torch.ops.elementwise(op, null, at, false, a, b);
    }
}
