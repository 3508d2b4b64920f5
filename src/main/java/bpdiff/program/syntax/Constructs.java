package bpdiff.program.syntax;

/**
 * The constructs that CPython accepts and bpdiff parses but does not run, named as the static check's
 * "not supported: <construct>; <what to write instead>" names them ({@link Stmt.Unsupported},
 * {@link Expr.Unsupported}). {@code tools/python_layout.py} names what CPython's {@code ast} finds the same way.
 */
final class Constructs {

    static final String MATCH = "match statement";
    static final String ASYNC_DEF = "async def";
    static final String ASYNC_FOR = "async for";
    static final String ASYNC_WITH = "async with";
    static final String ASYNC_COMPREHENSION = "async comprehension";
    static final String AWAIT = "await";
    static final String YIELD_IN_EXPRESSION = "yield inside an expression";
    static final String YIELD_IN_BLOCK = "yield inside except, else or finally";
    static final String TRY_STAR = "try/except*";
    static final String BYTES = "bytes literal";
    static final String COMPLEX = "complex number";
    static final String BIG_INTEGER = "integer beyond 2**53";

    private Constructs() {}

    /**
     * @param module the module, with its leading dots if it is relative
     * @return the construct {@code from module import *}
     */
    static String starImport(String module) {
        return "from " + module + " import *";
    }

    /**
     * @param construct a construct's name
     * @return whether it is a star import (after which any name may be defined)
     */
    static boolean isStarImport(String construct) {
        return construct.startsWith("from ") && construct.endsWith(" import *");
    }

    /**
     * @param construct a construct's name
     * @return what to write instead, starting with {@code "; "}, or {@code ""}
     */
    static String hint(String construct) {
        if (isStarImport(construct)) {
            return "; import the names you use";
        }
        return switch (construct) {
            case YIELD_IN_EXPRESSION -> "; write it as a statement: yield x, or y = yield x";
            case YIELD_IN_BLOCK -> "; yield in the try block";
            case MATCH -> "; write if/elif";
            case TRY_STAR -> "; write except";
            case BYTES -> "; write a str";
            case BIG_INTEGER -> "; bpdiff's integers are exact up to 2**53";
            default -> "";
        };
    }
}
