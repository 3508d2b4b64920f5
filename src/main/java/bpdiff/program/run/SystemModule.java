package bpdiff.program.run;

import java.util.List;

/**
 * The part of {@code sys} a homework uses, with CPython's meaning: {@code sys.exit(code)} (also the built-ins
 * {@code exit} and {@code quit}) raises {@code SystemExit(code)}, which ends the program normally when nothing catches
 * it and its code is {@code None}, 0 or {@code False}; {@code sys.argv} is {@code [the program's file]};
 * {@code sys.stdout.write(s)} prints {@code s}; what goes to {@code sys.stderr} is not the program's output and is
 * dropped; {@code sys.maxsize} is \( 2^{63} - 1 \); {@code sys.setrecursionlimit} is accepted and bpdiff's own
 * call-depth limit stays.
 */
final class SystemModule {

    /** CPython's default recursion limit, what {@code sys.getrecursionlimit()} returns. */
    private static final int RECURSION_LIMIT = 1000;

    private SystemModule() {}

    /**
     * @param module {@code sys}, {@code sys.stdout} or {@code sys.stderr}
     * @param name a member
     * @return its value, or {@code null} for a function (a {@code PyBuiltin} of its full name)
     * @throws ProgramError for a member bpdiff does not run, saying which it does
     */
    static Value member(String module, String name) {
        if (module.equals("sys")) {
            return switch (name) {
                case "argv" -> PyList.of(List.of(new PyStr(Interpreter.current() == null ? ""
                        : Interpreter.current().program().source())));
                case "stdout", "stderr" -> new PyModule("sys." + name);
                case "maxsize" -> new PyInt(Long.MAX_VALUE);
                case "exit", "setrecursionlimit", "getrecursionlimit" -> null;
                default -> throw new ProgramError("sys." + name + " is not supported: bpdiff runs sys.exit, sys.argv, "
                        + "sys.stdout, sys.stderr, sys.maxsize and the recursion limit, without files, processes or "
                        + "the interpreter's internals");
            };
        }
        if (name.equals("write") || name.equals("flush")) {
            return new PyBuiltin(module + "." + name);
        }
        throw ProgramError.of("AttributeError", "'_io.TextIOWrapper' object has no attribute '" + name + "'");
    }

    /**
     * Calls a function of {@code sys} or a method of its streams.
     *
     * @param machine the interpreter
     * @param function its full name, e.g. {@code sys.exit}, {@code sys.stdout.write}
     * @param a its arguments
     * @return its result
     */
    static Value call(Interpreter machine, String function, Arguments a) {
        return switch (function) {
            case "sys.exit" -> throw exit(machine, a, false);
            case "sys.setrecursionlimit" -> {
                a.check(1);
                Numbers.toLong(a.required(0, "limit"));
                yield PyNone.NONE;
            }
            case "sys.getrecursionlimit" -> {
                a.check(0);
                yield new PyInt(RECURSION_LIMIT);
            }
            case "sys.stdout.write", "sys.stderr.write" -> {
                a.check(1);
                if (!(a.required(0, "s") instanceof PyStr s)) {
                    throw ProgramError.of("TypeError", "write() argument must be str, not "
                            + BuiltinTypes.typeOf(a.required(0, "s")).name());
                }
                if (function.equals("sys.stdout.write")) {
                    machine.write(Formatting.charged(machine, s.value()));
                }
                yield new PyInt(s.value().length());
            }
            case "sys.stdout.flush", "sys.stderr.flush" -> {
                a.check(0);
                yield PyNone.NONE;
            }
            default -> throw ProgramError.of("AttributeError", "'sys' has no attribute '"
                    + function.substring(function.indexOf('.') + 1) + "'");
        };
    }

    /**
     * @param machine the interpreter
     * @param a the arguments of {@code sys.exit}, {@code exit} or {@code quit}: an optional code
     * @param builtin whether it is {@code exit} or {@code quit}, which pass {@code None} for no code where
     *     {@code sys.exit()} passes nothing
     * @return {@code SystemExit(code)}, to throw
     */
    static ProgramError exit(Interpreter machine, Arguments a, boolean builtin) {
        a.check(1, builtin ? new String[] {"code"} : new String[0]);
        Value code = a.get(0, "code");
        return Exceptions.error(machine, "SystemExit", code != null ? List.of(code)
                : builtin ? List.of(PyNone.NONE) : List.of());
    }

    /**
     * @param e what ended the program
     * @return whether it is a {@code SystemExit} with code {@code None}, 0 or {@code False}: a normal end
     */
    static boolean endsNormally(ProgramError e) {
        if (!"SystemExit".equals(e.type()) || e.limit()) {
            return false;
        }
        Value code = code(e.exception());
        return code == PyNone.NONE || code instanceof PyBool b && !b.value() || code instanceof PyInt i
                && i.value() == 0;
    }

    /**
     * @param exit a {@code SystemExit}
     * @return its {@code code}: {@code None} without arguments, the argument for one, the tuple of them for more
     */
    static Value code(PyInstance exit) {
        List<Value> args = exit.args().items();
        return args.isEmpty() ? PyNone.NONE : args.size() == 1 ? args.get(0) : exit.args();
    }

    /** @return whether a value is {@code sys.stdout} or {@code sys.stderr} */
    static boolean isStream(Value v) {
        return v instanceof PyModule m && (m.name().equals("sys.stdout") || m.name().equals("sys.stderr"));
    }

    /** @return whether a value is {@code sys.stderr} */
    static boolean isStandardError(Value v) {
        return v instanceof PyModule m && m.name().equals("sys.stderr");
    }
}
