package bpdiff.program.run;

import java.util.List;
import java.util.Map;

/** Python's truth value of a value, with numpy's refusal for arrays of more than one element. */
final class Truth {

    private Truth() {}

    /**
     * @param v a value (not an object of the program's classes)
     * @return whether Python treats it as true
     */
    static boolean of(Value v) {
        return of(null, v);
    }

    /**
     * @param machine the interpreter (to call {@code __bool__} or {@code __len__}), or {@code null}
     * @param v a value
     * @return whether Python treats it as true
     * @throws ProgramError for an array of more than one element
     */
    static boolean of(Interpreter machine, Value v) {
        if (v instanceof PyBool b) {
            return b.value();
        }
        if (v instanceof PyInt i) {
            return i.value() != 0;
        }
        if (v instanceof PyFloat f) {
            return f.value() != 0;
        }
        if (v == PyNone.NONE) {
            return false;
        }
        if (v instanceof PyStr s) {
            return !s.value().isEmpty();
        }
        if (v instanceof PyList l) {
            return !l.items().isEmpty();
        }
        if (v instanceof PyTuple t) {
            return !t.items().isEmpty();
        }
        if (v instanceof PyDict d) {
            return d.size() > 0;
        }
        if (v instanceof PySet s) {
            return s.size() > 0;
        }
        if (v instanceof PyDictView d) {
            return d.dict().size() > 0;
        }
        if (v instanceof PyRange r) {
            return r.length() > 0;
        }
        if (v instanceof PyTensor t && t.value().size() != 1) {
            throw ProgramError.of("RuntimeError", "Boolean value of Tensor with more than one value is ambiguous");
        }
        if (v instanceof PyArray a) {
            if (a.value().size() != 1) {
                throw ProgramError.of("ValueError", "The truth value of an array with more than one element is "
                        + "ambiguous. Use a.any() or a.all()");
            }
            return a.value().item() != 0;
        }
        if (v instanceof PyInstance o && machine != null) {
            Value bool = Attributes.special(o, "__bool__");
            if (bool != null) {
                Value result = machine.calls.call(bool, List.of(), Map.of(), null);
                if (!(result instanceof PyBool b)) {
                    throw ProgramError.of("TypeError", "__bool__ should return bool, returned "
                            + BuiltinTypes.typeOf(result).name());
                }
                return b.value();
            }
            Value len = Attributes.special(o, "__len__");
            if (len != null) {
                return Numbers.toLong(machine.calls.call(len, List.of(), Map.of(), null)) != 0;
            }
        }
        return !(v instanceof PyBigInt b) || b.value().signum() != 0;
    }
}
