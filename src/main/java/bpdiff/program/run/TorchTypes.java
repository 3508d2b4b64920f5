package bpdiff.program.run;

import bpdiff.program.array.DType;
import java.util.List;
import java.util.Map;

/**
 * PyTorch's types: the class {@code torch.Tensor}, the dtype objects ({@code torch.float32}, …) and the type of an
 * operation's result by {@code torch.result_type}.
 *
 * <p>Promotion ({@code torch.promote_types}): within a category (bool, integer, floating) the wider type wins; across
 * categories the higher category's type ({@code int64} and {@code float32} meet in {@code float32}, unlike numpy).
 * Operands come in three priorities: tensors with dimensions, zero-dimensional tensors, Python numbers. The result is
 * the highest priority's promoted type, unless a lower priority holds a higher category: then a zero-dimensional
 * tensor's type, or for a Python number the default of its category ({@code torch.get_default_dtype()} for a float,
 * {@code int64} for an int). So {@code float32_tensor * 0.1} stays {@code float32} and {@code int_tensor / 2} is
 * {@code float32}.
 */
final class TorchTypes {

    /** {@code torch.Tensor}: the class of every tensor; calling it makes a tensor of the default dtype. */
    static final PyClass TENSOR = new PyClass("Tensor", "torch", List.of(BuiltinTypes.OBJECT), Map.of(), true);

    /** {@code torch.nn.Parameter}: the class of a module's parameters, a tensor; calling it makes one. */
    static final PyClass PARAMETER = new PyClass("Parameter", "torch.nn.parameter", List.of(TENSOR), Map.of(), true);

    private TorchTypes() {}

    /**
     * A torch dtype object.
     *
     * @param dtype the element type
     */
    record TorchDType(DType dtype) implements Value {

        @Override
        public String typeName() {
            return "torch.dtype";
        }

        /** @return how PyTorch prints it: {@code torch.float32} */
        String text() {
            return "torch." + dtype.numpyName();
        }
    }

    /**
     * @param name a member of {@code torch}
     * @return the dtype it names ({@code float}, {@code float32}, {@code double}, {@code long}, {@code bool}, …), or
     *     {@code null}
     */
    static DType named(String name) {
        return switch (name) {
            case "float32", "float" -> DType.FLOAT32;
            case "float64", "double" -> DType.FLOAT64;
            case "int64", "long" -> DType.INT64;
            case "bool" -> DType.BOOL;
            default -> null;
        };
    }

    /**
     * @param dtype a type
     * @return how PyTorch names it: {@code torch.float32}
     */
    static String text(DType dtype) {
        return "torch." + dtype.numpyName();
    }

    private static int category(DType t) {
        return switch (t) {
            case BOOL -> 0;
            case INT64 -> 1;
            case FLOAT32, FLOAT64 -> 2;
        };
    }

    /**
     * {@code torch.promote_types}.
     *
     * @param a a type
     * @param b another
     * @return their promotion
     */
    static DType promote(DType a, DType b) {
        if (a == b) {
            return a;
        }
        int ca = category(a);
        int cb = category(b);
        if (ca != cb) {
            return ca > cb ? a : b;
        }
        return a == DType.FLOAT64 || b == DType.FLOAT64 ? DType.FLOAT64 : a;
    }

    /**
     * {@code torch.result_type} of an operation's operands.
     *
     * @param defaultFloat {@code torch.get_default_dtype()}
     * @param operands tensors, numpy arrays (read as tensors) and Python numbers
     * @return the result's type
     */
    static DType result(DType defaultFloat, Value... operands) {
        DType dimensioned = null;
        DType zeroDim = null;
        DType number = null;
        for (Value v : operands) {
            if (v instanceof PyArray a) {
                if (a.value().ndim() > 0) {
                    dimensioned = dimensioned == null ? a.value().dtype() : promote(dimensioned, a.value().dtype());
                } else {
                    zeroDim = zeroDim == null ? a.value().dtype() : promote(zeroDim, a.value().dtype());
                }
            } else {
                DType t = v instanceof PyFloat ? defaultFloat : v instanceof PyBool ? DType.BOOL : DType.INT64;
                number = number == null ? t : promote(number, t);
            }
        }
        DType result = dimensioned;
        if (zeroDim != null) {
            result = result == null || category(zeroDim) > category(result) ? zeroDim : result;
        }
        if (number != null) {
            result = result == null || category(number) > category(result) ? number : result;
        }
        return result == null ? defaultFloat : result;
    }

    /**
     * @param type a result type
     * @param defaultFloat {@code torch.get_default_dtype()}
     * @return the type of a true division or a transcendental function of it: integers and bools become the default
     */
    static DType floating(DType type, DType defaultFloat) {
        return type.isFloat() ? type : defaultFloat;
    }
}
