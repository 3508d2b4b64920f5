package bpdiff.program.run;

import bpdiff.program.syntax.BinaryOperator;
import bpdiff.program.syntax.Span;
import bpdiff.program.tape.Op;
import bpdiff.program.tape.OpArgs;
import java.util.ArrayList;
import java.util.List;

/** Methods of arrays ({@code reshape sum mean dot …}), lists ({@code append …}) and strings ({@code format …}). */
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
            return f;
        }
        if (receiver instanceof PyList list) {
            return list(list, name, a, at);
        }
        return StringMethods.call(machine, ((PyStr) receiver).value(), name, a, at);
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

    private Value list(PyList list, String name, Arguments a, Span at) {
        List<Value> items = list.items();
        switch (name) {
            case "append":
                machine.recorder.checkSize(items.size() + 1L);
                items.add(a.required(0, "object"));
                return PyNone.NONE;
            case "extend":
                List<Value> more = Iteration.list(a.required(0, "iterable"), machine, at);
                machine.recorder.checkSize((long) items.size() + more.size());
                items.addAll(more);
                return PyNone.NONE;
            case "pop":
                if (items.isEmpty()) {
                    throw new ProgramError("pop from empty list");
                }
                long k = a.size() == 0 ? items.size() - 1 : Numbers.toLong(a.required(0, "index"));
                long p = k < 0 ? k + items.size() : k;
                if (p < 0 || p >= items.size()) {
                    throw new ProgramError("pop index out of range");
                }
                return items.remove((int) p);
            case "copy":
                return PyList.of(items);
            case "insert":
                long i = Numbers.toLong(a.required(0, "index"));
                int at0 = (int) Math.max(0, Math.min(items.size(), i < 0 ? i + items.size() : i));
                machine.recorder.checkSize(items.size() + 1L);
                items.add(at0, a.required(1, "object"));
                return PyNone.NONE;
            default:
                Value wanted = a.required(0, "value");
                for (int j = 0; j < items.size(); j++) {
                    if (Equality.equal(items.get(j), wanted)) {
                        return new PyInt(j);
                    }
                }
                throw new ProgramError(Formatting.repr(wanted) + " is not in list");
        }
    }
}
