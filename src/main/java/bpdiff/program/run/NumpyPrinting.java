package bpdiff.program.run;

import bpdiff.program.array.ArrayFormat;
import bpdiff.program.array.NdArray;
import java.util.List;
import java.util.Set;

/**
 * numpy's print options: {@code np.set_printoptions}, and the functions that write an array as text with options of
 * their own, numpy 1.24's
 * {@code np.array2string(a, max_line_width, precision, suppress_small, separator=' ', prefix='', …, suffix='')},
 * {@code np.array_str(a, max_line_width, precision, suppress_small)} and
 * {@code np.array_repr(arr, max_line_width, precision, suppress_small)}: an option not given (or {@code None}) is
 * the program's {@code np.set_printoptions} value.
 */
final class NumpyPrinting {

    /** The keywords of {@code np.array2string} bpdiff follows, in their positional order. */
    private static final List<String> ARRAY2STRING = List.of("a", "max_line_width", "precision", "suppress_small",
            "separator", "prefix");
    /** The keywords of {@code np.array2string} bpdiff refuses unless they are {@code None}. */
    private static final Set<String> REFUSED = Set.of("style", "formatter", "threshold", "edgeitems", "sign",
            "floatmode", "legacy");

    private final Interpreter machine;

    NumpyPrinting(Interpreter machine) {
        this.machine = machine;
    }

    /**
     * @param f a numpy function's name
     * @param a its arguments
     * @return its result, or {@code null} if {@code f} is not one of these functions
     */
    Value call(String f, Arguments a) {
        return switch (f) {
            case "array2string" -> array2string(a);
            case "array_str" -> {
                a.check(4, "a", "max_line_width", "precision", "suppress_small");
                yield text(ArrayFormat.str(array(a.required(0, "a"), f), options(a)));
            }
            case "array_repr" -> {
                a.check(4, "arr", "max_line_width", "precision", "suppress_small");
                yield text(ArrayFormat.repr(array(a.required(0, "arr"), f), options(a)));
            }
            default -> null;
        };
    }

    private Value array2string(Arguments a) {
        for (String keyword : a.keywords().keySet()) {
            if (REFUSED.contains(keyword) && a.keywords().get(keyword) != PyNone.NONE) {
                throw new ProgramError("np.array2string(" + keyword + "=…) is not supported: bpdiff follows "
                        + "max_line_width, precision, suppress_small, separator, prefix and suffix");
            }
        }
        if (a.size() > ARRAY2STRING.size()) {
            throw new ProgramError("np.array2string is given more than a, max_line_width, precision, suppress_small, "
                    + "separator and prefix by position: bpdiff follows those (and suffix by keyword)");
        }
        for (String keyword : a.keywords().keySet()) {
            if (!ARRAY2STRING.contains(keyword) && !REFUSED.contains(keyword) && !keyword.equals("suffix")) {
                throw ProgramError.of("TypeError", "array2string() got an unexpected keyword argument '" + keyword
                        + "'");
            }
        }
        NdArray x = array(a.required(0, "a"), "array2string");
        String separator = Arguments.string(a.get(4, "separator"), " ", "separator must be a str");
        String prefix = Arguments.string(a.get(5, "prefix"), "", "prefix must be a str");
        String suffix = Arguments.string(a.keywords().get("suffix"), "", "suffix must be a str");
        return text(ArrayFormat.text(x, options(a), separator, prefix, suffix));
    }

    /**
     * {@code np.set_printoptions(precision=None, threshold=None, edgeitems=None, linewidth=None, suppress=None, …)}:
     * an option given as {@code None} or not given keeps its value.
     *
     * @param current the options in force
     * @param a the arguments
     * @return the new options
     * @throws ProgramError for an option bpdiff does not follow ({@code formatter}, {@code floatmode}, …)
     */
    static ArrayFormat.Options setPrintOptions(ArrayFormat.Options current, Arguments a) {
        List<String> names = List.of("precision", "threshold", "edgeitems", "linewidth", "suppress");
        for (int k = 0; k < names.size(); k++) {
            Value v = a.get(k, names.get(k));
            if (v != null && v != PyNone.NONE && (names.get(k).equals("threshold") || names.get(k).equals("edgeitems"))) {
                throw new ProgramError("np.set_printoptions(" + names.get(k) + "=…) is not supported: bpdiff follows "
                        + "precision, suppress and linewidth");
            }
        }
        for (String keyword : a.keywords().keySet()) {
            if (!names.contains(keyword) && a.keywords().get(keyword) != PyNone.NONE) {
                throw new ProgramError("np.set_printoptions(" + keyword + "=…) is not supported: bpdiff follows "
                        + "precision, suppress and linewidth");
            }
        }
        if (a.size() > names.size()) {
            throw new ProgramError("np.set_printoptions is given more than precision, threshold, edgeitems, "
                    + "linewidth and suppress: bpdiff follows precision, suppress and linewidth");
        }
        return overridden(current, a.get(0, "precision"), a.get(4, "suppress"), a.get(3, "linewidth"));
    }

    /** The program's print options with the call's {@code max_line_width}, {@code precision}, {@code suppress_small}. */
    private ArrayFormat.Options options(Arguments a) {
        return overridden(machine.printOptions, a.get(2, "precision"), a.get(3, "suppress_small"),
                a.get(1, "max_line_width"));
    }

    /** The options with each value given (not {@code None}) in place of the current one. */
    private static ArrayFormat.Options overridden(ArrayFormat.Options current, Value precision, Value suppress,
            Value lineWidth) {
        return new ArrayFormat.Options(given(precision) ? bounded(precision) : current.precision(),
                given(suppress) ? Truth.of(suppress) : current.suppress(),
                given(lineWidth) ? bounded(lineWidth) : current.lineWidth());
    }

    private static boolean given(Value v) {
        return v != null && v != PyNone.NONE;
    }

    private static int bounded(Value v) {
        long n = Numbers.toLong(v);
        if (n < 0 || n > 10_000) {
            throw ProgramError.of("ValueError", "precision and line widths must be between 0 and 10000");
        }
        return (int) n;
    }

    /** The array a function writes: bpdiff writes arrays of at least one dimension. */
    private static NdArray array(Value v, String f) {
        if (v instanceof PyArray x && x.value().ndim() > 0) {
            return x.value();
        }
        throw new ProgramError("np." + f + " is given " + (v instanceof PyArray ? "a 0-d array" : "a "
                + BuiltinTypes.typeOf(v).name()) + ": bpdiff writes arrays of one or more dimensions with it (print a "
                + "number itself, or np.array(…) a list first)");
    }

    private Value text(String s) {
        return new PyStr(Formatting.charged(machine, s));
    }
}
