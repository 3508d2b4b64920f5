package bpdiff.program.tape;

import bpdiff.program.array.DType;
import bpdiff.program.array.NdArray;
import bpdiff.program.array.ShapeException;

/** The numpy type of each operation's result, and the operations numpy refuses for a type. */
final class OpTypes {

    private OpTypes() {}

    /**
     * numpy's type of the result: {@code bool} for a comparison, floats for a division and the transcendental
     * functions, the inputs' type for the operations that pick or move elements, else their common type
     * ({@link DType#common}).
     *
     * @param op the operation
     * @param in the inputs
     * @return the result's type
     * @throws ShapeException for what numpy has no loop for: {@code -} of bools, integers to negative powers
     */
    static DType resultType(Op op, NdArray... in) {
        if (op.isComparison()) {
            return DType.BOOL;
        }
        return switch (op) {
            case LEAF -> in[0].dtype();
            case DIV, EXP, LOG, SQRT, TANH, SIN, COS, LOG1P, LOGADDEXP, MEAN, NORM, SIGMOID, SOFTMAX, LOG_SOFTMAX, RECIPROCAL ->
                    DType.common(in).floating();
            case GRAD -> in[1].dtype();
            case SUM, PROD -> in[0].dtype().accumulated();
            case WHERE -> DType.common(in[1], in[2]);
            case TRANSPOSE, RESHAPE, GATHER, BROADCAST, MAX, MIN, ABS, SIGN, RELU -> in[0].dtype();
            case NEG -> refuseBool(in[0].dtype(), "negative, the `-` operator, is not supported, use the `~` "
                    + "operator or the logical_not function instead");
            case SUB -> refuseBool(DType.common(in), "subtract, the `-` operator, is not supported, use the "
                    + "bitwise_xor, the `^` operator, or the logical_xor function instead");
            case POW -> power(DType.common(in), in[1]);
            default -> DType.common(in);
        };
    }

    private static DType refuseBool(DType type, String message) {
        if (type == DType.BOOL) {
            throw new ShapeException("numpy boolean " + message);
        }
        return type;
    }

    private static DType power(DType type, NdArray exponent) {
        if (type == DType.INT64 || type == DType.BOOL) {
            for (int k = 0; k < exponent.size(); k++) {
                if (exponent.get(k) < 0) {
                    throw new ShapeException("Integers to negative integer powers are not allowed.");
                }
            }
            return DType.INT64;
        }
        return type;
    }
}
