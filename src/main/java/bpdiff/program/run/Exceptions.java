package bpdiff.program.run;

import bpdiff.program.syntax.Span;
import java.util.List;
import java.util.Map;

/** Exceptions as objects of the program: made by {@code raise}, matched by {@code except}, and printed. */
final class Exceptions {

    private Exceptions() {}

    /**
     * @param exception the exception raised
     * @param handlerType what an {@code except} clause names: a class or a tuple of classes
     * @return whether the clause catches it
     * @throws ProgramError {@code TypeError} if the clause names something that is not an exception class
     */
    static boolean matches(PyInstance exception, Value handlerType) {
        if (handlerType instanceof PyTuple t) {
            for (Value v : t.items()) {
                if (matches(exception, v)) {
                    return true;
                }
            }
            return false;
        }
        if (!(handlerType instanceof PyClass c) || !c.isSubclassOf(BuiltinTypes.BASE_EXCEPTION)) {
            throw ProgramError.of("TypeError", "catching classes that do not inherit from BaseException is not allowed");
        }
        return exception.cls().isSubclassOf(c);
    }

    /**
     * What {@code raise v} raises: an exception object, or a new one of an exception class.
     *
     * @param machine the interpreter
     * @param v the value after {@code raise}
     * @param at where
     * @return the exception object
     * @throws ProgramError {@code TypeError} for anything else
     */
    static PyInstance instance(Interpreter machine, Value v, Span at) {
        if (v instanceof PyClass c && c.isSubclassOf(BuiltinTypes.BASE_EXCEPTION)) {
            v = machine.calls.call(c, List.of(), Map.of(), at);
        }
        if (v instanceof PyInstance i && i.cls().isSubclassOf(BuiltinTypes.BASE_EXCEPTION)) {
            return i;
        }
        throw ProgramError.of("TypeError", "exceptions must derive from BaseException");
    }

    /**
     * An exception of a built-in class with any arguments, as the program would raise it.
     *
     * @param machine the interpreter
     * @param type the class's name
     * @param args the arguments
     * @return the error to throw
     */
    static ProgramError error(Interpreter machine, String type, List<Value> args) {
        PyInstance exception = new PyInstance(BuiltinTypes.exception(type));
        exception.args(new PyTuple(args));
        return ProgramError.raised(exception, str(machine, exception));
    }

    /**
     * {@code str(e)}: the class's own {@code __str__} if it defines one, else that of {@code BaseException}
     * (empty for no argument, the argument's {@code str} for one, the tuple's {@code repr} for more; a
     * {@code KeyError}'s single argument by its {@code repr}).
     *
     * @param machine the interpreter
     * @param e the exception
     * @return the text
     */
    static String str(Interpreter machine, PyInstance e) {
        Value own = e.cls().lookup("__str__");
        if (own != null) {
            Value r = machine.calls.call(new PyBoundMethod(e, own), List.of(), Map.of(), null);
            if (!(r instanceof PyStr s)) {
                throw ProgramError.of("TypeError", "__str__ returned non-string (type " + BuiltinTypes.typeOf(r).name()
                        + ")");
            }
            return s.value();
        }
        return defaultStr(machine, e);
    }

    /**
     * {@code BaseException.__str__}.
     *
     * @param machine the interpreter
     * @param e the exception
     * @return the text
     */
    static String defaultStr(Interpreter machine, PyInstance e) {
        List<Value> args = e.args().items();
        if (args.isEmpty()) {
            return "";
        }
        if (args.size() == 1) {
            return e.cls().isSubclassOf(BuiltinTypes.exception("KeyError")) ? Formatting.repr(machine, args.get(0))
                    : Formatting.str(machine, args.get(0));
        }
        return Formatting.repr(machine, e.args());
    }

    /**
     * {@code BaseException.__repr__}: {@code ValueError('x')}, {@code ValueError()}, {@code E(1, 2)}.
     *
     * @param machine the interpreter
     * @param e the exception
     * @return the text
     */
    static String defaultRepr(Interpreter machine, PyInstance e) {
        List<Value> args = e.args().items();
        String inner = args.size() == 1 ? Formatting.repr(machine, args.get(0)) : Formatting.repr(machine, e.args());
        return e.cls().name() + (args.size() == 1 ? "(" + inner + ")" : inner);
    }
}
