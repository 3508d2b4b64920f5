package bpdiff.program.run;

import java.util.List;
import java.util.Map;

/**
 * {@code contextlib.contextmanager}: a generator function made a context manager, as CPython 3.11's
 * {@code _GeneratorContextManager}: {@code __enter__} runs the generator to its {@code yield} and gives its value;
 * {@code __exit__(None, None, None)} runs it on, and it must end; {@code __exit__(type, value, tb)} raises
 * {@code value} at the {@code yield}: the body ending then stops the exception (true), the same exception coming
 * out lets it go on (false), another one replaces it.
 */
final class ContextManagers {

    private ContextManagers() {}

    /**
     * The context manager one call of a decorated generator function gives.
     *
     * @param generator the generator the call made
     */
    record GeneratorContext(PyIterator generator) implements Value {
        @Override
        public String typeName() {
            return "_GeneratorContextManager";
        }
    }

    /**
     * @param v a value
     * @param name a special method
     * @return {@code __enter__} or {@code __exit__} of a generator's context manager, bound to it, else {@code null}
     */
    static Value special(GeneratorContext v, String name) {
        return switch (name) {
            case "__enter__" -> new Functools.Partial(new PyBuiltin("contextlib._enter"), List.of(v), Map.of());
            case "__exit__" -> new Functools.Partial(new PyBuiltin("contextlib._exit"), List.of(v), Map.of());
            default -> null;
        };
    }

    /**
     * @param machine the interpreter
     * @param f {@code contextmanager}, or one of the methods above
     * @param a its arguments
     * @return what CPython returns
     */
    static Value call(Interpreter machine, String f, Arguments a) {
        switch (f) {
            case "contextmanager": {
                Value function = a.required(0, "func");
                return new Functools.Partial(new PyBuiltin("contextlib._make"), List.of(function), Map.of());
            }
            case "_make": {
                List<Value> args = a.positional();
                Value made = machine.calls.call(args.get(0), args.subList(1, args.size()), a.keywords(), null);
                if (!(made instanceof PyIterator i && i.items() instanceof GeneratorRun)) {
                    throw ProgramError.of("TypeError", "'" + BuiltinTypes.typeOf(made).name()
                            + "' object is not an iterator");
                }
                return new GeneratorContext((PyIterator) made);
            }
            case "_enter": {
                GeneratorRun run = run(a);
                if (!run.hasNext()) {
                    throw ProgramError.of("RuntimeError", "generator didn't yield");
                }
                return run.next();
            }
            default:
                return exit(machine, run(a), a.positional().get(2));
        }
    }

    private static GeneratorRun run(Arguments a) {
        return (GeneratorRun) ((GeneratorContext) a.positional().get(0)).generator().items();
    }

    /** {@code __exit__(type, value, tb)}: whether the exception {@code value} (or {@code None}) stops. */
    private static Value exit(Interpreter machine, GeneratorRun run, Value value) {
        if (!(value instanceof PyInstance exception)) {
            if (run.hasNext()) {
                run.next();
                throw ProgramError.of("RuntimeError", "generator didn't stop");
            }
            return PyBool.of(false);
        }
        ProgramError error = ProgramError.raised(exception, Exceptions.str(machine, exception));
        try {
            if (run.throwIn(error) != null) {
                throw ProgramError.of("RuntimeError", "generator didn't stop after throw()");
            }
        } catch (ProgramError e) {
            if (e.exception() == exception || !e.limit() && e.type() != null
                    && e.exception().attributes().get("__cause__") == exception) {
                return PyBool.of(false);
            }
            throw e;
        }
        return PyBool.of(true);
    }
}
