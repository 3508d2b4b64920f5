package bpdiff.program.run;

import bpdiff.program.syntax.Span;
import java.util.List;

/** Methods of arrays ({@link ArrayMethods}), lists ({@code append …}) and strings ({@code format …}). */
final class Methods {

    private final Interpreter machine;
    private final ArrayMethods arrays;

    /**
     * @param machine the interpreter
     */
    Methods(Interpreter machine) {
        this.machine = machine;
        this.arrays = new ArrayMethods(machine);
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
            return arrays.call(array, name, a, at);
        }
        if (receiver instanceof PyFloat f) {
            return f;
        }
        if (receiver instanceof PyList list) {
            return list(list, name, a, at);
        }
        return StringMethods.call(machine, ((PyStr) receiver).value(), name, a, at);
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
