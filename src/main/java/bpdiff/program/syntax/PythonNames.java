package bpdiff.program.syntax;

import java.util.Set;

/**
 * The names CPython 3.11 resolves in a program that binds none of them: the static check never calls them
 * undefined.
 */
final class PythonNames {

    /**
     * Copied from CPython 3.11.2: {@code dir(builtins)} ({@code /usr/bin/python3 -c "import builtins;
     * print(dir(builtins))"}), the globals of a script ({@code print(sorted(globals()))} in a file it runs), and
     * the names a class body ({@code __qualname__}, {@code __module__}) and a method ({@code __class__}) have;
     * also {@code __path__}, which a package's {@code __init__} module has, and {@code WindowsError}, a built-in of
     * CPython on Windows.
     */
    static final Set<String> ALL = Set.of(
            "ArithmeticError", "AssertionError", "AttributeError", "BaseException", "BaseExceptionGroup",
            "BlockingIOError", "BrokenPipeError", "BufferError", "BytesWarning", "ChildProcessError",
            "ConnectionAbortedError", "ConnectionError", "ConnectionRefusedError", "ConnectionResetError",
            "DeprecationWarning", "EOFError", "Ellipsis", "EncodingWarning", "EnvironmentError", "Exception",
            "ExceptionGroup", "False", "FileExistsError", "FileNotFoundError", "FloatingPointError", "FutureWarning",
            "GeneratorExit", "IOError", "ImportError", "ImportWarning", "IndentationError", "IndexError",
            "InterruptedError", "IsADirectoryError", "KeyError", "KeyboardInterrupt", "LookupError", "MemoryError",
            "ModuleNotFoundError", "NameError", "None", "NotADirectoryError", "NotImplemented", "NotImplementedError",
            "OSError", "OverflowError", "PendingDeprecationWarning", "PermissionError", "ProcessLookupError",
            "RecursionError", "ReferenceError", "ResourceWarning", "RuntimeError", "RuntimeWarning",
            "StopAsyncIteration", "StopIteration", "SyntaxError", "SyntaxWarning", "SystemError", "SystemExit",
            "TabError", "TimeoutError", "True", "TypeError", "UnboundLocalError", "UnicodeDecodeError",
            "UnicodeEncodeError", "UnicodeError", "UnicodeTranslateError", "UnicodeWarning", "UserWarning",
            "ValueError", "Warning", "WindowsError", "ZeroDivisionError", "__annotations__", "__build_class__",
            "__builtins__", "__cached__", "__class__", "__debug__", "__doc__", "__file__", "__import__", "__loader__",
            "__module__", "__name__", "__package__", "__path__", "__qualname__", "__spec__", "abs", "aiter", "all",
            "anext", "any", "ascii", "bin", "bool", "breakpoint", "bytearray", "bytes", "callable", "chr",
            "classmethod", "compile", "complex", "copyright", "credits", "delattr", "dict", "dir", "divmod",
            "enumerate", "eval", "exec", "exit", "filter", "float", "format", "frozenset", "getattr", "globals",
            "hasattr", "hash", "help", "hex", "id", "input", "int", "isinstance", "issubclass", "iter", "len",
            "license", "list", "locals", "map", "max", "memoryview", "min", "next", "object", "oct", "open", "ord",
            "pow", "print", "property", "quit", "range", "repr", "reversed", "round", "set", "setattr", "slice",
            "sorted", "staticmethod", "str", "sum", "super", "tuple", "type", "vars", "zip");

    private PythonNames() {}
}
