package bpdiff.program;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What bpdiff refuses of the Python that CPython runs, with what to write instead, and the names the rest of
 * it provides: the built-ins, the modules that can be imported and their members. Everything of the
 * language itself runs (classes, closures, exceptions, comprehensions, …); what is refused is what would
 * reach outside the program (files, processes, the network, the interpreter's own internals) and the
 * modules bpdiff does not implement. The static check refuses these before the program runs.
 */
public final class Subset {

    /** The built-in names a program can use: functions, types, exceptions and constants. */
    public static final Set<String> BUILTINS = Set.of("print", "exit", "quit", "range", "len", "abs", "min", "max", "sum", "round",
            "repr", "enumerate", "zip", "pow", "reversed", "sorted", "map", "filter", "any", "all", "isinstance",
            "issubclass", "hasattr", "getattr", "setattr", "delattr", "id", "hash", "callable", "iter", "next",
            "divmod", "hex", "bin", "oct", "ord", "chr", "format", "ascii", "int", "float", "str", "bool", "list",
            "tuple", "dict", "set", "frozenset", "type", "object", "super", "staticmethod", "classmethod",
            "property", "None", "NotImplemented", "Ellipsis", "__name__", "BaseException", "Exception",
            "SystemExit", "KeyboardInterrupt", "GeneratorExit", "ArithmeticError", "FloatingPointError",
            "OverflowError", "ZeroDivisionError", "AssertionError", "AttributeError", "BufferError", "EOFError",
            "ImportError", "ModuleNotFoundError", "LookupError", "IndexError", "KeyError", "MemoryError",
            "NameError", "UnboundLocalError", "OSError", "FileNotFoundError", "FileExistsError", "PermissionError",
            "ReferenceError", "RuntimeError", "NotImplementedError", "RecursionError", "StopIteration",
            "SyntaxError", "IndentationError", "TabError", "SystemError", "TypeError", "ValueError",
            "UnicodeError", "Warning", "UserWarning", "DeprecationWarning", "RuntimeWarning", "FutureWarning");

    /** Built-ins that exist in Python but not here, with what to do instead. */
    public static final Map<String, String> REFUSED_BUILTINS = Map.ofEntries(
            Map.entry("open", "open is not supported: bpdiff runs the program without files; write the values "
                    + "into the program"),
            Map.entry("input", "input is not supported: write the values into the program"),
            Map.entry("eval", "eval is not supported: write the expression itself"),
            Map.entry("exec", "exec is not supported: write the statements themselves"),
            Map.entry("compile", "compile is not supported"),
            Map.entry("__import__", "__import__ is not supported: write an import statement"),
            Map.entry("globals", "globals() is not supported: use the variables by name"),
            Map.entry("locals", "locals() is not supported: use the variables by name"),
            Map.entry("vars", "vars() is not supported: use the attributes by name (self.w1 -= lr * self.d_w1), or a"
                    + " computed name with setattr(self, name, getattr(self, name) - lr * getattr(self, 'd_' + name))"),
            Map.entry("dir", "dir() is not supported"),
            Map.entry("help", "help() is not supported"),
            Map.entry("breakpoint", "breakpoint() is not supported: bpdiff runs the program without a debugger"),
            Map.entry("memoryview", "memoryview is not supported"),
            Map.entry("bytes", "bytes are not supported: use str"),
            Map.entry("bytearray", "bytearray is not supported: use a list"),
            Map.entry("complex", "complex numbers are not supported"),
            Map.entry("slice", "slice() is not supported: write a[start:stop:step]"),
            Map.entry("aiter", "asynchronous iteration is not supported"),
            Map.entry("anext", "asynchronous iteration is not supported"));

    /** {@code numpy} members. */
    public static final Set<String> NUMPY = Set.of("array", "asarray", "zeros", "ones", "zeros_like", "ones_like",
            "random", "dot", "outer", "matmul", "sum", "mean", "exp", "log", "sqrt", "tanh", "maximum", "minimum",
            "where", "abs", "absolute", "square", "transpose", "reshape", "round", "pi", "e", "newaxis", "float64",
            "multiply", "add", "subtract", "divide", "power", "copy", "shape", "size", "arange", "linspace",
            "max", "min", "amax", "amin", "argmax", "argmin", "prod", "std", "var", "sin", "cos", "log1p", "sign",
            "logaddexp", "clip", "true_divide", "around", "squeeze", "expand_dims", "concatenate", "stack", "hstack", "vstack",
            "column_stack", "atleast_1d", "atleast_2d", "ravel", "diagflat", "ndim", "eye", "identity", "full", "full_like", "empty", "empty_like", "linalg",
            "allclose", "isclose", "isnan", "isinf", "isfinite", "array_equal", "any", "all", "inf", "nan",
            "float32", "int64", "bool_", "True_", "False_", "set_printoptions", "errstate", "seterr", "c_", "r_", "einsum", "tensordot",
            "nansum", "nditer",
            "average", "asfarray", "nan_to_num", "apply_along_axis", "array_split", "split", "repeat", "ndarray",
            "array2string", "array_str", "array_repr");

    /** {@code numpy.random} members. */
    public static final Set<String> NUMPY_RANDOM = Set.of("seed", "rand", "randn", "standard_normal", "random", "uniform", "normal",
            "random_sample", "sample", "ranf", "randint", "permutation", "shuffle", "choice", "RandomState", "default_rng");

    /**
     * {@code numpy.linalg} members: {@code norm} runs, the others are refused when called, saying what to write
     * instead.
     */
    public static final Set<String> NUMPY_LINALG = Set.of("norm", "inv", "pinv", "det", "solve", "lstsq", "eig",
            "eigh", "eigvals", "eigvalsh", "svd", "qr", "cholesky", "matrix_rank", "matrix_power", "multi_dot", "slogdet",
            "cond");

    /** {@code scipy} members: the sub-module {@code special}. */
    public static final Set<String> SCIPY = Set.of("special");

    /** {@code scipy.special} members: the logistic sigmoid and its inverse (Rashid's {@code expit}). */
    public static final Set<String> SCIPY_SPECIAL = Set.of("expit", "logit");

    /** {@code math} members: every function and constant of CPython 3.11's. */
    public static final Set<String> MATH = Set.of("acos", "acosh", "asin", "asinh", "atan", "atan2", "atanh", "cbrt",
            "ceil", "comb", "copysign", "cos", "cosh", "degrees", "dist", "erf", "erfc", "exp", "exp2", "expm1", "fabs",
            "factorial", "floor", "fmod", "frexp", "fsum", "gamma", "gcd", "hypot", "isclose", "isfinite", "isinf",
            "isnan", "isqrt", "lcm", "ldexp", "lgamma", "log", "log10", "log1p", "log2", "modf", "nextafter", "perm",
            "pow", "prod", "radians", "remainder", "sin", "sinh", "sqrt", "tan", "tanh", "trunc", "ulp", "pi", "e",
            "tau", "inf", "nan");

    /** {@code random} members. */
    public static final Set<String> RANDOM = Set.of("seed", "random", "uniform", "gauss", "normalvariate", "randint",
            "randrange", "choice", "choices", "shuffle", "sample", "getrandbits", "Random");

    /** {@code copy} members. */
    public static final Set<String> COPY = Set.of("copy", "deepcopy");

    /** {@code dataclasses} members: the decorator and its fields. */
    public static final Set<String> DATACLASSES = Set.of("dataclass", "field", "asdict", "astuple",
            "FrozenInstanceError");

    /** {@code collections} members: {@code namedtuple}, {@code OrderedDict}, {@code defaultdict}. */
    public static final Set<String> COLLECTIONS = Set.of("namedtuple", "OrderedDict", "defaultdict", "Counter");

    /** {@code functools} members. */
    public static final Set<String> FUNCTOOLS = Set.of("reduce", "partial", "wraps", "update_wrapper", "lru_cache",
            "cache");

    /** {@code contextlib} members: a generator function made a context manager. */
    public static final Set<String> CONTEXTLIB = Set.of("contextmanager");

    /** {@code operator} members: the operators as functions. */
    public static final Set<String> OPERATOR = Set.of("add", "sub", "mul", "truediv", "floordiv", "mod", "pow",
            "matmul", "and_", "or_", "xor", "lshift", "rshift", "lt", "le", "gt", "ge", "eq", "ne", "contains", "is_",
            "is_not", "neg", "pos", "invert", "not_", "getitem", "itemgetter", "attrgetter");

    /** {@code json} members: text to and from values ({@code dump} and {@code load} would reach files). */
    public static final Set<String> JSON = Set.of("dumps", "loads", "JSONDecodeError");

    /** {@code itertools} members: the lazy iterators students loop over. */
    public static final Set<String> ITERTOOLS = Set.of("product", "chain", "count", "islice", "repeat", "zip_longest",
            "accumulate", "combinations", "combinations_with_replacement", "permutations", "starmap", "groupby", "cycle",
            "takewhile", "dropwhile", "compress", "filterfalse", "tee", "pairwise");

    /** {@code abc} members: an abstract base class is a plain base class here, an abstract method a plain method. */
    public static final Set<String> ABC = Set.of("ABC", "abstractmethod");

    /** {@code tqdm} members: a progress bar over an iterable is the iterable (the bar goes to standard error). */
    public static final Set<String> TQDM = Set.of("tqdm", "trange");

    /**
     * {@code sys} members a homework uses: {@code sys.exit(main())}, {@code sys.argv}, writing to
     * {@code sys.stdout} or {@code sys.stderr}, {@code sys.maxsize} and the recursion limit (whose setting bpdiff's
     * own call-depth limit overrides).
     */
    public static final Set<String> SYS = Set.of("exit", "argv", "stdout", "stderr", "maxsize", "setrecursionlimit",
            "getrecursionlimit");

    /** {@code time} members (real clock readings). */
    public static final Set<String> TIME = Set.of("time", "perf_counter", "process_time", "monotonic", "time_ns",
            "perf_counter_ns");

    /**
     * {@code torch} members: tensor creation, random numbers, grad modes, dtypes, the mathematical functions of
     * tensors, and the sub-modules {@code nn}, {@code optim} and {@code autograd}.
     */
    public static final Set<String> TORCH = Set.of("tensor", "as_tensor", "from_numpy", "zeros", "ones", "empty",
            "full", "zeros_like", "ones_like", "empty_like", "rand_like", "randn_like", "eye", "arange", "linspace",
            "rand", "randn", "randint", "normal", "round", "cat", "concat", "stack", "Tensor", "FloatTensor", "DoubleTensor", "LongTensor",
            "BoolTensor", "manual_seed", "seed", "initial_seed", "Generator", "no_grad", "enable_grad",
            "set_grad_enabled", "is_grad_enabled", "set_default_dtype", "get_default_dtype", "set_printoptions",
            "is_tensor", "numel", "device", "float32", "float", "float64", "double", "int64", "long", "bool", "sum",
            "mean", "max", "min", "exp", "log", "log10", "log2", "sqrt", "tanh", "sigmoid", "relu", "abs", "pow", "clamp", "clip",
            "matmul", "mm", "mv", "dot", "softmax", "log_softmax", "argmax", "argmin", "transpose", "t", "reshape",
            "unsqueeze", "squeeze", "flatten", "maximum", "minimum", "square", "neg", "add", "sub", "mul", "div",
            "true_divide", "multiply", "subtract", "allclose", "equal", "all", "any", "where", "sin", "cos", "log1p",
            "sign", "isclose", "eq", "ne", "gt", "lt", "ge", "le", "prod", "norm", "std", "var", "logsumexp", "outer",
            "nn", "optim", "autograd");

    /**
     * {@code torch.autograd} members: {@code grad}, the gradients of an output without {@code .grad}, and
     * {@code Function}, the base of a function with a hand-written derivative.
     */
    public static final Set<String> TORCH_AUTOGRAD = Set.of("grad", "Function");

    /** {@code torch.nn} members: the losses and activations bpdiff runs, and {@code functional}. */
    public static final Set<String> TORCH_NN = Set.of("MSELoss", "L1Loss", "CrossEntropyLoss", "NLLLoss", "BCELoss",
            "Sigmoid", "ReLU", "Tanh", "Softmax", "LogSoftmax", "LeakyReLU", "BCEWithLogitsLoss", "Identity",
            "functional", "Parameter", "Module", "Linear",
            "Sequential", "ModuleList", "init");

    /** {@code torch.nn.init} members: the initialisations of a weight. */
    public static final Set<String> TORCH_NN_INIT = Set.of("uniform_", "normal_", "constant_", "zeros_", "ones_",
            "xavier_uniform_", "xavier_normal_", "kaiming_uniform_", "kaiming_normal_");

    /** {@code torch.nn.functional} members. */
    public static final Set<String> TORCH_FUNCTIONAL = Set.of("mse_loss", "l1_loss", "cross_entropy", "nll_loss",
            "binary_cross_entropy", "softmax", "log_softmax", "sigmoid", "relu", "tanh", "one_hot", "leaky_relu", "linear",
            "binary_cross_entropy_with_logits");

    /** {@code torch.optim} members bpdiff runs, each stepping as PyTorch 1.13 does. */
    public static final Set<String> TORCH_OPTIM = Set.of("SGD", "Adam", "AdamW", "RMSprop", "Adagrad");

    /** The modules that may be imported, by their full name. */
    public static final List<String> MODULES = List.of("numpy", "numpy.random", "numpy.linalg", "math", "random",
            "copy", "functools", "contextlib", "operator", "json", "itertools", "dataclasses", "collections", "time", "scipy", "scipy.special", "matplotlib",
            "matplotlib.pyplot", "typing", "warnings", "__future__", "torch", "torch.nn", "torch.nn.functional",
            "torch.optim", "torch.autograd", "torch.nn.init", "abc", "tqdm", "tqdm.auto", "tqdm.notebook", "seaborn",
            "sys");

    /** Modules whose every member is accepted and does nothing (plotting, type hints, warning filters). */
    private static final List<String> IGNORED = List.of("matplotlib", "typing", "warnings", "__future__", "seaborn");

    private Subset() {}

    /**
     * The names {@code from numpy import *} binds that bpdiff runs: numpy's {@code __all__} holds every member of
     * {@link #NUMPY} but {@code abs}, {@code max}, {@code min} and {@code round}, which keep Python's built-ins
     * (CPython 3.11 with numpy 1.24: {@code from numpy import *} binds 553 names, of the built-ins only {@code all},
     * {@code any}, {@code divmod} and {@code sum}).
     */
    private static final List<String> NUMPY_STAR = NUMPY.stream()
            .filter(n -> !Set.of("abs", "max", "min", "round").contains(n)).sorted().toList();

    /**
     * @param module a module
     * @return the names {@code from module import *} binds, for {@code numpy} and {@code math} (every member of
     *     CPython's, constants too), else {@code null}: it is refused
     */
    public static List<String> starImport(String module) {
        return switch (module) {
            case "numpy" -> NUMPY_STAR;
            case "math" -> MATH.stream().sorted().toList();
            default -> null;
        };
    }

    /**
     * The members of a module.
     *
     * @param module a module's full name
     * @return its members, or {@code null} for a module whose every member is accepted and ignored
     *     (matplotlib, typing, warnings)
     */
    public static Set<String> members(String module) {
        return switch (module) {
            case "numpy" -> NUMPY;
            case "numpy.random" -> NUMPY_RANDOM;
            case "numpy.linalg" -> NUMPY_LINALG;
            case "math" -> MATH;
            case "random" -> RANDOM;
            case "copy" -> COPY;
            case "functools" -> FUNCTOOLS;
            case "contextlib" -> CONTEXTLIB;
            case "operator" -> OPERATOR;
            case "json" -> JSON;
            case "itertools" -> ITERTOOLS;
            case "dataclasses" -> DATACLASSES;
            case "collections" -> COLLECTIONS;
            case "time" -> TIME;
            case "sys" -> SYS;
            case "abc" -> ABC;
            case "tqdm", "tqdm.auto", "tqdm.notebook" -> TQDM;
            case "scipy" -> SCIPY;
            case "scipy.special" -> SCIPY_SPECIAL;
            case "torch" -> TORCH;
            case "torch.nn" -> TORCH_NN;
            case "torch.nn.functional" -> TORCH_FUNCTIONAL;
            case "torch.nn.init" -> TORCH_NN_INIT;
            case "torch.optim" -> TORCH_OPTIM;
            case "torch.autograd" -> TORCH_AUTOGRAD;
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
        if (MODULES.contains(module) || ignored(module)) {
            return null;
        }
        if (module.startsWith("torch.")) {
            return "import " + module + " is not supported: bpdiff runs torch, torch.nn, torch.nn.functional, "
                    + "torch.optim and torch.autograd.grad (tensors, autograd, losses and optimizers)";
        }
        if (module.equals("os") || module.startsWith("os.") || module.equals("subprocess")
                || module.equals("socket") || module.equals("pathlib") || module.equals("shutil")) {
            return "import " + module + " is not supported: bpdiff runs the program without files, processes or the "
                    + "network";
        }
        if (module.startsWith("scipy.")) {
            return "import " + module + " is not supported: bpdiff runs scipy.special's expit and logit only";
        }
        if (module.startsWith("numpy.")) {
            return "import " + module + " is not supported: bpdiff runs numpy's array functions and np.random only";
        }
        return "import " + module + " is not supported: bpdiff runs programs that import only numpy, torch, math, "
                + "random, copy, functools, contextlib.contextmanager, operator, json (dumps, loads), itertools, dataclasses, collections.namedtuple, OrderedDict and defaultdict, "
                + "time, sys (exit, argv, stdout, stderr), scipy.special, abc, tqdm, matplotlib and seaborn";
    }

    /**
     * @param module a module's full name
     * @return whether every member of it is accepted and ignored
     */
    public static boolean ignored(String module) {
        for (String m : IGNORED) {
            if (module.startsWith(m) && (module.length() == m.length() || module.charAt(m.length()) == '.')) {
                return true;
            }
        }
        return false;
    }
}
