package bpdiff.program;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The Python that bpdiff runs: the built-in functions, the modules and their members. The static check
 * refuses everything else before the program runs, saying what to write instead; the interpreter
 * implements exactly these.
 */
public final class Subset {

    /** Built-in functions and names. */
    public static final Set<String> BUILTINS = Set.of("print", "range", "len", "abs", "min", "max", "sum", "round",
            "float", "int", "str", "list", "tuple", "bool", "enumerate", "zip", "pow", "reversed", "repr", "__name__");

    /** Built-ins that exist in Python but not here, with what to do instead. */
    public static final Map<String, String> REFUSED_BUILTINS = Map.ofEntries(
            Map.entry("open", "open is not supported: bpdiff runs the program without files"),
            Map.entry("input", "input is not supported: write the values into the program"),
            Map.entry("eval", "eval is not supported"),
            Map.entry("exec", "exec is not supported"),
            Map.entry("compile", "compile is not supported"),
            Map.entry("__import__", "__import__ is not supported: import numpy, math or matplotlib.pyplot"),
            Map.entry("getattr", "getattr is not supported"),
            Map.entry("setattr", "setattr is not supported"),
            Map.entry("globals", "globals() is not supported"),
            Map.entry("locals", "locals() is not supported"),
            Map.entry("dict", "dictionaries are not supported: use variables or lists"),
            Map.entry("set", "sets are not supported: use lists"),
            Map.entry("map", "map is not supported: write a for loop or a list comprehension"),
            Map.entry("filter", "filter is not supported: write a list comprehension with 'if'"),
            Map.entry("sorted", "sorted is not supported"),
            Map.entry("isinstance", "isinstance is not supported"),
            Map.entry("type", "type is not supported"),
            Map.entry("exit", "exit is not supported"),
            Map.entry("quit", "quit is not supported"));

    /** {@code numpy} members. */
    public static final Set<String> NUMPY = Set.of("array", "asarray", "zeros", "ones", "zeros_like", "ones_like",
            "random", "dot", "outer", "matmul", "sum", "mean", "exp", "log", "sqrt", "tanh", "maximum", "minimum",
            "where", "abs", "absolute", "square", "transpose", "reshape", "round", "pi", "e", "newaxis", "float64",
            "multiply", "add", "subtract", "divide", "power", "copy", "shape", "size", "arange", "linspace",
            "max", "min", "amax", "amin", "argmax", "argmin", "prod", "std", "var", "sin", "cos", "log1p", "sign",
            "clip", "true_divide", "around", "squeeze", "expand_dims", "concatenate", "stack", "hstack", "vstack",
            "column_stack", "ravel", "ndim", "eye", "identity", "full", "full_like", "empty", "empty_like", "linalg",
            "allclose", "isclose", "isnan", "isinf", "isfinite", "array_equal", "any", "all", "inf", "nan",
            "float32", "int64", "bool_", "set_printoptions");

    /** {@code numpy.random} members. */
    public static final Set<String> NUMPY_RANDOM = Set.of("seed", "rand", "randn", "random", "uniform", "normal",
            "random_sample", "sample", "ranf", "randint", "permutation", "shuffle", "choice");

    /**
     * {@code numpy.linalg} members: {@code norm} runs, the others are refused when called, saying what to write
     * instead.
     */
    public static final Set<String> NUMPY_LINALG = Set.of("norm", "inv", "pinv", "det", "solve", "lstsq", "eig",
            "eigh", "eigvals", "eigvalsh", "svd", "qr", "cholesky", "matrix_rank", "matrix_power", "multi_dot", "slogdet",
            "cond");

    /** {@code math} members. */
    public static final Set<String> MATH = Set.of("exp", "log", "sqrt", "tanh", "fabs", "pow", "floor", "ceil", "pi",
            "e");

    /** The modules that may be imported, by their full name. */
    public static final List<String> MODULES = List.of("numpy", "numpy.random", "math", "matplotlib",
            "matplotlib.pyplot", "numpy.linalg");

    private Subset() {}

    /**
     * The members of a module.
     *
     * @param module a module's full name
     * @return its members, or {@code null} for a module whose every member is accepted and ignored
     *     (matplotlib)
     */
    public static Set<String> members(String module) {
        return switch (module) {
            case "numpy" -> NUMPY;
            case "numpy.random" -> NUMPY_RANDOM;
            case "numpy.linalg" -> NUMPY_LINALG;
            case "math" -> MATH;
            default -> null;
        };
    }

    /**
     * Why a module cannot be imported.
     *
     * @param module the module's full name
     * @return the message, or {@code null} if it can
     */
    public static String refusedModule(String module) {
        if (MODULES.contains(module)) {
            return null;
        }
        if (module.equals("torch") || module.startsWith("torch.")) {
            return "import " + module + " is not supported: bpdiff check runs numpy and plain-Python programs; write "
                    + "the forward pass with numpy, and bpdiff checks your hand gradients against PyTorch autograd";
        }
        if (module.equals("random")) {
            return "import random is not supported: use np.random (seeded with np.random.seed)";
        }
        if (module.startsWith("numpy.")) {
            return "import " + module + " is not supported: bpdiff runs numpy's array functions and np.random only";
        }
        return "import " + module + " is not supported: bpdiff runs programs that import only numpy, math and "
                + "matplotlib.pyplot";
    }
}
