package bpdiff.program.run;

import bpdiff.program.array.DType;
import bpdiff.program.array.Elementwise;
import bpdiff.program.array.NdArray;
import bpdiff.program.array.ShapeException;
import bpdiff.program.array.Shapes;
import bpdiff.program.syntax.BinaryOperator;
import java.util.function.LongBinaryOperator;

/**
 * Python's and numpy's bitwise operators {@code | ^ & << >>} and {@code ~} on numbers and arrays (sets and dicts
 * are {@link Operators}'): ints exactly, in two's complement without bound ({@link Integers}); {@code bool op bool}
 * a bool for {@code | ^ &}; numpy's {@code bitwise_or}, {@code bitwise_xor}, {@code bitwise_and},
 * {@code left_shift}, {@code right_shift} and {@code invert} elementwise on bool and int64 arrays, broadcast,
 * typed by numpy 1.24's value-based casting ({@code bool array & bool array} is a bool mask, {@code & 1} an int64
 * array), with numpy's {@code TypeError} for a float operand.
 *
 * <p>The result is never recorded: it is a constant of the tape wherever it is used. A mask is piecewise constant
 * in every input (its derivative is 0 wherever it is defined), so the gradients are the same as a recorded
 * operation's; recording would need new operations replayed on the engine (the tape's operations are numpy's
 * differentiable arithmetic and comparisons), for no difference in any derivative.
 */
final class Bitwise {

    private Bitwise() {}

    /**
     * @param v a value
     * @return whether an operator on it computes as numpy does: an array, a numpy float, a recorded bool (a
     *     comparison of recorded values, numpy's {@code bool_})
     */
    private static boolean isNumpy(Value v) {
        return Numbers.isNumpy(v) || v instanceof PyBool b && b.node() != Value.NO_NODE;
    }

    /**
     * @param machine the interpreter (for the limits)
     * @param op a bitwise operator
     * @param a the left operand
     * @param b the right operand
     * @return {@code a op b} of numbers and arrays, or {@code null} when either is not a number or array (a set, a
     *     dict: the caller's)
     */
    static Value binary(Interpreter machine, BinaryOperator op, Value a, Value b) {
        if (!Numbers.isNumeric(a) || !Numbers.isNumeric(b)) {
            return null;
        }
        if (isNumpy(a) || isNumpy(b)) {
            return numpy(machine, op, Numbers.array(a), Numbers.array(b));
        }
        if (!Numbers.isInteger(a) || !Numbers.isInteger(b)) {
            throw ProgramError.of("TypeError", "unsupported operand type(s) for " + op.symbol() + ": '"
                    + BuiltinTypes.typeOf(a).name() + "' and '" + BuiltinTypes.typeOf(b).name() + "'");
        }
        if (a instanceof PyBool x && b instanceof PyBool y && !op.name().endsWith("SHIFT")) {
            return PyBool.of(op == BinaryOperator.BIT_OR ? x.value() | y.value()
                    : op == BinaryOperator.BIT_AND ? x.value() & y.value() : x.value() ^ y.value());
        }
        return Integers.binary(op.symbol(), a, b, machine.recorder);
    }

    /**
     * numpy's ufunc of two arrays (a number is a 0-d one) of bool or int64 type.
     *
     * @param machine the interpreter (for the limits)
     * @param op a bitwise operator
     * @param x the left operand's elements
     * @param y the right operand's elements
     * @return the result, a numpy scalar when both are 0-d
     */
    private static Value numpy(Interpreter machine, BinaryOperator op, NdArray x, NdArray y) {
        if (x.dtype().isFloat() || y.dtype().isFloat()) {
            throw unsupportedTypes(ufunc(op));
        }
        DType type = DType.common(x, y);
        NdArray result;
        try {
            int[] shape = Shapes.broadcast(x.shape(), y.shape());
            long size = 1;
            for (int d : shape) {
                size = Budget.product(size, d);
            }
            machine.recorder.checkSize(size);
            machine.budget.work(size);
            LongBinaryOperator f = switch (op) {
                case BIT_OR -> (p, q) -> p | q;
                case BIT_XOR -> (p, q) -> p ^ q;
                case BIT_AND -> (p, q) -> p & q;
                // numpy's npy_lshift and npy_rshift: a count outside 0..63 shifts every bit out
                case LEFT_SHIFT -> (p, q) -> q >= 0 && q < 64 ? p << q : 0;
                default -> (p, q) -> q >= 0 && q < 64 ? p >> q : p < 0 ? -1 : 0;
            };
            result = Elementwise.binary(x, y, (p, q) -> f.applyAsLong((long) p, (long) q));
            machine.budget.worked(size);
        } catch (ShapeException e) {
            throw new ProgramError(e.getMessage());
        }
        // a shift of bools is numpy's int8; the subset's smallest integer is int64
        DType shifted = type == DType.BOOL && op.name().endsWith("SHIFT") ? DType.INT64 : type;
        return Numbers.wrap(result.withDType(shifted), Value.NO_NODE);
    }

    /**
     * {@code ~a} of a numpy operand: logical not of bools, \( -a - 1 \) of int64, numpy's {@code TypeError} for a
     * float.
     *
     * @param machine the interpreter (for the limits)
     * @param a an array, numpy float or recorded bool
     * @return {@code ~a}, or {@code null} if {@code a} is not one
     */
    static Value invert(Interpreter machine, Value a) {
        if (!isNumpy(a)) {
            return null;
        }
        NdArray x = Numbers.array(a);
        if (x.dtype().isFloat()) {
            throw unsupportedTypes("invert");
        }
        machine.budget.work(x.size());
        NdArray result = Elementwise.unary(x, x.dtype() == DType.BOOL ? p -> p != 0 ? 0 : 1 : p -> -p - 1);
        machine.budget.worked(x.size());
        return Numbers.wrap(result.withDType(x.dtype()), Value.NO_NODE);
    }

    /**
     * What to write instead when a program stopped at {@code ^} of a float: a student who means \( x^2 \) gets
     * Python's (or numpy's) TypeError of a bitwise xor.
     *
     * @param message the failure's message
     * @return the hint, or {@code null}
     */
    static String hintFor(String message) {
        return message.contains("unsupported operand type(s) for ^") || message.contains("ufunc 'bitwise_xor'")
                ? "'^' is bitwise xor in Python: write '**' for a power" : null;
    }

    private static String ufunc(BinaryOperator op) {
        return switch (op) {
            case BIT_OR -> "bitwise_or";
            case BIT_XOR -> "bitwise_xor";
            case BIT_AND -> "bitwise_and";
            case LEFT_SHIFT -> "left_shift";
            default -> "right_shift";
        };
    }

    /** numpy 1.24's message for a ufunc without a loop for its operands' types. */
    private static ProgramError unsupportedTypes(String ufunc) {
        return ProgramError.of("TypeError", "ufunc '" + ufunc + "' not supported for the input types, and the inputs "
                + "could not be safely coerced to any supported types according to the casting rule ''safe''");
    }
}
