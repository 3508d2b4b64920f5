package bpdiff.program.run;

import bpdiff.program.syntax.BinaryOperator;
import bpdiff.program.syntax.Span;
import bpdiff.program.tape.Op;
import bpdiff.program.tape.OpArgs;
import java.util.ArrayList;
import java.util.List;

/** Methods of arrays ({@code reshape sum mean dot …}); those of lists, strings, dicts and sets are elsewhere. */
final class Methods {

    private final Interpreter machine;
    private final NumpyFunctions numpy;

    /**
     * @param machine the interpreter
     */
    Methods(Interpreter machine) {
        this.machine = machine;
        this.numpy = new NumpyFunctions(machine);
    }

    /**
     * @param receiver the value
     * @param name the method
     * @param a the arguments
     * @param at where
     * @return the result
     */
    Value call(Value receiver, String name, Arguments a, Span at) {
        if (receiver instanceof PyArray array) {
            return array(array, name, a, at);
        }
        if (receiver instanceof PyFloat f) {
            return name.equals("is_integer") ? PyBool.of(f.value() == Math.rint(f.value())
                    && !Double.isInfinite(f.value())) : f;
        }
        if (receiver instanceof PyList list) {
            return ListMethods.call(machine, list, name, a, at);
        }
        if (receiver instanceof PyStr s) {
            return StringMethods.call(machine, s.value(), name, a, at);
        }
        return Containers.call(machine, receiver, name, a, at);
    }

    /** The methods of built-in values, by Python type name. */
    private static final java.util.Map<String, java.util.Set<String>> METHODS = java.util.Map.of(
            "list", ListMethods.NAMES,
            "str", StringMethods.NAMES,
            "dict", Containers.DICT_METHODS,
            "set", Containers.SET_METHODS,
            "frozenset", Containers.FROZENSET_METHODS,
            "tuple", java.util.Set.of("count", "index"),
            "int", java.util.Set.of("bit_length", "conjugate"),
            "float", java.util.Set.of("item", "is_integer", "conjugate"));

    /**
     * @param v a value
     * @param name an attribute
     * @return whether it is a method of the value's built-in type
     */
    static boolean has(Value v, String name) {
        java.util.Set<String> names = METHODS.get(BuiltinTypes.typeOf(v).name());
        return names != null && names.contains(name) || v instanceof PyBool && METHODS.get("int").contains(name);
    }

    /**
     * @param type a built-in type
     * @param name a name
     * @return whether {@code type.name} is one of its methods ({@code str.upper}, {@code dict.fromkeys})
     */
    static boolean isMethodOf(PyClass type, String name) {
        java.util.Set<String> names = METHODS.get(type.name());
        return names != null && names.contains(name) || type == BuiltinTypes.DICT && name.equals("fromkeys");
    }

    private Value array(PyArray x, String name, Arguments a, Span at) {
        switch (name) {
            case "reshape":
                int[] shape = a.size() == 1 ? NumpyFunctions.shapeOf(a.required(0, "shape"))
                        : NumpyFunctions.shapeOf(new PyTuple(a.positional()));
                return numpy.reshape(x, shape, at);
            case "sum":
                return numpy.reduce(Op.SUM, x, a, 0, at);
            case "mean":
                return numpy.reduce(Op.MEAN, x, a, 0, at);
            case "dot":
                Value other = a.required(0, "b");
                return other instanceof PyArray ? machine.operators.binary(BinaryOperator.MATMUL, x, other, at)
                        : machine.recorder.apply(Op.MUL, OpArgs.NONE, at, x, other);
            case "copy":
            case "astype":
                return new PyArray(x.value(), x.node());
            case "flatten":
            case "ravel":
                return numpy.reshape(x, new int[] {-1}, at);
            case "item":
                if (x.value().size() != 1) {
                    throw new ProgramError("can only convert an array of size 1 to a Python scalar");
                }
                return machine.recorder.apply(Op.RESHAPE, OpArgs.shape(new int[0]), at, x);
            case "transpose":
                return numpy.transpose(x, at);
            default:
                return x.value().isScalar() ? PyFloat.of(x.value().item()) : toList(x.value().data(), x.value().shape(), 0, 0);
        }
    }

    /** {@code tolist()}: nested lists of Python floats, one level per dimension. */
    private static Value toList(double[] data, int[] shape, int axis, int offset) {
        int stride = 1;
        for (int k = axis + 1; k < shape.length; k++) {
            stride *= shape[k];
        }
        List<Value> items = new ArrayList<>();
        for (int k = 0; k < shape[axis]; k++) {
            items.add(axis == shape.length - 1 ? PyFloat.of(data[offset + k])
                    : toList(data, shape, axis + 1, offset + k * stride));
        }
        return PyList.of(items);
    }
}
